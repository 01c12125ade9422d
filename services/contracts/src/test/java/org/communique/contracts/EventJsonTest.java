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
