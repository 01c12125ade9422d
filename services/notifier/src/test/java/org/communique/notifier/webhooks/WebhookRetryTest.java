package org.communique.notifier.webhooks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.Topics;
import org.communique.notifier.support.StandardWebhooksVerifier;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestClock;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** Failed attempts are recorded and retried on the persisted schedule (1 min, 1 h in the test profile). */
@QuarkusTest
class WebhookRetryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void aFailingReceiverGetsARecordedAttemptAndAScheduledRetry() {
        String path = receiver.newPath();
        receiver.respondWith(path, 500);
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        Map<String, Object> failed = SubscriptionsApi.deliveries(subscription).get(0);
        assertThat(failed).containsEntry("attempt", 1)
                .containsEntry("outcome", "RETRY_SCHEDULED")
                .containsEntry("statusCode", 500);
        Instant attemptedAt = Instant.parse((String) failed.get("attemptedAt"));
        Instant nextAttemptAt = Instant.parse((String) failed.get("nextAttemptAt"));
        assertThat(Duration.between(attemptedAt, nextAttemptAt)).isBetween(FIRST_RETRY, FIRST_RETRY.plusSeconds(10));

        // the schedule lives in the database, so it survives a restart
        Map<String, Object> alert = alert(subscription, releaseId);
        assertThat(alert).containsEntry("status", "PENDING").containsEntry("attempts", 1);
        assertThat(alert.get("next_attempt_at")).isEqualTo(nextAttemptAt);

        // the target's response body is not kept or shown
        assertThat(given().header("Authorization", "Bearer " + subscription.token())
                .get("/api/v1/subscriptions/{id}/deliveries", subscription.id()).asString())
                .doesNotContain(WebhookReceiver.ERROR_BODY);
        assertThat(TestDatabase.rows(dataSource, "SELECT id FROM delivery_attempts WHERE error LIKE ?",
                "%" + WebhookReceiver.ERROR_BODY + "%")).isEmpty();

        receiver.respondWith(path, 204);
        clock.advance(FIRST_RETRY.plusSeconds(1));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(2));
        List<Map<String, Object>> attempts = SubscriptionsApi.deliveries(subscription);
        assertThat(attempts).extracting(a -> a.get("attempt")).containsExactly(2, 1);
        assertThat(attempts).extracting(a -> a.get("outcome")).containsExactly("DELIVERED", "RETRY_SCHEDULED");
        assertThat(alert(subscription, releaseId)).containsEntry("status", "DELIVERED").containsEntry("attempts", 2);

        List<WebhookReceiver.Request> requests = receiver.requestsTo(path);
        assertThat(requests).hasSize(2);
        assertThat(requests).extracting(r -> r.header("webhook-id")).containsOnly(alert.get("id").toString());
        assertThat(requests.get(1).body()).isEqualTo(requests.get(0).body());
        assertThat(requests).allSatisfy(r -> assertThat(StandardWebhooksVerifier.verifies(subscription.secret(),
                r.header("webhook-id"), r.header("webhook-timestamp"), r.body(), r.header("webhook-signature"))).isTrue());

        try (TopicProbe deliveries = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.ALERTS_DELIVERIES)) {
            // other tests' subscriptions may match this release too
            await().atMost(PATIENCE).until(() -> published(deliveries, releaseId, subscription), hasSize(2));
            List<AlertDelivery> published = published(deliveries, releaseId, subscription);
            assertThat(published).extracting(AlertDelivery::outcome)
                    .containsExactly(AlertDelivery.Outcome.RETRY_SCHEDULED, AlertDelivery.Outcome.DELIVERED);
            assertThat(published.get(0).statusCode()).isEqualTo(500);
        }
    }

    @Test
    void aDeletedSubscriptionGetsNoRetries() {
        String path = receiver.newPath();
        receiver.respondWith(path, 503);
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        UUID releaseId = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));

        given().header("Authorization", "Bearer " + subscription.token())
                .delete("/api/v1/subscriptions/{id}", subscription.id())
                .then().statusCode(204);
        clock.advance(FIRST_RETRY.plusSeconds(1));

        await().atMost(PATIENCE).until(() -> alert(subscription, releaseId).get("status"), "CANCELLED"::equals);
        assertThat(receiver.requestsTo(path)).hasSize(1);
        assertThat(TestDatabase.rows(dataSource, "SELECT id FROM delivery_attempts WHERE subscription_id = ?",
                UUID.fromString(subscription.id()))).hasSize(1);
    }

    private static List<AlertDelivery> published(TopicProbe deliveries, UUID releaseId, Created subscription) {
        return deliveries.recordsWithKey(releaseId.toString()).stream()
                .map(ConsumerRecord::value)
                .map(json -> EventJson.decode(json, AlertDelivery.class))
                .filter(delivery -> delivery.subscriptionId().toString().equals(subscription.id()))
                .toList();
    }

    private Map<String, Object> alert(Created subscription, UUID releaseId) {
        return TestDatabase.rows(dataSource,
                "SELECT id, status, attempts, next_attempt_at FROM alerts WHERE subscription_id = ? AND release_id = ?",
                UUID.fromString(subscription.id()), releaseId).get(0);
    }
}
