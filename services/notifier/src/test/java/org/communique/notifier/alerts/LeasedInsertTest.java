package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.matching.SubscriptionMatch;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The consumer's insert leases the webhook alerts of active subscriptions and answers them ready to send
 * (what a claim would have answered), so the delivery engine gets them without a claim; a paused
 * subscription's alert is not leased (it waits, due, for the resume); an alert that exists already is
 * neither inserted nor handed over again.
 */
@QuarkusTest
class LeasedInsertTest {

    @Inject
    AgroalDataSource dataSource;

    @Inject
    AlertStore alerts;

    @Inject
    ReleaseStore releases;

    @Test
    void webhookAlertsOfActiveSubscriptionsAreInsertedLeasedAndHandedOverOnce() {
        WebhookReceiver receiver = WebhookReceiver.shared();
        // matched by nothing the consumer reads: the alerts here are inserted by the test alone
        String filter = "{\"officials\": [\"official-" + UUID.randomUUID() + "\"]}";
        String activeUrl = receiver.url(receiver.newPath());
        SubscriptionsApi.Created active = SubscriptionsApi.createWebhook(filter, activeUrl);
        SubscriptionsApi.Created paused = SubscriptionsApi.createWebhook(filter, receiver.url(receiver.newPath()));
        given().header("Authorization", "Bearer " + paused.token())
                .post("/api/v1/subscriptions/{id}/pause", paused.id()).then().statusCode(200);
        EnrichedRelease release = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 2);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Instant leaseUntil = now.plusSeconds(600);
        List<NewAlert> batch = List.of(
                new NewAlert(new SubscriptionMatch(UUID.fromString(active.id()), false), release.release()),
                new NewAlert(new SubscriptionMatch(UUID.fromString(paused.id()), false), release.release()));

        AlertStore.Inserted first = QuarkusTransaction.requiringNew().call(() -> {
            releases.storeAll(List.of(EncodedRelease.of(release)), now);
            return alerts.insertPending(batch, now, leaseUntil);
        });

        assertThat(first.created()).containsEntry(release.release().id(), 2);
        assertThat(first.leased()).singleElement().satisfies(alert -> {
            assertThat(alert.subscriptionId()).hasToString(active.id());
            assertThat(alert.releaseId()).isEqualTo(release.release().id());
            assertThat(alert.attempts()).isZero();
            assertThat(alert.subscriptionActive()).isTrue();
            assertThat(alert.target()).isEqualTo(activeUrl);
            assertThat(alert.webhookSecret()).isEqualTo(active.secret());
            assertThat(alert.previousWebhookSecret()).isNull();
            assertThat(alert.releaseVersion()).isEqualTo(2);
        });
        assertThat(dueAt(active)).isEqualTo(leaseUntil);
        assertThat(dueAt(paused)).isEqualTo(now);

        AlertStore.Inserted again = QuarkusTransaction.requiringNew().call(() -> alerts.insertPending(batch, now,
                leaseUntil));
        assertThat(again.created()).isEmpty();
        assertThat(again.leased()).isEmpty();
    }

    private Instant dueAt(SubscriptionsApi.Created subscription) {
        return (Instant) TestDatabase.rows(dataSource, "SELECT next_attempt_at FROM alerts WHERE subscription_id = ?",
                UUID.fromString(subscription.id())).get(0).get("next_attempt_at");
    }
}
