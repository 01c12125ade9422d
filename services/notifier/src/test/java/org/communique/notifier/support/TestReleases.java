package org.communique.notifier.support;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.Mention;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.communique.contracts.Tags.CountryTag;
import org.communique.contracts.Tags.EventTag;
import org.communique.contracts.Tags.OfficialTag;
import org.communique.contracts.Topics;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Enriched releases built with the contracts' records, and a way to put them on the topic. */
public final class TestReleases {

    public static final String KG_MINISTER_ID = "kg-minister-foreign-affairs";
    public static final UUID SOURCE_ID = UUID.fromString("5b0c1d2e-3f40-4a51-8b62-7c8d9eaf0b1c");
    private static final SourceRef SOURCE =
            new SourceRef(SOURCE_ID, "MFA of Kazakhstan (test feed)", "KZ");

    private TestReleases() {
    }

    /**
     * A Russian-language release about a planned visit of Kyrgyzstan's foreign minister to Kazakhstan:
     * countries KZ and KG, one VISIT event (visitor KG, host KZ, PLANNED).
     */
    public static EnrichedRelease kyrgyzVisitToKazakhstan(UUID id, int version) {
        return kyrgyzVisitToKazakhstan(id, version, KG_MINISTER_ID);
    }

    /** The same release naming an official with the given id, so a test can subscribe to it alone. */
    public static EnrichedRelease kyrgyzVisitToKazakhstan(UUID id, int version, String ministerId) {
        String title = "Министр иностранных дел Кыргызстана посетит Казахстан";
        String body = "В декабре министр иностранных дел Кыргызской Республики прибудет в Астану с официальным "
                + "визитом. Стороны обсудят приграничное сотрудничество и транзит.";
        Instant published = Instant.parse("2026-11-20T09:30:00Z");
        PressRelease release = new PressRelease(id, version, SOURCE, "https://mfa.example.kz/press/" + id, "ru",
                title, body, published, published.plusSeconds(40), "sha256:test-" + version, null);

        Mention kazakhstan = mention(Mention.TITLE, title, "Казахстан");
        Mention kyrgyzstan = mention(Mention.TITLE, title, "Кыргызстана");
        Mention minister = mention(Mention.TITLE, title, "Министр иностранных дел Кыргызстана");
        Mention visit = mention(Mention.TEXT, body, "прибудет в Астану с официальным визитом");
        Tags tags = new Tags("ru",
                List.of(new CountryTag("KZ", "Kazakhstan", List.of(kazakhstan)),
                        new CountryTag("KG", "Kyrgyzstan", List.of(kyrgyzstan))),
                List.of(new OfficialTag(ministerId, "Test Minister", Map.of("en", "Test Minister", "ru", "Тестовый Министр"),
                        "KG", "Minister of Foreign Affairs", List.of(minister), Tags.ResolvedFrom.ROLE)),
                List.of(),
                List.of(new EventTag(Tags.EventType.VISIT, Tags.EventKind.OFFICIAL, Tags.EventStatus.PLANNED,
                        List.of(ministerId), "KG", "KZ", new Tags.EventDate("2026-12", Tags.DatePrecision.MONTH), visit)),
                "test-tagger", 1);
        return new EnrichedRelease(release, tags, published.plusSeconds(45));
    }

    /** A copy of {@code base} with another id and some fields changed; the tags stay as they are. */
    public static Variant variant(EnrichedRelease base) {
        return new Variant(base);
    }

    public static final class Variant {
        private final EnrichedRelease base;
        private UUID id;
        private String storyId;
        private String language;
        private String title;
        private String body;
        private UUID sourceId;

        private Variant(EnrichedRelease base) {
            this.base = base;
            PressRelease r = base.release();
            this.id = r.id();
            this.storyId = r.storyId();
            this.language = base.tags().language();
            this.title = r.title();
            this.body = r.body();
            this.sourceId = r.source().id();
        }

        public Variant id(UUID id) {
            this.id = id;
            return this;
        }

        public Variant storyId(String storyId) {
            this.storyId = storyId;
            return this;
        }

        public Variant language(String language) {
            this.language = language;
            return this;
        }

        public Variant text(String title, String body) {
            this.title = title;
            this.body = body;
            return this;
        }

        public Variant source(UUID sourceId) {
            this.sourceId = sourceId;
            return this;
        }

        public EnrichedRelease build() {
            PressRelease r = base.release();
            PressRelease release = new PressRelease(id, r.version(),
                    new SourceRef(sourceId, r.source().name(), r.source().country()), r.url(), language, title, body,
                    r.publishedAt(), r.ingestedAt(), r.contentHash(), storyId);
            Tags t = base.tags();
            Tags tags = new Tags(language, t.countries(), t.officials(), t.organizations(), t.events(),
                    t.taggerVersion(), t.kbVersion());
            return new EnrichedRelease(release, tags, base.enrichedAt());
        }
    }

    public static void publish(EnrichedRelease release) {
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED,
                release.release().id().toString(), EventJson.encode(release));
    }

    private static Mention mention(String field, String text, String fragment) {
        int start = text.indexOf(fragment);
        if (start < 0) {
            throw new IllegalArgumentException(fragment + " not in " + text);
        }
        return new Mention(field, start, start + fragment.length(), fragment);
    }
}
