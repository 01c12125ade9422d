package org.communique.contracts;

import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EventJsonTest {

    private static PressRelease release() {
        return new PressRelease(UUID.randomUUID(), 2, new SourceRef(UUID.randomUUID(), "MFA KG", "KG"),
                "https://mfa.example/1", "ru", "Заголовок", "Текст", Instant.parse("2024-02-01T10:00:00Z"),
                Instant.parse("2024-02-01T10:00:05Z"), "abc", null);
    }

    @Test
    void enrichedReleaseRoundTrips() {
        Tags tags = new Tags("ru",
                List.of(new Tags.CountryTag("KZ", "Kazakhstan", List.of(new Mention("text", 0, 9, "Казахстан")))),
                List.of(new Tags.OfficialTag("kg-japarov-sadyr", "Sadyr Japarov", Map.of("ru", "Садыр Жапаров"), "KG",
                        "HEAD_OF_STATE", List.of(), Tags.ResolvedFrom.ROLE)),
                List.of(),
                List.of(new Tags.EventTag(Tags.EventType.VISIT, Tags.EventKind.OFFICIAL, Tags.EventStatus.PLANNED,
                        List.of("kg-japarov-sadyr"), "KG", "KZ", new Tags.EventDate("2024", Tags.DatePrecision.YEAR), null)),
                "t1", 7);
        EnrichedRelease event = new EnrichedRelease(release(), tags, Instant.parse("2024-02-01T10:00:06Z"));

        String json = EventJson.encode(event);

        assertThat(json).contains("\"resolvedFrom\":\"role\"").contains("\"publishedAt\":\"2024-02-01T10:00:00Z\"");
        assertThat(EventJson.decode(json, EnrichedRelease.class)).isEqualTo(event);
    }

    @Test
    void anEnrichedReleaseWrittenBeforeMentionsWereCountedReadsAsNoneOmitted() {
        Tags tags = new Tags("ru", List.of(), List.of(), List.of(), List.of(), "t1", 7);
        String json = EventJson.encode(new EnrichedRelease(release(), tags, Instant.parse("2024-02-01T10:00:06Z"), 12L));
        assertThat(json).contains("\"mentionsOmitted\":12");
        String old = json.replace(",\"mentionsOmitted\":12", "");
        assertThat(old).doesNotContain("mentionsOmitted");
        assertThat(EventJson.decode(old, EnrichedRelease.class).mentionsOmitted()).isZero();
    }

    @Test
    void howMuchOfTheTextWasTaggedRoundTripsAndIsAbsentFromOlderRecords() {
        Tags tags = new Tags("ru", List.of(), List.of(), List.of(), List.of(), "t1", 7);
        EnrichedRelease cut = new EnrichedRelease(release(), tags, Instant.parse("2024-02-01T10:00:06Z"), 0L,
                new Tagged(200_000, true));
        String json = EventJson.encode(cut);
        assertThat(json).contains("\"tagged\":{\"characters\":200000,\"truncated\":true}");
        assertThat(EventJson.decode(json, EnrichedRelease.class)).isEqualTo(cut);

        String old = EventJson.encode(new EnrichedRelease(release(), tags, Instant.parse("2024-02-01T10:00:06Z")));
        assertThat(old).doesNotContain("tagged");
        assertThat(EventJson.decode(old, EnrichedRelease.class).tagged()).isNull();
    }

    @Test
    void mentionsAreCappedPerTagAndCounted() {
        List<Mention> many = java.util.stream.IntStream.range(0, 250)
                .mapToObj(i -> new Mention("text", i * 10, i * 10 + 9, "Казахстан")).toList();
        Tags tags = new Tags("ru", List.of(new Tags.CountryTag("KZ", "Kazakhstan", many)),
                List.of(new Tags.OfficialTag("x", "X", Map.of(), "KZ", "other", many.subList(0, 5), Tags.ResolvedFrom.NAME)),
                List.of(), List.of(), "t1", 7);
        Tags capped = tags.withMentionsCappedAt(100);
        assertThat(tags.mentionCount()).isEqualTo(255);
        assertThat(capped.mentionCount()).isEqualTo(105);
        assertThat(capped.countries().get(0).mentions()).isEqualTo(many.subList(0, 100));
        assertThat(capped.officials().get(0).mentions()).hasSize(5);
        assertThat(tags.withMentionsCappedAt(250)).isSameAs(tags);
    }

    @Test
    void unknownFieldsAreIgnoredForForwardCompatibility() {
        String json = EventJson.encode(release()).replaceFirst("\\{", "{\"addedInV2\":42,");
        assertThat(EventJson.decode(json, PressRelease.class).version()).isEqualTo(2);
    }

    @Test
    void malformedRecordsFailWithAClearError() {
        assertThatThrownBy(() -> EventJson.decode("not json", PressRelease.class))
                .isInstanceOf(EventJson.MalformedEventException.class);
        assertThatThrownBy(() -> EventJson.decode("{\"id\":\"" + UUID.randomUUID() + "\"}", PressRelease.class))
                .isInstanceOf(EventJson.MalformedEventException.class)
                .hasMessageContaining("PressRelease");
        assertThatThrownBy(() -> EventJson.decode("", PressRelease.class))
                .isInstanceOf(EventJson.MalformedEventException.class);
    }
}
