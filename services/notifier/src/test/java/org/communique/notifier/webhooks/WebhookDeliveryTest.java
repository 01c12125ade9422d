package org.communique.notifier.webhooks;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** From a record on press.releases.enriched to a signed POST on a real HTTP receiver. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void aMatchingSubscriptionReceivesExactlyOneSignedWebhook() {
        String visitPath = receiver.newPath();
        String uzbekPath = receiver.newPath();
        Created visit = SubscriptionsApi.createWebhook(
                "{\"visit\": {\"visitorCountries\": [\"KG\"], \"hostCountries\": [\"KZ\"]}}", receiver.url(visitPath));
        Created uzbek = SubscriptionsApi.createWebhook(
                "{\"visit\": {\"hostCountries\": [\"UZ\"]}}", receiver.url(uzbekPath));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1));

        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, visitPath), hasSize(1));
        WebhookReceiver.Request webhook = Webhooks.about(releaseId, visitPath).get(0);
        String alertId = alertId(visit, releaseId);

        assertThat(webhook.header("content-type")).isEqualTo("application/json");
        assertThat(webhook.header("webhook-id")).isEqualTo(alertId);
        long timestamp = Long.parseLong(webhook.header("webhook-timestamp"));
        assertThat(timestamp).isBetween(clock.instant().getEpochSecond() - 300, clock.instant().getEpochSecond() + 5);
        assertThat(StandardWebhooksVerifier.verifies(visit.secret(), webhook.header("webhook-id"),
                webhook.header("webhook-timestamp"), webhook.body(), webhook.header("webhook-signature"))).isTrue();
        assertThat(StandardWebhooksVerifier.verifies(uzbek.secret(), webhook.header("webhook-id"),
                webhook.header("webhook-timestamp"), webhook.body(), webhook.header("webhook-signature"))).isFalse();

        JsonPath body = JsonPath.from(webhook.body());
        assertThat(body.getString("type")).isEqualTo("alert.created");
        assertThat(body.getString("timestamp")).isNotBlank();
        assertThat(body.getString("data.alertId")).isEqualTo(alertId);
        assertThat(body.getString("data.subscriptionId")).isEqualTo(visit.id());
        assertThat(body.getString("data.release.release.title")).contains("Кыргызстана");
        assertThat(body.getList("data.release.tags.countries.code")).containsExactly("KZ", "KG");
        assertThat(body.getString("data.release.tags.events[0].hostCountry")).isEqualTo("KZ");

        // alerts for one release are inserted in one transaction: the UZ subscription got none
        assertThat(TestDatabase.rows(dataSource, "SELECT id FROM alerts WHERE subscription_id = ?",
                UUID.fromString(uzbek.id()))).isEmpty();
        assertThat(receiver.requestsTo(uzbekPath)).isEmpty();

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(visit), hasSize(1));
        Map<String, Object> attempt = SubscriptionsApi.deliveries(visit).get(0);
        assertThat(attempt).containsEntry("alertId", alertId)
                .containsEntry("releaseId", releaseId.toString())
                .containsEntry("channel", "webhook")
                .containsEntry("attempt", 1)
                .containsEntry("outcome", "DELIVERED")
                .containsEntry("statusCode", 204);
        assertThat(attempt.get("error")).isNull();
    }

    @Test
    void redeliveredRecordsAndNewVersionsNeverAlertTwice() {
        String path = receiver.newPath();
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, path), hasSize(1));

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 2, officialId));
        // one partition, consumed in order: once the marker is delivered, the two records before it were handled
        UUID marker = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(marker, 1, officialId));
        await().atMost(PATIENCE).until(() -> Webhooks.about(marker, path), hasSize(1));

        assertThat(Webhooks.about(releaseId, path)).hasSize(1);
        assertThat(TestDatabase.rows(dataSource, "SELECT release_id FROM alerts WHERE subscription_id = ?",
                UUID.fromString(subscription.id()))).hasSize(2);
        // the stored release was updated to version 2 all the same
        assertThat(TestDatabase.rows(dataSource, "SELECT version FROM releases WHERE id = ?", releaseId).get(0))
                .containsEntry("version", 2);
    }

    @Test
    void everyAttemptIsPublishedToAlertsDeliveries() {
        String path = receiver.newPath();
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        try (TopicProbe deliveries = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.ALERTS_DELIVERIES)) {
            // other tests' subscriptions may match this release too
            await().atMost(PATIENCE).until(() -> recordsFor(deliveries, releaseId, subscription), hasSize(1));
            ConsumerRecord<String, String> record = recordsFor(deliveries, releaseId, subscription).get(0);

            assertThat(TopicProbe.header(record, "ce_type")).isEqualTo(EventTypes.ALERT_DELIVERY);
            assertThat(TopicProbe.header(record, "ce_specversion")).isEqualTo("1.0");
            assertThat(TopicProbe.header(record, "ce_source")).isEqualTo("/communique/notifier");
            assertThat(TopicProbe.header(record, "ce_id")).isNotBlank();
            AlertDelivery delivery = EventJson.decode(record.value(), AlertDelivery.class);
            assertThat(delivery.alertId()).hasToString(alertId(subscription, releaseId));
            assertThat(delivery.subscriptionId()).hasToString(subscription.id());
            assertThat(delivery.releaseId()).isEqualTo(releaseId);
            assertThat(delivery.channel()).isEqualTo("webhook");
            assertThat(delivery.attempt()).isEqualTo(1);
            assertThat(delivery.outcome()).isEqualTo(AlertDelivery.Outcome.DELIVERED);
            assertThat(delivery.statusCode()).isEqualTo(204);
        }
        // published rows are marked sent in the outbox (and pruned after its retention)
        await().atMost(PATIENCE).until(() -> TestDatabase.rows(dataSource,
                "SELECT id FROM outbox WHERE message_key = ? AND payload LIKE ? AND sent_at IS NULL", releaseId.toString(),
                "%" + subscription.id() + "%"), hasSize(0));
    }

    @Test
    void redirectsAreNotFollowed() {
        String path = receiver.newPath();
        String elsewhere = receiver.newPath();
        receiver.redirect(path, receiver.url(elsewhere));
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));

        await().atMost(PATIENCE).until(() -> SubscriptionsApi.deliveries(subscription), hasSize(1));
        assertThat(SubscriptionsApi.deliveries(subscription).get(0))
                .containsEntry("statusCode", 302)
                .containsEntry("outcome", "RETRY_SCHEDULED");
        assertThat(receiver.requestsTo(elsewhere)).isEmpty();
    }

    private static List<ConsumerRecord<String, String>> recordsFor(TopicProbe deliveries, UUID releaseId,
                                                                  Created subscription) {
        return deliveries.recordsWithKey(releaseId.toString()).stream()
                .filter(r -> EventJson.decode(r.value(), AlertDelivery.class).subscriptionId().toString()
                        .equals(subscription.id()))
                .toList();
    }

    private String alertId(Created subscription, UUID releaseId) {
        List<Map<String, Object>> rows = TestDatabase.rows(dataSource,
                "SELECT id FROM alerts WHERE subscription_id = ? AND release_id = ?",
                UUID.fromString(subscription.id()), releaseId);
        assertThat(rows).hasSize(1);
        return rows.get(0).get("id").toString();
    }
}
