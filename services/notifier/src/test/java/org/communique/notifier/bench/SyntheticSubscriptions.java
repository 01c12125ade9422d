package org.communique.notifier.bench;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.notifier.matching.SubscriptionFilter;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

/**
 * Generates subscriptions and releases for the matching benchmark. Value universes grow with the
 * number of subscriptions (officials: n/10, keyword vocabulary: n words), so a release matches some
 * tens of subscriptions at every size, as the benchmark's target ("at most ~100 match") assumes:
 * <ul>
 *   <li>40% name one or two officials;</li>
 *   <li>30% one to three keywords;</li>
 *   <li>15% a country and a keyword;</li>
 *   <li>10% a visit from one country to another;</li>
 *   <li>5% a feeder and a country; and a handful match everything.</li>
 * </ul>
 * A release names two officials, two countries, one visit and has ~400 words, of which 100 are from
 * the keyword vocabulary.
 */
final class SyntheticSubscriptions {

    private static final String[] COUNTRIES = Locale.getISOCountries();
    private static final String CONSONANTS = "бвгдзклмнпрстфхшж";
    private static final String VOWELS = "аоуеиы";

    private final Random random;
    private final int officials;
    private final List<String> vocabulary;
    private final List<String> filler;
    private final List<UUID> sources = new ArrayList<>();

    SyntheticSubscriptions(int subscriptions, long seed) {
        this.random = new Random(seed);
        this.officials = Math.max(1_000, subscriptions / 10);
        Set<String> words = new HashSet<>();
        while (words.size() < Math.max(5_000, subscriptions) + 2_000) {
            words.add(word());
        }
        List<String> all = new ArrayList<>(words);
        this.vocabulary = all.subList(0, all.size() - 2_000);
        this.filler = all.subList(all.size() - 2_000, all.size());
        for (int i = 0; i < 200; i++) {
            sources.add(new UUID(random.nextLong(), random.nextLong()));
        }
    }

    SubscriptionFilter filter(int i) {
        if (i % 200_000 == 0) {
            return SubscriptionFilter.ANY;
        }
        int kind = random.nextInt(100);
        if (kind < 40) {
            Set<String> names = new HashSet<>();
            names.add(official());
            if (random.nextBoolean()) {
                names.add(official());
            }
            return new SubscriptionFilter(null, names, null, null);
        }
        if (kind < 70) {
            Set<String> keywords = new HashSet<>();
            int count = 1 + random.nextInt(3);
            while (keywords.size() < count) {
                keywords.add(pick(vocabulary));
            }
            return new SubscriptionFilter(null, null, null, null, keywords, null, null, null);
        }
        if (kind < 85) {
            return new SubscriptionFilter(Set.of(country()), null, null, null, Set.of(pick(vocabulary)), null, null,
                    null);
        }
        if (kind < 95) {
            return new SubscriptionFilter(null, null, null,
                    new SubscriptionFilter.VisitFilter(Set.of(country()), Set.of(country()), null));
        }
        return new SubscriptionFilter(Set.of(country()), null, null, null, null, null, Set.of(pick(sources)), null);
    }

    EnrichedRelease release() {
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < 400; i++) {
            body.append(i % 4 == 0 ? pick(vocabulary) : pick(filler)).append(i % 12 == 11 ? ". " : " ");
        }
        Instant now = Instant.parse("2026-11-20T09:30:00Z");
        PressRelease release = new PressRelease(new UUID(random.nextLong(), random.nextLong()), 1,
                new SourceRef(pick(sources), "bench", "KZ"), "https://example.org/r", "ru",
                pick(vocabulary) + " " + pick(filler) + " " + pick(vocabulary), body.toString(), now, now, "h", null);
        String visitor = country();
        String host = country();
        Tags tags = new Tags("ru",
                List.of(new Tags.CountryTag(visitor, visitor, List.of()), new Tags.CountryTag(host, host, List.of())),
                List.of(officialTag(), officialTag()), List.of(),
                List.of(new Tags.EventTag(EventType.VISIT, Tags.EventKind.OFFICIAL, EventStatus.PLANNED, List.of(),
                        visitor, host, null, null)),
                "bench", 1);
        return new EnrichedRelease(release, tags, now);
    }

    private Tags.OfficialTag officialTag() {
        String id = official();
        return new Tags.OfficialTag(id, "Name " + id, Map.of("en", "Name " + id, "ru", "Имя " + id), "KZ", "minister",
                List.of(), Tags.ResolvedFrom.NAME);
    }

    private String official() {
        return "official-" + random.nextInt(officials);
    }

    private String country() {
        return COUNTRIES[random.nextInt(COUNTRIES.length)];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** A pronounceable Cyrillic word of three or four syllables, ending in a consonant so stems keep it whole. */
    private String word() {
        StringBuilder word = new StringBuilder();
        int syllables = 3 + random.nextInt(2);
        for (int s = 0; s < syllables; s++) {
            word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length())));
            word.append(VOWELS.charAt(random.nextInt(VOWELS.length())));
        }
        return word.append(CONSONANTS.charAt(random.nextInt(CONSONANTS.length()))).toString();
    }
}
