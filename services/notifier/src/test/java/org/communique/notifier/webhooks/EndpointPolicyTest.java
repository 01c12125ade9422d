package org.communique.notifier.webhooks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
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
import org.communique.notifier.support.Webhooks;
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

/**
 * What endpoints answer decides what happens next: 410 disables, 429/503 Retry-After is honoured,
 * days of failures disable, the schedule ends in FAILED; secrets rotate with a grace window; a slow
 * endpoint holds only its own slots. Time moves with the test clock (schedule 1 min, 1 h in tests).
 */
@QuarkusTest
class EndpointPolicyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void goneDisablesTheSubscriptionAtOnce() {
        String path = receiver.newPath();
        receiver.respondWith(path, 410);
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        assertThat(SubscriptionsApi.deliveries(subscription).get(0))
                .containsEntry("outcome", "FAILED").containsEntry("statusCode", 410);
        JsonPath view = SubscriptionsApi.get(subscription);
        assertThat(view.getString("status")).isEqualTo("DISABLED");
        assertThat(view.getString("disabledReason")).isEqualTo("GONE");
        assertThat(published(releaseId, subscription)).extracting(AlertDelivery::error)
                .singleElement().asString().contains("410").contains("disabled");

        // a disabled subscription gets no new alerts
        UUID next = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(next, 1, officialId));
        String witness = witnessFor(officialId);
        UUID marker = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(marker, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(marker, witness), hasSize(1));
        assertThat(receiver.requestsTo(path)).hasSize(1);
    }

    @Test
    void retryAfterOf429And503ReplacesTheScheduledDelay() {
        String seconds = receiver.newPath();
        receiver.respondWith(seconds, 429);
        receiver.retryAfter(seconds, "600");
        String date = receiver.newPath();
        receiver.respondWith(date, 503);
        receiver.retryAfter(date, java.time.format.DateTimeFormatter.RFC_1123_DATE_TIME
                .format(clock.instant().plus(Duration.ofHours(3)).atZone(java.time.ZoneOffset.UTC)));
        String ignored = receiver.newPath();
        receiver.respondWith(ignored, 500);
        receiver.retryAfter(ignored, "600");
        String officialId = "official-" + UUID.randomUUID();
        Created bySeconds = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(seconds));
        Created byDate = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(date));
        Created onSchedule = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(ignored));

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));

        assertThat(firstRetryDelay(bySeconds)).isBetween(Duration.ofSeconds(599), Duration.ofSeconds(601));
        assertThat(firstRetryDelay(byDate)).isBetween(Duration.ofMinutes(175), Duration.ofMinutes(181));
        assertThat(firstRetryDelay(onSchedule)).isBetween(Duration.ofSeconds(59), Duration.ofSeconds(61));
    }

    @Test
    void theScheduleEndsInFailedAfterItsLastRetry() {
        String path = receiver.newPath();
        receiver.respondWith(path, 500);
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        clock.advance(Duration.ofMinutes(1).plusSeconds(1));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(2));
        clock.advance(Duration.ofHours(1).plusSeconds(1));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(3));

        assertThat(SubscriptionsApi.deliveries(subscription)).extracting(a -> a.get("outcome"))
                .containsExactly("FAILED", "RETRY_SCHEDULED", "RETRY_SCHEDULED");
        assertThat(SubscriptionsApi.deliveries(subscription).get(0).get("nextAttemptAt")).isNull();
        assertThat(SubscriptionsApi.get(subscription).getString("status")).isEqualTo("ACTIVE");
    }

    @Test
    void anEndpointFailingForFiveDaysIsDisabledAndTheOwnerToldOnAlertsDeliveries() {
        String path = receiver.newPath();
        receiver.respondWith(path, 500);
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        assertThat(SubscriptionsApi.get(subscription).getString("status")).isEqualTo("ACTIVE");

        clock.advance(Duration.ofDays(5).plusMinutes(1));
        UUID late = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(late, 1, officialId));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.get(subscription).getString("status"), "DISABLED"::equals);
        assertThat(SubscriptionsApi.get(subscription).getString("disabledReason")).isEqualTo("FAILING");
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription).stream()
                .anyMatch(a -> "FAILED".equals(a.get("outcome")) && String.valueOf(a.get("error")).contains("5 days")));
    }

    @Test
    void aRotatedSecretSignsAlongsideTheOldOneUntilTheGraceWindowEnds() {
        String path = receiver.newPath();
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        JsonPath rotated = given().header("Authorization", "Bearer " + subscription.token())
                .post("/api/v1/subscriptions/{id}/secret/rotate", subscription.id())
                .then().statusCode(200).header("Cache-Control", "no-store").extract().jsonPath();
        String newSecret = rotated.getString("secret");
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(subscription.secret());
        assertThat(Instant.parse(rotated.getString("previousSecretExpiresAt")))
                .isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofHours(25)));

        UUID during = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(during, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(during, path), hasSize(1));
        WebhookReceiver.Request first = Webhooks.about(during, path).get(0);
        assertThat(first.header("webhook-signature").split(" ")).hasSize(2);
        assertThat(verifies(newSecret, first)).isTrue();
        assertThat(verifies(subscription.secret(), first)).isTrue();

        clock.advance(Duration.ofHours(25));
        UUID after = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(after, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(after, path), hasSize(1));
        WebhookReceiver.Request second = Webhooks.about(after, path).get(0);
        assertThat(verifies(newSecret, second)).isTrue();
        assertThat(verifies(subscription.secret(), second)).isFalse();
    }

    @Test
    void aSlowEndpointHoldsOnlyItsOwnSlots() {
        WebhookReceiver otherEndpoint = WebhookReceiver.other();
        String slow = receiver.newPath();
        String fast = otherEndpoint.newPath();
        receiver.hang(slow);
        String officialId = "official-" + UUID.randomUUID();
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(slow));
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", otherEndpoint.url(fast));
        try {
            for (int i = 0; i < 6; i++) {
                TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
            }

            // the slow endpoint holds its cap (2 in tests) of the 8 workers; the other gets all six meanwhile
            await().atMost(PATIENCE).until(() -> otherEndpoint.requestsTo(fast), hasSize(6));
            await().atMost(PATIENCE).until(() -> receiver.requestsTo(slow), hasSize(2));
            assertThat(receiver.requestsTo(slow)).hasSize(2);
        } finally {
            receiver.releaseHangingRequests();
        }
        await().atMost(PATIENCE).until(() -> receiver.requestsTo(slow).size() >= 6);
    }

    private Duration firstRetryDelay(Created subscription) {
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        Map<String, Object> attempt = SubscriptionsApi.deliveries(subscription).get(0);
        assertThat(attempt).containsEntry("outcome", "RETRY_SCHEDULED");
        return Duration.between(Instant.parse((String) attempt.get("attemptedAt")),
                Instant.parse((String) attempt.get("nextAttemptAt")));
    }

    private String witnessFor(String officialId) {
        String witness = receiver.newPath();
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(witness));
        return witness;
    }

    private static boolean verifies(String secret, WebhookReceiver.Request request) {
        return StandardWebhooksVerifier.verifies(secret, request.header("webhook-id"), request.header("webhook-timestamp"),
                request.body(), request.header("webhook-signature"));
    }

    private List<AlertDelivery> published(UUID releaseId, Created subscription) {
        try (TopicProbe deliveries = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.ALERTS_DELIVERIES)) {
            await().atMost(PATIENCE).until(() -> decode(deliveries, releaseId, subscription), hasSize(1));
            return decode(deliveries, releaseId, subscription);
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
