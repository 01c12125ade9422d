package org.communique.notifier.streams;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.support.AtomFeeds;
import org.communique.notifier.support.SseReader;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.notifier.support.AtomFeeds.child;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

/** Every subscription has a live SSE stream that resumes from Last-Event-ID, and an Atom feed. */
@QuarkusTest
class StreamAndFeedTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void sseAndFeedChannelsNeedNoUrlAndGetNoSecret() {
        JsonPath created = create("{\"officials\": [\"x\"]}", "{\"type\": \"sse\"}").jsonPath();
        assertThat(created.getString("secret")).isNull();
        assertThat(created.getString("token")).isNotBlank();
        assertThat(created.getString("feedUrl")).matches("http://[^/]+/feeds/feed_[A-Za-z0-9_-]{40,}\\.atom");
        given().header("Authorization", "Bearer " + created.getString("token"))
                .get("/api/v1/subscriptions/{id}", created.getString("id"))
                .then().statusCode(200).body("channel.type", equalTo("sse")).body("channel.url", nullValue());

        given().contentType(ContentType.JSON).body("{\"filter\": {}, \"channel\": {\"type\": \"feed\", \"url\": \"http://127.0.0.1/x\"}}")
                .post("/api/v1/subscriptions").then().statusCode(400).body("errors[0].field", equalTo("channel.url"));
        given().contentType(ContentType.JSON).body("{\"filter\": {}, \"channel\": {\"type\": \"pigeon\"}}")
                .post("/api/v1/subscriptions").then().statusCode(400)
                .body("errors[0].message", equalTo("must be one of webhook, email, sse, feed"));
    }

    @Test
    void theStreamDeliversLiveAndResumesAfterTheLastEventId() throws Exception {
        String officialId = "official-" + UUID.randomUUID();
        JsonPath created = create("{\"officials\": [\"" + officialId + "\"]}", "{\"type\": \"sse\"}").jsonPath();
        String url = "http://localhost:" + RestAssured.port + "/api/v1/subscriptions/" + created.getString("id") + "/stream";
        String token = created.getString("token");
        UUID first = UUID.randomUUID();

        String firstId;
        try (SseReader stream = SseReader.open(url, token, null)) {
            assertThat(stream.status()).isEqualTo(200);
            assertThat(stream.contentType()).startsWith("text/event-stream");
            TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(first, 1, officialId));
            await().atMost(PATIENCE).until(stream::events, hasSize(1));
            SseReader.Event event = stream.events().get(0);
            assertThat(event.name()).isEqualTo("alert");
            assertThat(JsonPath.from(event.data()).getString("type")).isEqualTo("alert.created");
            assertThat(JsonPath.from(event.data()).getString("data.release.release.id")).isEqualTo(first.toString());
            firstId = event.id();
        }

        UUID second = UUID.randomUUID();
        UUID third = UUID.randomUUID();
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(second, 1, officialId));
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(third, 1, officialId));
        AtomFeeds.awaitEntries(created.getString("feedUrl"), 3, PATIENCE);

        try (SseReader resumed = SseReader.open(url, token, firstId)) {
            await().atMost(PATIENCE).until(resumed::events, hasSize(2));
            List<SseReader.Event> events = resumed.events();
            assertThat(events).extracting(e -> JsonPath.from(e.data()).getString("data.release.release.id"))
                    .containsExactly(second.toString(), third.toString());
            assertThat(Long.parseLong(events.get(0).id())).isGreaterThan(Long.parseLong(firstId));
            assertThat(Long.parseLong(events.get(1).id())).isGreaterThan(Long.parseLong(events.get(0).id()));
        }
    }

    @Test
    void theStreamNeedsTheToken() {
        JsonPath created = create("{\"countries\": [\"AQ\"]}", "{\"type\": \"sse\"}").jsonPath();

        given().get("/api/v1/subscriptions/{id}/stream", created.getString("id"))
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Bearer " + created.getString("token")).header("Last-Event-ID", "abc")
                .get("/api/v1/subscriptions/{id}/stream", created.getString("id"))
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void aWebhookSubscriptionHasAValidAtomFeedWithItsAlertsNewestFirstAndEscaped() throws Exception {
        String officialId = "official-" + UUID.randomUUID();
        String feedUrl = create("{\"officials\": [\"" + officialId + "\"]}",
                "{\"type\": \"webhook\", \"url\": \"" + WebhookReceiver.shared().url(WebhookReceiver.shared().newPath()) + "\"}")
                .path("feedUrl");
        EnrichedRelease base = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId);
        EnrichedRelease hostile = TestReleases.variant(base).id(UUID.randomUUID())
                .text("<script>alert(1)</script> & \"визит\"", "Текст\u0001 с <b>разметкой</b> & амперсандом").build();
        TestReleases.publish(base);
        TestReleases.publish(hostile);

        Document feed = AtomFeeds.awaitEntries(feedUrl, 2, PATIENCE);

        AtomFeeds.assertValid(feed);
        List<Element> entries = AtomFeeds.entries(feed);
        Element newest = entries.get(0);
        assertThat(child(newest, "title")).isEqualTo("<script>alert(1)</script> & \"визит\"");
        assertThat(child(newest, "content")).isEqualTo("Текст с <b>разметкой</b> & амперсандом");
        assertThat(child(newest, "id")).startsWith("urn:uuid:");
        assertThat(child(newest, "updated")).isNotBlank();
        assertThat(child(entries.get(1), "title")).isEqualTo(base.release().title());
        String raw = given().get(feedUrl).asString();
        assertThat(raw).doesNotContain("<script>").contains("&lt;script&gt;");
    }

    @Test
    void unknownFeedTokensAreNotFound() {
        given().get("/feeds/feed_not-a-real-token.atom").then().statusCode(404).contentType("application/problem+json");
        given().get("/feeds/whatever.rss").then().statusCode(404);
    }

    private static ExtractableResponse<Response> create(String filter, String channel) {
        return given().contentType(ContentType.JSON)
                .body("{\"filter\": " + filter + ", \"channel\": " + channel + "}")
                .post("/api/v1/subscriptions")
                .then().statusCode(201).extract();
    }
}
