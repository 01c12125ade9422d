package org.communique.notifier.sources;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestSourceHealth;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** The latest health of each source, kept from {@code sources.health} whatever order its records come in. */
@QuarkusTest
class SourceHealthConsumerTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Test
    void anOlderRecordAfterANewerOneDoesNotChangeTheStoredHealth() {
        UUID sourceId = UUID.randomUUID();
        Instant failingSince = Instant.parse("2026-11-27T10:15:30.123Z");
        TestSourceHealth.publish(TestSourceHealth.failing(sourceId, "MFA (renamed)", 5, "HTTP 404", failingSince));
        await().atMost(PATIENCE).until(() -> stored(sourceId), hasSize(1));

        TestSourceHealth.publish(TestSourceHealth.recovered(sourceId, "MFA", failingSince.minusSeconds(3600)));
        TestSourceHealth.publish(TestSourceHealth.failing(sourceId, "MFA", 3, "HTTP 500", failingSince.minusSeconds(7200)));
        // consumed after the two above: same key, so the same partition
        UUID marker = UUID.randomUUID();
        TestSourceHealth.publish(sourceId.toString(),
                EventJson.encode(TestSourceHealth.failing(marker, "marker", 3, "HTTP 500", failingSince)));
        await().atMost(PATIENCE).until(() -> stored(marker), hasSize(1));

        assertThat(stored(sourceId)).singleElement().satisfies(row -> {
            assertThat(row.get("source_name")).isEqualTo("MFA (renamed)");
            assertThat(row.get("status")).isEqualTo("FAILING");
            assertThat(row.get("consecutive_failures")).isEqualTo(5);
            assertThat(row.get("last_error")).isEqualTo("HTTP 404");
            assertThat(row.get("changed_at")).isEqualTo(failingSince);
        });
    }

    @Test
    void undecodableRecordsGoToTheDeadLetterTopicAndTheNextRecordIsStillStored() {
        String bootstrap = InProcessKafka.bootstrapServers();
        String notJson = "poison-" + UUID.randomUUID();
        String incomplete = "poison-" + UUID.randomUUID();
        UUID sourceId = UUID.randomUUID();

        TestSourceHealth.publish(notJson, "{ this is not a source health record");
        TestSourceHealth.publish(incomplete, "{\"status\": \"FAILING\", \"consecutiveFailures\": 3, \"changedAt\": \"2026-11-27T10:00:00Z\"}");
        TestSourceHealth.publish(TestSourceHealth.failing(sourceId, "MFA", 3, "HTTP 500", Instant.parse("2026-11-27T10:00:00Z")));

        try (TopicProbe deadLetters = TopicProbe.of(bootstrap, Topics.deadLetter(Topics.SOURCES_HEALTH))) {
            await().atMost(PATIENCE).until(() -> deadLetters.recordsWithKey(notJson), hasSize(1));
            await().atMost(PATIENCE).until(() -> deadLetters.recordsWithKey(incomplete), hasSize(1));
            ConsumerRecord<String, String> dead = deadLetters.recordsWithKey(notJson).get(0);
            assertThat(dead.value()).isEqualTo("{ this is not a source health record");
            assertThat(TopicProbe.header(dead, "dead-letter-reason")).isNotBlank();
        }
        await().atMost(PATIENCE).until(() -> stored(sourceId), hasSize(1));
    }

    private List<Map<String, Object>> stored(UUID sourceId) {
        return TestDatabase.rows(dataSource, "SELECT * FROM source_health WHERE source_id = ?", sourceId);
    }
}
