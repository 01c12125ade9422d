package org.communique.notifier.alerts;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.Topics;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.notifier.support.Webhooks;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class DeadLetterTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void undecodableRecordsGoToTheDeadLetterTopicAndTheNextRecordStillFlows() {
        String bootstrap = InProcessKafka.bootstrapServers();
        String notJson = "poison-" + UUID.randomUUID();
        String incomplete = "poison-" + UUID.randomUUID();
        String path = WebhookReceiver.shared().newPath();
        String officialId = "official-" + UUID.randomUUID();
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", WebhookReceiver.shared().url(path));
        UUID releaseId = UUID.randomUUID();

        TopicProbe.send(bootstrap, Topics.PRESS_RELEASES_ENRICHED, notJson, "{ this is not an enriched release");
        TopicProbe.send(bootstrap, Topics.PRESS_RELEASES_ENRICHED, incomplete, "{\"tags\": {}, \"enrichedAt\": \"2026-11-27T10:00:00Z\"}");
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        try (TopicProbe deadLetters = TopicProbe.of(bootstrap, Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED))) {
            await().atMost(PATIENCE).until(() -> deadLetters.recordsWithKey(notJson), hasSize(1));
            await().atMost(PATIENCE).until(() -> deadLetters.recordsWithKey(incomplete), hasSize(1));
            ConsumerRecord<String, String> dead = deadLetters.recordsWithKey(notJson).get(0);
            assertThat(dead.value()).isEqualTo("{ this is not an enriched release");
            assertThat(TopicProbe.header(dead, "dead-letter-reason")).isNotBlank();
        }
        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, path), hasSize(1));
    }
}
