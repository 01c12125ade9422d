package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/**
 * The consumer hands the releases it stored to {@link ReleaseBodies}, so webhook bodies are built without
 * reading the release back; a body built from memory and one built from the table are the same bytes.
 */
@QuarkusTest
class ConsumedReleaseWebhookBodyTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    ReleaseBodies bodies;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void theWebhookBodyIsTheSameBytesAsOneBuiltFromTheStoredRelease() {
        String path = receiver.newPath();
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}",
                receiver.url(path));
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> receiver.requestsTo(path), hasSize(1));
        WebhookReceiver.Request request = receiver.requestsTo(path).get(0);
        ClaimedAlert alert = alertOf(UUID.fromString(subscription.id()), releaseId);
        assertThat(request.header("webhook-id")).isEqualTo(alert.id().toString());

        String fromTable = AlertBodies.encode(alert.id(), alert.subscriptionId(), alert.createdAt(),
                storedPayload(releaseId));
        assertThat(request.body()).isEqualTo(fromTable);
        // as after a restart or on another instance: read from the table, the same bytes
        bodies.forgetAll();
        assertThat(bodies.body(alert)).isEqualTo(request.body().getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theConsumerKeepsTheReleaseItStoredAndTheTableIsReadOnlyOnAMiss() {
        // a feed subscription: no webhook claim ever reads this release, only the consumer can have kept it
        UUID releaseId = UUID.randomUUID();
        ClaimedAlert alert = feedAlertOf(releaseId);
        String asStored = AlertBodies.encode(alert.id(), alert.subscriptionId(), alert.createdAt(),
                storedPayload(releaseId));
        TestDatabase.rows(dataSource, """
                UPDATE releases SET payload = jsonb_set(payload, '{release,title}', '"changed in the table"')
                WHERE id = ? RETURNING id
                """, releaseId);

        assertThat(new String(bodies.body(alert), StandardCharsets.UTF_8)).isEqualTo(asStored)
                .doesNotContain("changed in the table");
        bodies.forgetAll();
        assertThat(new String(bodies.body(alert), StandardCharsets.UTF_8)).contains("changed in the table");
    }

    @Test
    void aBodyIsBuiltEvenWhenTheCacheKeepsNothingItIsGiven() {
        // under load the cache is full: an entry put may be evicted (or refused) at once
        UUID releaseId = UUID.randomUUID();
        ClaimedAlert alert = feedAlertOf(releaseId);
        ReleaseBodies keepingNothing = new ReleaseBodies(dataSource, 1, 1, Runnable::run);

        keepingNothing.load(List.of(alert));

        assertThat(new String(keepingNothing.body(alert), StandardCharsets.UTF_8)).isEqualTo(
                AlertBodies.encode(alert.id(), alert.subscriptionId(), alert.createdAt(), storedPayload(releaseId)));
    }

    @Test
    void aClaimHoldsTheReleasesItReadSoAFullCacheDoesNotMakeEachBodyReadThemAgain() {
        UUID releaseId = UUID.randomUUID();
        ClaimedAlert alert = feedAlertOf(releaseId);
        String asLoaded = AlertBodies.encode(alert.id(), alert.subscriptionId(), alert.createdAt(),
                storedPayload(releaseId));
        ReleaseBodies keepingNothing = new ReleaseBodies(dataSource, 1, 1, Runnable::run);

        Map<UUID, byte[]> loaded = keepingNothing.load(List.of(alert));
        TestDatabase.rows(dataSource, """
                UPDATE releases SET payload = jsonb_set(payload, '{release,title}', '"changed in the table"')
                WHERE id = ? RETURNING id
                """, releaseId);

        assertThat(loaded).containsOnlyKeys(releaseId);
        assertThat(new String(keepingNothing.body(alert, loaded.get(releaseId)), StandardCharsets.UTF_8))
                .isEqualTo(asLoaded);
        assertThat(new String(keepingNothing.body(alert, null), StandardCharsets.UTF_8))
                .contains("changed in the table");
    }

    /** Publishes a release matched by a new feed subscription and returns its alert once the consumer stored it. */
    private ClaimedAlert feedAlertOf(UUID releaseId) {
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = SubscriptionsApi.create("{\"officials\": [\"" + officialId + "\"]}",
                "{\"type\": \"feed\"}");
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));
        await().atMost(PATIENCE).until(() -> TestDatabase.rows(dataSource,
                "SELECT id FROM alerts WHERE subscription_id = ?::uuid AND release_id = ?", subscription.id(), releaseId),
                hasSize(1));
        return alertOf(UUID.fromString(subscription.id()), releaseId);
    }

    private ClaimedAlert alertOf(UUID subscriptionId, UUID releaseId) {
        List<Map<String, Object>> rows = TestDatabase.rows(dataSource,
                "SELECT id, created_at, release_version FROM alerts WHERE subscription_id = ? AND release_id = ?",
                subscriptionId, releaseId);
        assertThat(rows).hasSize(1);
        Map<String, Object> row = rows.get(0);
        return new ClaimedAlert((UUID) row.get("id"), subscriptionId, releaseId, 0, (Instant) row.get("created_at"),
                "http://127.0.0.1/", "127.0.0.1:80", "secret", null, true, (Integer) row.get("release_version"));
    }

    private String storedPayload(UUID releaseId) {
        return (String) TestDatabase.rows(dataSource, "SELECT payload::text AS payload FROM releases WHERE id = ?",
                releaseId).get(0).get("payload");
    }
}
