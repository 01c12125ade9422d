package org.communique.notifier.delivery;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.AlertDelivery;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The recorder locks the subscriptions whose health a batch changes in ascending id order, as the consumer
 * does: a consumer transaction holding the lower subscription and then asking for the higher one, while the
 * recorder records a batch listing the higher one first, both complete; PostgreSQL reports no deadlock.
 * Deliveries to healthy endpoints change no subscription row, and their recording does not wait for the consumer.
 */
@QuarkusTest
class DeliveryRecorderLockOrderTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    DeliveryRecorder recorder;

    @Test
    void aBatchInReverseIdOrderDoesNotDeadlockWithTheConsumersLocks() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.shared();
        String filter = "{\"officials\": [\"official-" + UUID.randomUUID() + "\"]}";
        UUID first = UUID.fromString(SubscriptionsApi.createWebhook(filter, receiver.url(receiver.newPath())).id());
        UUID second = UUID.fromString(SubscriptionsApi.createWebhook(filter, receiver.url(receiver.newPath())).id());
        // PostgreSQL's order of uuids, which is not UUID.compareTo's
        List<UUID> ascending = TestDatabase.rows(dataSource,
                        "SELECT id FROM subscriptions WHERE id IN (?, ?) ORDER BY id", first, second)
                .stream().map(row -> (UUID) row.get("id")).toList();
        UUID lower = ascending.get(0);
        UUID higher = ascending.get(1);
        // both in a run of failures, which these deliveries end: the recorder updates both rows
        TestDatabase.execute(dataSource, "UPDATE subscriptions SET failing_since = now() WHERE id IN (?, ?)", lower,
                higher);
        UUID releaseId = UUID.randomUUID();
        Instant createdAt = Instant.parse("2026-12-06T12:00:00Z");
        ClaimedAlert toHigher = pendingAlert(higher, releaseId, createdAt);
        ClaimedAlert toLower = pendingAlert(lower, releaseId, createdAt);
        Instant attemptedAt = Instant.now();
        List<Attempted> reversed = List.of(
                new Attempted(DeliveryChannels.WEBHOOK, toHigher, attemptedAt, SendResult.status(204, 5)),
                new Attempted(DeliveryChannels.WEBHOOK, toLower, attemptedAt, SendResult.status(204, 5)));

        try (Connection consumer = dataSource.getConnection()) {
            consumer.setAutoCommit(false);
            try (Statement settings = consumer.createStatement()) {
                // a deadlock is reported after deadlock_timeout (1 s); this only keeps a broken run from hanging
                settings.execute("SET LOCAL lock_timeout = '20s'");
            }
            lock(consumer, lower);
            int consumerPid = backendPid(consumer);

            CompletableFuture<List<AlertDelivery>> recording = CompletableFuture.supplyAsync(
                    () -> recorder.recordAll(reversed));
            // the recorder waits for the consumer's lock on the lower subscription
            await().atMost(PATIENCE).until(() -> !TestDatabase.rows(dataSource,
                    "SELECT pid FROM pg_stat_activity WHERE ? = ANY (pg_blocking_pids(pid))", consumerPid).isEmpty());

            // the consumer goes on to the higher one, which the recorder must not hold yet
            lock(consumer, higher);
            consumer.commit();

            List<AlertDelivery> recorded = recording.get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
            assertThat(recorded).extracting(AlertDelivery::subscriptionId).containsExactlyInAnyOrder(higher, lower);
        }
        assertThat(TestDatabase.rows(dataSource,
                "SELECT subscription_id FROM delivery_attempts WHERE release_id = ? AND outcome = 'DELIVERED'", releaseId))
                .hasSize(2);
        assertThat(TestDatabase.rows(dataSource,
                "SELECT id FROM subscriptions WHERE id IN (?, ?) AND failing_since IS NOT NULL", lower, higher)).isEmpty();
    }

    @Test
    void deliveriesToHealthyEndpointsAreRecordedWhileTheConsumerHoldsTheirSubscriptions() throws Exception {
        WebhookReceiver receiver = WebhookReceiver.shared();
        String filter = "{\"officials\": [\"official-" + UUID.randomUUID() + "\"]}";
        UUID first = UUID.fromString(SubscriptionsApi.createWebhook(filter, receiver.url(receiver.newPath())).id());
        UUID second = UUID.fromString(SubscriptionsApi.createWebhook(filter, receiver.url(receiver.newPath())).id());
        UUID releaseId = UUID.randomUUID();
        Instant createdAt = Instant.parse("2026-12-06T12:00:00Z");
        Instant attemptedAt = Instant.now();
        List<Attempted> batch = List.of(
                new Attempted(DeliveryChannels.WEBHOOK, pendingAlert(first, releaseId, createdAt), attemptedAt,
                        SendResult.status(204, 5)),
                new Attempted(DeliveryChannels.WEBHOOK, pendingAlert(second, releaseId, createdAt), attemptedAt,
                        SendResult.status(204, 5)));

        try (Connection consumer = dataSource.getConnection()) {
            consumer.setAutoCommit(false);
            try (Statement settings = consumer.createStatement()) {
                settings.execute("SET LOCAL lock_timeout = '20s'");
            }
            lock(consumer, first);
            lock(consumer, second);

            List<AlertDelivery> recorded = CompletableFuture.supplyAsync(() -> recorder.recordAll(batch))
                    .get(PATIENCE.toSeconds(), TimeUnit.SECONDS);

            assertThat(recorded).extracting(AlertDelivery::subscriptionId).containsExactlyInAnyOrder(first, second);
            consumer.commit();
        }
    }

    private ClaimedAlert pendingAlert(UUID subscriptionId, UUID releaseId, Instant createdAt) throws SQLException {
        UUID alertId = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement("""
                     INSERT INTO releases (id, version, payload, received_at) VALUES (?, 1, '{}'::jsonb, ?)
                     ON CONFLICT DO NOTHING
                     """);
             PreparedStatement alert = connection.prepareStatement("""
                     INSERT INTO alerts (id, subscription_id, release_id, release_version, seq, status, attempts,
                                         next_attempt_at, created_at)
                     VALUES (?, ?, ?, 1, 0, 'PENDING', 0, ?, ?)
                     """)) {
            OffsetDateTime created = OffsetDateTime.ofInstant(createdAt, ZoneOffset.UTC);
            release.setObject(1, releaseId);
            release.setObject(2, created);
            release.executeUpdate();
            alert.setObject(1, alertId);
            alert.setObject(2, subscriptionId);
            alert.setObject(3, releaseId);
            // leased far ahead, as a claim does, so the running engine leaves it to this test
            alert.setObject(4, OffsetDateTime.now(ZoneOffset.UTC).plusYears(10));
            alert.setObject(5, created);
            alert.executeUpdate();
        }
        return new ClaimedAlert(alertId, subscriptionId, releaseId, 0, createdAt, "http://127.0.0.1/", "127.0.0.1:80",
                "secret", null, true, 1);
    }

    private static void lock(Connection connection, UUID subscriptionId) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM subscriptions WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, subscriptionId);
            try (ResultSet rows = lock.executeQuery()) {
                assertThat(rows.next()).isTrue();
            }
        }
    }

    private static int backendPid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
