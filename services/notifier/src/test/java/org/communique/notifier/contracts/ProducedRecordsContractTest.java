package org.communique.notifier.contracts;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.Topics;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.communique.testing.contracts.AsyncApiCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** What the notifier really puts on alerts.deliveries and its dead-letter topics is what asyncapi.yaml says. */
@QuarkusTest
class ProducedRecordsContractTest {

    private final AsyncApiCheck asyncApi = AsyncApiCheck.load();

    @Test
    void deliveryRecordsAndDeadLettersMatchTheDocument() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        SubscriptionsApi.createWebhook("{\"visit\": {\"visitorCountries\": [\"KG\"], \"hostCountries\": [\"KZ\"]}}",
                receiver.url(receiver.newPath()));
        UUID releaseId = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1));
        String broken = UUID.randomUUID().toString();
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED, broken, "[]");

        try (TopicProbe deliveries = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.ALERTS_DELIVERIES);
             TopicProbe dlq = TopicProbe.of(InProcessKafka.bootstrapServers(),
                     Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED))) {
            await().atMost(Duration.ofSeconds(30))
                    .until(() -> !deliveries.recordsWithKey(releaseId.toString()).isEmpty());
            ConsumerRecord<String, String> record = deliveries.recordsWithKey(releaseId.toString()).get(0);
            assertThat(asyncApi.mismatches(record)).isEmpty();
            assertThat(deliveries.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());

            await().atMost(Duration.ofSeconds(30)).until(() -> !dlq.recordsWithKey(broken).isEmpty());
            assertThat(dlq.records()).allSatisfy(r -> assertThat(asyncApi.mismatches(r)).isEmpty());
        }
    }
}
