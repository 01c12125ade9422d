package org.communique.enrichment.contracts;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.SourceRef;
import org.communique.contracts.Topics;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.communique.testing.contracts.AsyncApiCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What enrichment really puts on press.releases.enriched and press.releases.dlq is what asyncapi.yaml says. */
@QuarkusTest
class ProducedRecordsContractTest {

    private final AsyncApiCheck asyncApi = AsyncApiCheck.load();

    @Test
    void enrichedReleasesAndDeadLettersMatchTheDocument() {
        UUID id = UUID.randomUUID();
        PressRelease release = new PressRelease(id, 1, new SourceRef(UUID.randomUUID(), "МИД КР", "KG"),
                "https://mfa.gov.kg/ru/news/" + id, "ru", "Садыр Жапаров посетит Казахстан",
                "Президент Кыргызстана Садыр Жапаров в этом году посетит Казахстан с официальным визитом.",
                Instant.parse("2024-02-01T09:00:00Z"), Instant.parse("2024-02-01T09:00:05Z"), "sha256:" + id, null);
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, id.toString(), EventJson.encode(release));
        String broken = UUID.randomUUID().toString();
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES, broken, "{\"id\": 1");

        try (TopicProbe enriched = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED);
             TopicProbe dlq = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.deadLetter(Topics.PRESS_RELEASES))) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !enriched.recordsWithKey(id.toString()).isEmpty());
            ConsumerRecord<String, String> record = enriched.recordsWithKey(id.toString()).get(0);
            assertThat(record.value()).contains("\"VISIT\"");
            assertThat(asyncApi.mismatches(record)).isEmpty();
            assertThat(enriched.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());

            await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.recordsWithKey(broken).isEmpty());
            assertThat(dlq.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());
        }
    }
}
