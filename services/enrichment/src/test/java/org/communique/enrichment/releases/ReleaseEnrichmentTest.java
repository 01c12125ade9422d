package org.communique.enrichment.releases;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Tags;
import org.communique.contracts.Topics;
import org.communique.enrichment.SampleReleases;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@QuarkusTest
class ReleaseEnrichmentTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private TopicProbe enriched;
    private TopicProbe deadLetters;

    @BeforeEach
    void probes() {
        enriched = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED);
        deadLetters = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.deadLetter(Topics.PRESS_RELEASES));
    }

    @AfterEach
    void close() {
        enriched.close();
        deadLetters.close();
    }

    @Test
    void anIngestedReleaseIsPublishedEnrichedWithCloudEventHeaders() {
        PressRelease release = release(UUID.randomUUID(), 3);
        send(release);

        ConsumerRecord<String, String> record = awaitEnriched(release.id());
        assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(EventTypes.RELEASE_ENRICHED);
        assertThat(TopicProbe.header(record, "ce_id")).isEqualTo(release.id() + ":3");
        assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/communique/enrichment");
        assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");

        EnrichedRelease event = EventJson.decode(record.value(), EnrichedRelease.class);
        assertThat(event.release()).isEqualTo(release);
        assertThat(event.tags().countries()).extracting(Tags.CountryTag::code).containsExactlyInAnyOrder("KZ", "KG");
        assertThat(event.tags().officials()).extracting(Tags.OfficialTag::id)
                .containsExactlyInAnyOrder("sadyr-japarov", "murat-nurtleu", "kassym-jomart-tokayev");
        Tags.EventTag visit = event.tags().events().get(0);
        assertThat(visit.type()).isEqualTo(Tags.EventType.VISIT);
        assertThat(visit.visitorCountry()).isEqualTo("KG");
        assertThat(visit.hostCountry()).isEqualTo("KZ");
        assertThat(visit.kind()).isEqualTo(Tags.EventKind.OFFICIAL);
        assertThat(visit.status()).isEqualTo(Tags.EventStatus.PLANNED);
        assertThat(visit.date()).isEqualTo(new Tags.EventDate("2024", Tags.DatePrecision.YEAR));
    }

    @Test
    void theSameReleaseTwiceGivesTheSameEvent() {
        PressRelease release = release(UUID.randomUUID(), 1);
        send(release);
        send(release);
        await().atMost(WAIT).until(() -> enriched.recordsWithKey(release.id().toString()).size() == 2);
        List<ConsumerRecord<String, String>> records = enriched.recordsWithKey(release.id().toString());
        assertThat(records).extracting(r -> TopicProbe.header(r, "ce_id")).containsOnly(release.id() + ":1");
        assertThat(records).extracting(r -> EventJson.decode(r.value(), EnrichedRelease.class).tags()).hasSize(2)
                .satisfies(tags -> assertThat(tags.get(0)).isEqualTo(tags.get(1)));
    }

    @Test
    void undecodableRecordsGoToTheDeadLetterTopicAndTheNextReleaseStillFlows() {
        String notJson = "bad-" + UUID.randomUUID();
        String incomplete = "incomplete-" + UUID.randomUUID();
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, notJson, "{this is not json");
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, incomplete,
                "{\"id\":\"" + UUID.randomUUID() + "\",\"version\":1}");
        PressRelease valid = release(UUID.randomUUID(), 1);
        send(valid);

        await().atMost(WAIT).untilAsserted(() -> {
            assertThat(deadLetters.recordsWithKey(notJson)).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo("{this is not json"));
            assertThat(deadLetters.recordsWithKey(incomplete)).hasSize(1);
        });
        awaitEnriched(valid.id());
        assertThat(enriched.recordsWithKey(notJson)).isEmpty();
    }

    private ConsumerRecord<String, String> awaitEnriched(UUID id) {
        await().atMost(WAIT).until(() -> !enriched.recordsWithKey(id.toString()).isEmpty());
        return enriched.recordsWithKey(id.toString()).get(0);
    }

    private static void send(PressRelease release) {
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, release.id().toString(),
                EventJson.encode(release));
    }

    private static PressRelease release(UUID id, int version) {
        return new PressRelease(id, version, new SourceRef(UUID.randomUUID(), "МИД РК", "KZ"),
                "https://example.org/releases/" + id, null, SampleReleases.TITLE, SampleReleases.TEXT,
                Instant.parse("2024-02-01T06:00:00Z"), Instant.parse("2024-02-01T06:05:00Z"), "sha256:" + id, null);
    }
}
