package org.communique.enrichment.releases;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Topics;
import org.communique.enrichment.SampleReleases;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Releases written at once are consumed in batches: every valid one is enriched exactly once, and poison
 * records among them go to the dead-letter topic on their own, with the reason, without taking their batch along.
 */
@QuarkusTest
class BatchEnrichmentTest {

    private static final int RELEASES = 300;

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
    void aBurstIsEnrichedExactlyOnceAndPoisonInItGoesToTheDeadLetterTopicAlone() throws Exception {
        List<String> valid = new ArrayList<>();
        List<String> poison = new ArrayList<>();
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of("bootstrap.servers", InProcessKafka.bootstrapServers(), "acks", "all", "linger.ms", "50"),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < RELEASES; i++) {
                if (i % 100 == 50) {
                    String key = "poison-" + UUID.randomUUID();
                    poison.add(key);
                    producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, key, "{\"id\": 42, not json"));
                    continue;
                }
                PressRelease release = release(UUID.randomUUID());
                valid.add(release.id().toString());
                producer.send(new ProducerRecord<>(Topics.PRESS_RELEASES, release.id().toString(),
                        EventJson.encode(release)));
            }
            producer.flush();
        }

        Map<String, Long> byKey = await().atMost(Duration.ofSeconds(60)).until(
                () -> enriched.records().stream().collect(Collectors.groupingBy(ConsumerRecord::key, Collectors.counting())),
                counts -> counts.keySet().containsAll(valid));
        assertThat(valid).allSatisfy(key -> assertThat(byKey.get(key)).isEqualTo(1));
        assertThat(poison).allSatisfy(key -> assertThat(byKey).doesNotContainKey(key));

        List<ConsumerRecord<String, String>> dead = await().atMost(Duration.ofSeconds(30)).until(
                () -> deadLetters.recordsMatching(r -> poison.contains(r.key())), records -> records.size() >= poison.size());
        assertThat(dead).hasSize(poison.size());
        assertThat(dead).allSatisfy(record -> {
            assertThat(TopicProbe.header(record, "dead-letter-reason")).isNotBlank();
            assertThat(TopicProbe.header(record, "dead-letter-topic")).isEqualTo(Topics.PRESS_RELEASES);
            assertThat(record.value()).isEqualTo("{\"id\": 42, not json");
        });
        assertThat(deadLetters.recordsMatching(r -> valid.contains(r.key()))).isEmpty();
    }

    private static PressRelease release(UUID id) {
        return new PressRelease(id, 1, new SourceRef(UUID.randomUUID(), "МИД РК", "KZ"),
                "https://example.org/releases/" + id, null, SampleReleases.TITLE, SampleReleases.TEXT,
                Instant.parse("2024-02-01T06:00:00Z"), Instant.parse("2024-02-01T06:05:00Z"), "sha256:" + id, null);
    }
}
