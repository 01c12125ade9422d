package org.communique.notifier.matching;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.Tags.EventStatus;
import org.communique.contracts.Tags.EventType;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class SubscriptionIndexTest {

    private final SubscriptionIndex index = new SubscriptionIndex();
    /** Countries KZ, KG; official kg-minister-foreign-affairs; VISIT KG -> KZ PLANNED; Russian; the test source. */
    private final ReleaseFacts release = ReleaseFacts.of(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1));

    @Test
    void findsSubscriptionsByTheirMostSelectiveFieldAndChecksTheRest() {
        UUID byOfficialAndCountry = put(new SubscriptionFilter(Set.of("KZ"), Set.of("Test Minister"), null, null));
        UUID byOfficialWrongCountry = put(new SubscriptionFilter(Set.of("UZ"), Set.of("Test Minister"), null, null));
        UUID byKeyword = put(new SubscriptionFilter(null, null, null, null, Set.of("визитом"), null, null, null));
        UUID byVisit = put(new SubscriptionFilter(null, null, null,
                new SubscriptionFilter.VisitFilter(Set.of("KG"), Set.of("KZ"), null)));
        UUID byVisitStatusOnly = put(new SubscriptionFilter(null, null, null,
                new SubscriptionFilter.VisitFilter(null, null, Set.of(EventStatus.PLANNED))));
        UUID bySource = put(new SubscriptionFilter(null, null, null, null, null, null, Set.of(TestReleases.SOURCE_ID), null));
        UUID byLanguage = put(new SubscriptionFilter(null, null, null, null, null, Set.of("ru"), null, null));
        UUID byEvent = put(new SubscriptionFilter(null, null, Set.of(EventType.VISIT), null));
        UUID everything = put(SubscriptionFilter.ANY);
        put(new SubscriptionFilter(Set.of("AQ"), null, null, null));
        put(new SubscriptionFilter(null, null, null, null, Set.of("переговоры"), null, null, null));
        put(new SubscriptionFilter(null, null, Set.of(EventType.CALL), null));

        assertThat(matchedIds()).containsExactlyInAnyOrder(byOfficialAndCountry, byKeyword, byVisit, byVisitStatusOnly,
                bySource, byLanguage, byEvent, everything);
        assertThat(byOfficialWrongCountry).isNotIn(matchedIds());
    }

    @Test
    void aSubscriptionFoundUnderSeveralKeysMatchesOnce() {
        // the official's id and name are both in the release, and both countries too
        UUID id = put(new SubscriptionFilter(Set.of("KZ", "KG"), Set.of("kg-minister-foreign-affairs", "Test Minister"),
                null, null));

        assertThat(matchedIds()).containsExactly(id);
    }

    @Test
    void replacingAndRemovingTakeEffect() {
        UUID id = put(new SubscriptionFilter(Set.of("KZ"), null, null, null));
        assertThat(matchedIds()).containsExactly(id);

        index.put(id, new SubscriptionFilter(Set.of("UZ"), null, null, null));
        assertThat(matchedIds()).isEmpty();

        index.put(id, new SubscriptionFilter(null, Set.of("Тестовый министр"), null, null));
        assertThat(matchedIds()).containsExactly(id);

        index.remove(id);
        assertThat(matchedIds()).isEmpty();
        assertThat(index.size()).isZero();
    }

    @Test
    void carriesTheStoryDedupeChoice() {
        UUID id = put(new SubscriptionFilter(Set.of("KZ"), null, null, null, null, null, null, false));

        assertThat(index.matching(release)).containsExactly(new SubscriptionMatch(id, false));
    }

    @Test
    void agreesWithCheckingEveryFilterOnRandomFilters() {
        Random random = new Random(7);
        Map<UUID, SubscriptionFilter> filters = new HashMap<>();
        for (int i = 0; i < 3_000; i++) {
            UUID id = UUID.randomUUID();
            SubscriptionFilter filter = randomFilter(random);
            filters.put(id, filter);
            index.put(id, filter);
        }
        List<EnrichedRelease> releases = new ArrayList<>();
        for (String language : new String[] {"ru", "kk", "en"}) {
            EnrichedRelease base = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1);
            releases.add(TestReleases.variant(base).language(language).build());
            releases.add(TestReleases.variant(base).language(language).source(UUID.randomUUID())
                    .text("Ministers hold talks on transit", "Визит и переговоры; сапары Астанада.").build());
        }
        int matchedSomething = 0;
        for (EnrichedRelease enriched : releases) {
            ReleaseFacts facts = ReleaseFacts.of(enriched);
            List<UUID> expected = filters.entrySet().stream().filter(e -> e.getValue().matches(facts))
                    .map(Map.Entry::getKey).toList();
            List<UUID> actual = index.matching(facts).stream().map(SubscriptionMatch::subscriptionId).toList();
            assertThat(actual).containsExactlyInAnyOrderElementsOf(expected);
            matchedSomething += expected.isEmpty() ? 0 : 1;
        }
        assertThat(matchedSomething).isGreaterThan(3);
    }

    private static SubscriptionFilter randomFilter(Random random) {
        return new SubscriptionFilter(
                maybe(random, "KZ", "KG", "UZ", "RU"),
                maybe(random, "kg-minister-foreign-affairs", "Test Minister", "тестовый министр", "someone-else"),
                random.nextInt(4) == 0 ? Set.of(EventType.values()[random.nextInt(EventType.values().length)]) : null,
                random.nextInt(4) == 0 ? new SubscriptionFilter.VisitFilter(maybe(random, "KG", "KZ"),
                        maybe(random, "KZ", "UZ"), random.nextBoolean() ? Set.of(EventStatus.PLANNED) : null) : null,
                maybe(random, "визит", "переговоры", "talk", "transit", "сапар", "Астана", "официальный визит"),
                maybe(random, "ru", "kk", "en"),
                random.nextInt(5) == 0 ? Set.of(TestReleases.SOURCE_ID) : null,
                null);
    }

    private static Set<String> maybe(Random random, String... values) {
        return random.nextInt(3) == 0 ? Set.of(values[random.nextInt(values.length)]) : null;
    }

    private UUID put(SubscriptionFilter filter) {
        UUID id = UUID.randomUUID();
        index.put(id, filter);
        return id;
    }

    private List<UUID> matchedIds() {
        return index.matching(release).stream().map(SubscriptionMatch::subscriptionId).toList();
    }
}
