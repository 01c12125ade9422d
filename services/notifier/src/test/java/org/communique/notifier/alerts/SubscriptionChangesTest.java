package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.communique.notifier.support.Webhooks;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.hasSize;

/** The matching index follows subscription changes, including those another instance commits. */
@QuarkusTest
class SubscriptionChangesTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Inject
    AgroalDataSource dataSource;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void aSubscriptionWrittenByAnotherInstanceMatchesTheNextRelease() throws Exception {
        String officialId = "official-" + UUID.randomUUID();
        String path = receiver.newPath();
        // what another instance's API would have committed; this instance only sees the database
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement("""
                     INSERT INTO subscriptions (id, token_hash, webhook_secret, filter, channel_type, target, status, created_at)
                     VALUES (?, ?, 'whsec_dGVzdHRlc3R0ZXN0dGVzdHRlc3R0ZXN0dGVzdA==', ?::jsonb, 'webhook', ?, 'ACTIVE', now())
                     """)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, UUID.randomUUID().toString());
            insert.setString(3, "{\"officials\": [\"" + officialId + "\"]}");
            insert.setString(4, receiver.url(path));
            insert.executeUpdate();
        }
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, path), hasSize(1));
    }

    @Test
    void aDeletedSubscriptionMatchesNothingMore() {
        String officialId = "official-" + UUID.randomUUID();
        String path = receiver.newPath();
        String witness = receiver.newPath();
        Created deleted = SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
        SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(witness));
        given().header("Authorization", "Bearer " + deleted.token())
                .delete("/api/v1/subscriptions/{id}", deleted.id())
                .then().statusCode(204);
        UUID releaseId = UUID.randomUUID();

        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(releaseId, 1, officialId));

        await().atMost(PATIENCE).until(() -> Webhooks.about(releaseId, witness), hasSize(1));
        assertThat(receiver.requestsTo(path)).isEmpty();
    }
}
