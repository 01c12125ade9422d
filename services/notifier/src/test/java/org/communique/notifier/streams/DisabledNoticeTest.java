package org.communique.notifier.streams;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.communique.notifier.support.AtomFeeds;
import org.communique.notifier.support.SseReader;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestClock;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.notifier.support.AtomFeeds.child;
import static org.hamcrest.Matchers.hasSize;

/**
 * The owner of a subscription the service disabled is told on the channels that still reach them: the
 * feed starts with a notice while it is disabled, and its SSE streams get a {@code subscription.disabled}
 * event once per disabling, whether this instance disabled it or another one did (seen on the poll).
 */
@QuarkusTest
class DisabledNoticeTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Several stream polls (1 s) long. */
    private static final Duration A_FEW_POLLS = Duration.ofSeconds(3);

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void theFeedOfASubscriptionDisabledByA410StartsWithANoticeUntilItIsResumed() {
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = goneWebhook(officialId);
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> SubscriptionsApi.get(subscription).getString("status"), "DISABLED"::equals);
        Instant disabledAt = Instant.parse(SubscriptionsApi.get(subscription).getString("disabledAt"));

        Document feed = AtomFeeds.awaitEntries(subscription.feedUrl(), 2, PATIENCE);

        AtomFeeds.assertValid(feed);
        Element notice = AtomFeeds.entries(feed).get(0);
        assertThat(child(notice, "id"))
                .isEqualTo("urn:communique:subscription:" + subscription.id() + ":disabled:" + disabledAt.toEpochMilli());
        assertThat(child(notice, "title")).isEqualTo("Webhook deliveries stopped");
        assertThat(Instant.parse(child(notice, "updated"))).isEqualTo(disabledAt);
        assertThat(Instant.parse(child(feed.getDocumentElement(), "updated"))).isEqualTo(disabledAt);
        assertThat(child(notice, "content"))
                .contains("410 Gone")
                .contains(disabledAt.truncatedTo(ChronoUnit.SECONDS).toString())
                .contains("POST /api/v1/subscriptions/" + subscription.id() + "/resume")
                .contains("Authorization: Bearer <token>");
        assertThat(child(AtomFeeds.entries(feed).get(1), "id")).startsWith("urn:uuid:");
        assertThat(given().get(subscription.feedUrl()).asString()).contains("Bearer &lt;token&gt;");

        SubscriptionsApi.resume(subscription);

        Document resumed = AtomFeeds.fetch(subscription.feedUrl());
        AtomFeeds.assertValid(resumed);
        assertThat(AtomFeeds.entries(resumed)).singleElement()
                .satisfies(entry -> assertThat(child(entry, "id")).startsWith("urn:uuid:"));
    }

    @Test
    void anOpenStreamIsToldOnceWhenItsSubscriptionIsDisabledAndAStreamOpenedLaterAtOnce() throws Exception {
        String officialId = "official-" + UUID.randomUUID();
        Created subscription = goneWebhook(officialId);

        try (SseReader stream = SseReader.open(streamUrl(subscription), subscription.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));

            await().atMost(PATIENCE).until(() -> disabledEvents(stream), hasSize(1));
            SseReader.Event event = disabledEvents(stream).get(0);
            assertThat(event.id()).isNull();
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getMap("$").keySet()).containsExactlyInAnyOrder("subscriptionId", "reason", "disabledAt", "message");
            assertThat(data.getString("subscriptionId")).isEqualTo(subscription.id());
            assertThat(data.getString("reason")).isEqualTo("GONE");
            assertThat(Instant.parse(data.getString("disabledAt")))
                    .isEqualTo(Instant.parse(SubscriptionsApi.get(subscription).getString("disabledAt")));
            assertThat(data.getString("message")).contains("410 Gone")
                    .contains("POST /api/v1/subscriptions/" + subscription.id() + "/resume");
            await().atMost(PATIENCE).until(() -> alertEvents(stream), hasSize(1));
            String lastAlertId = alertEvents(stream).get(0).id();

            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(() -> disabledEvents(stream), hasSize(1));

            // resuming from the last alert: the notice again, and no alert twice
            try (SseReader later = SseReader.open(streamUrl(subscription), subscription.token(), lastAlertId)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> disabledEvents(later), hasSize(1));
                assertThat(later.events()).singleElement().extracting(SseReader.Event::data).isEqualTo(event.data());
            }
        }
    }

    @Test
    void aStreamIsToldOfADisablingAnotherInstanceCommittedAndOfEachLaterOne() throws Exception {
        String path = receiver.newPath();
        Created subscription = SubscriptionsApi.createWebhook(
                "{\"officials\": [\"official-" + UUID.randomUUID() + "\"]}", receiver.url(path));

        try (SseReader stream = SseReader.open(streamUrl(subscription), subscription.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            Instant first = disableElsewhere(subscription);

            await().atMost(PATIENCE).until(() -> disabledEvents(stream), hasSize(1));
            JsonPath data = JsonPath.from(disabledEvents(stream).get(0).data());
            assertThat(data.getString("reason")).isEqualTo("FAILING");
            assertThat(Instant.parse(data.getString("disabledAt"))).isEqualTo(first);
            assertThat(data.getString("message")).contains("failed every delivery attempt for 5 days");
            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(() -> disabledEvents(stream), hasSize(1));

            SubscriptionsApi.resume(subscription);
            Instant second = disableElsewhere(subscription);

            await().atMost(PATIENCE).until(() -> disabledEvents(stream), hasSize(2));
            assertThat(Instant.parse(JsonPath.from(disabledEvents(stream).get(1).data()).getString("disabledAt")))
                    .isEqualTo(second).isAfter(first);
        }
    }

    private Created goneWebhook(String officialId) {
        String path = receiver.newPath();
        receiver.respondWith(path, 410);
        return SubscriptionsApi.createWebhook("{\"officials\": [\"" + officialId + "\"]}", receiver.url(path));
    }

    /** What another instance's DeliveryRecorder writes; no event reaches this instance, only its poll can see it. */
    private Instant disableElsewhere(Created subscription) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        return (Instant) TestDatabase.rows(dataSource, """
                UPDATE subscriptions SET status = 'DISABLED', disabled_reason = 'FAILING', disabled_at = ?
                WHERE id = ? RETURNING disabled_at
                """, now, UUID.fromString(subscription.id())).get(0).get("disabled_at");
    }

    private static String streamUrl(Created subscription) {
        return "http://localhost:" + RestAssured.port + "/api/v1/subscriptions/" + subscription.id() + "/stream";
    }

    private static List<SseReader.Event> disabledEvents(SseReader stream) {
        return stream.events().stream().filter(e -> "subscription.disabled".equals(e.name())).toList();
    }

    private static List<SseReader.Event> alertEvents(SseReader stream) {
        return stream.events().stream().filter(e -> "alert".equals(e.name())).toList();
    }
}
