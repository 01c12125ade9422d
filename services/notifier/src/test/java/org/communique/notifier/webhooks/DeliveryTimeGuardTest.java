package org.communique.notifier.webhooks;

import org.communique.notifier.subscriptions.EndpointKey;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/**
 * The target guard runs again before every attempt: a subscription accepted at registration whose
 * target has since become unacceptable gets a recorded "target refused" attempt, and nothing is sent.
 *
 * <p>The change is written straight into {@code subscriptions.target} (and {@code endpoint_key}, as
 * the API would): the test JVM cannot make a name resolve differently, and the API would refuse the
 * URL. The dispatcher needs no notice of the change: it caches nothing per subscription, every claim
 * reads the target from the subscription's row ({@code AlertStore.claimDue}), and the matching index
 * follows filters and statuses only. The release is published after the update, so its alert's first
 * claim already sees the new target.
 */
@QuarkusTest
class DeliveryTimeGuardTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void aTargetNowPointingToAPrivateNetworkIsRefusedAtDelivery() {
        String path = receiver.newPath();
        int port = URI.create(receiver.url(path)).getPort();
        // stands for its name now resolving to a private address, which the test allowlist does not cover
        String error = refusedAttemptAfterRetargeting(path, "http://10.255.255.1:" + port + path);

        assertThat(error).contains("private-network address")
                // says what kind of address, never which one, nor anything else about the network
                .doesNotContainPattern("\\d+\\.\\d+\\.\\d+\\.\\d+")
                .doesNotContain(Integer.toString(port));
    }

    @Test
    void aNonCanonicalLiteralForTheReceiverIsRefusedAtDeliveryAndNothingIsSent() {
        String path = receiver.newPath();
        int port = URI.create(receiver.url(path)).getPort();
        // 2130706433 is 127.0.0.1 in decimal: unchecked, the POST would reach the receiver at this path
        String error = refusedAttemptAfterRetargeting(path, "http://2130706433:" + port + path);

        assertThat(error).doesNotContain("127.0.0.1").doesNotContain(Integer.toString(port));
        // the attempt is recorded after any send, so a request would already be here
        assertThat(receiver.requestsTo(path)).isEmpty();
    }

    /**
     * Subscribes the receiver at {@code path}, changes the target behind the API's back, publishes a matching
     * release, and returns the error of its one attempt, checked to be a refusal in the API and on the topic.
     */
    private String refusedAttemptAfterRetargeting(String path, String newTarget) {
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        retarget(subscription, newTarget);
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        Map<String, Object> attempt = SubscriptionsApi.deliveries(subscription).get(0);
        assertThat(attempt).containsEntry("releaseId", releaseId.toString()).containsEntry("attempt", 1);
        assertThat(attempt.get("statusCode")).isNull();
        String error = (String) attempt.get("error");
        assertThat(error).startsWith("target refused: ");

        AlertDelivery published = published(releaseId, subscription);
        assertThat(published.statusCode()).isNull();
        assertThat(published.error()).isEqualTo(error);
        return error;
    }

    private void retarget(Created subscription, String url) {
        List<Map<String, Object>> updated = TestDatabase.rows(dataSource,
                "UPDATE subscriptions SET target = ?, endpoint_key = ? WHERE id = ? RETURNING target",
                url, EndpointKey.of(URI.create(url)), UUID.fromString(subscription.id()));
        assertThat(updated).singleElement().isEqualTo(Map.of("target", url));
    }

    private static AlertDelivery published(UUID releaseId, Created subscription) {
        try (TopicProbe deliveries = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.ALERTS_DELIVERIES)) {
            await().atMost(PATIENCE).until(() -> decode(deliveries, releaseId, subscription), hasSize(1));
            return decode(deliveries, releaseId, subscription).get(0);
        }
    }

    private static List<AlertDelivery> decode(TopicProbe deliveries, UUID releaseId, Created subscription) {
        return deliveries.recordsWithKey(releaseId.toString()).stream()
                .map(ConsumerRecord::value)
                .map(json -> EventJson.decode(json, AlertDelivery.class))
                .filter(d -> d.subscriptionId().toString().equals(subscription.id()))
                .toList();
    }
}
