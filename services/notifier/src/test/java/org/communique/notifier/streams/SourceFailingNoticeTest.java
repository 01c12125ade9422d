package org.communique.notifier.streams;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.communique.contracts.EnrichedRelease;
import org.communique.notifier.support.AtomFeeds;
import org.communique.notifier.support.SseReader;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestClock;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.TestReleases;
import org.communique.notifier.support.TestSourceHealth;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.communique.notifier.support.AtomFeeds.child;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.hasSize;

/**
 * Subscribers whose filter names a source that is FAILING are told: the feed starts with a notice until
 * the source recovers, and open SSE streams get {@code source.failing} once per failure and
 * {@code source.recovered} when it is over, whether this instance consumed the record or another one did
 * (seen on the poll). Subscriptions that do not name the source are told nothing.
 */
@QuarkusTest
class SourceFailingNoticeTest {

    /** A source's error as an ingest might word it, and as subscribers may see it (item 6 of issue 11). */
    private static final String RAW_ERROR = "HTTP 503 & <busy> from https://bot:s3cret@mfa.example.kz/rss?key=abc"
            + " via 10.0.0.5:8080 (java.net.SocketException: reset)";
    private static final String SHOWN_ERROR = "HTTP 503 & <busy> from https://mfa.example.kz/rss via <internal address>"
            + " (reset)";

    private static final Duration PATIENCE = Duration.ofSeconds(30);
    /** Several stream polls (1 s) long. */
    private static final Duration A_FEW_POLLS = Duration.ofSeconds(3);
    private static final String FEED = "{\"type\": \"feed\"}";
    private static final String SSE = "{\"type\": \"sse\"}";

    @Inject
    AgroalDataSource dataSource;

    @Inject
    TestClock clock;

    @Test
    void theFeedOfASubscriptionNamingAFailingSourceStartsWithANoticeUntilTheSourceRecovers() {
        UUID sourceId = UUID.randomUUID();
        String officialId = "official-" + UUID.randomUUID();
        Created naming = SubscriptionsApi.create(sources(sourceId), FEED);
        Created namingAnother = SubscriptionsApi.create(sources(UUID.randomUUID()), FEED);
        Created notNamingAny = SubscriptionsApi.create("{\"officials\": [\"" + officialId + "\"]}", FEED);
        EnrichedRelease release = TestReleases.variant(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId))
                .source(sourceId).build();
        TestReleases.publish(release);
        AtomFeeds.awaitEntries(naming.feedUrl(), 1, PATIENCE);
        AtomFeeds.awaitEntries(notNamingAny.feedUrl(), 1, PATIENCE);

        String name = "MFA <Kazakhstan> & \"partners\"";
        Instant failingSince = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        TestSourceHealth.publish(TestSourceHealth.failing(sourceId, name, 3, RAW_ERROR,
                failingSince));

        Document feed = AtomFeeds.awaitEntries(naming.feedUrl(), 2, PATIENCE);

        AtomFeeds.assertValid(feed);
        Element notice = AtomFeeds.entries(feed).get(0);
        assertThat(child(notice, "id")).isEqualTo("urn:communique:source:" + sourceId + ":failing:" + failingSince.toEpochMilli());
        assertThat(child(notice, "title")).isEqualTo("Source failing: " + name);
        assertThat(Instant.parse(child(notice, "updated"))).isEqualTo(failingSince);
        assertThat(Instant.parse(child(feed.getDocumentElement(), "updated"))).isEqualTo(failingSince);
        assertThat(child(notice, "content"))
                .contains("failed 3 times in a row")
                .contains(SHOWN_ERROR)
                .contains("since " + failingSince.truncatedTo(ChronoUnit.SECONDS))
                .contains("will resume when it recovers");
        assertThat(child(AtomFeeds.entries(feed).get(1), "id")).isEqualTo("urn:uuid:" + alertId(naming));
        assertThat(given().get(naming.feedUrl()).asString())
                .contains("Source failing: MFA &lt;Kazakhstan&gt; &amp;")
                .doesNotContain("<Kazakhstan>");
        assertThat(AtomFeeds.entries(AtomFeeds.fetch(namingAnother.feedUrl()))).isEmpty();
        assertThat(AtomFeeds.entries(AtomFeeds.fetch(notNamingAny.feedUrl()))).singleElement()
                .satisfies(entry -> assertThat(child(entry, "id")).startsWith("urn:uuid:"));

        List<Map<String, Object>> failing = SubscriptionsApi.get(naming).getList("failingSources");
        assertThat(failing).singleElement().satisfies(source -> {
            assertThat(source).containsOnlyKeys("id", "name", "since", "lastError");
            assertThat(source.get("id")).isEqualTo(sourceId.toString());
            assertThat(source.get("name")).isEqualTo(name);
            assertThat(Instant.parse((String) source.get("since"))).isEqualTo(failingSince);
            assertThat(source.get("lastError")).isEqualTo(SHOWN_ERROR);
        });
        assertThat(SubscriptionsApi.get(notNamingAny).getList("failingSources")).isEmpty();

        TestSourceHealth.publish(TestSourceHealth.recovered(sourceId, name, failingSince.plusSeconds(600)));

        Document recovered = AtomFeeds.awaitEntries(naming.feedUrl(), 1, PATIENCE);
        AtomFeeds.assertValid(recovered);
        assertThat(AtomFeeds.entries(recovered)).singleElement()
                .satisfies(entry -> assertThat(child(entry, "id")).startsWith("urn:uuid:"));
        assertThat(SubscriptionsApi.get(naming).getList("failingSources")).isEmpty();
    }

    @Test
    void anOpenStreamIsToldOnceThatASourceItNamesIsFailingThenThatItRecovered() throws Exception {
        UUID sourceId = UUID.randomUUID();
        Created naming = SubscriptionsApi.create(sources(UUID.randomUUID(), sourceId), SSE);
        Created notNaming = SubscriptionsApi.create(sources(UUID.randomUUID()), SSE);
        Created noSources = SubscriptionsApi.create("{\"officials\": [\"official-" + UUID.randomUUID() + "\"]}", SSE);

        try (SseReader stream = SseReader.open(streamUrl(naming), naming.token(), null);
             SseReader other = SseReader.open(streamUrl(notNaming), notNaming.token(), null);
             SseReader unfiltered = SseReader.open(streamUrl(noSources), noSources.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            Instant failingSince = clock.instant().truncatedTo(ChronoUnit.MILLIS);
            TestSourceHealth.publish(TestSourceHealth.failing(sourceId, "MFA of Kyrgyzstan", 4, "connect timed out", failingSince));

            await().atMost(PATIENCE).until(() -> events(stream, "source.failing"), hasSize(1));
            SseReader.Event event = events(stream, "source.failing").get(0);
            assertThat(event.id()).isNull();
            JsonPath data = JsonPath.from(event.data());
            assertThat(data.getMap("$").keySet())
                    .containsExactlyInAnyOrder("sourceId", "sourceName", "consecutiveFailures", "lastError", "changedAt");
            assertThat(data.getString("sourceId")).isEqualTo(sourceId.toString());
            assertThat(data.getString("sourceName")).isEqualTo("MFA of Kyrgyzstan");
            assertThat(data.getInt("consecutiveFailures")).isEqualTo(4);
            assertThat(data.getString("lastError")).isEqualTo("connect timed out");
            assertThat(Instant.parse(data.getString("changedAt"))).isEqualTo(failingSince);

            // a redelivered record tells nobody again, and neither does the poll
            TestSourceHealth.publish(TestSourceHealth.failing(sourceId, "MFA of Kyrgyzstan", 4, "connect timed out", failingSince));
            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(() -> events(stream, "source.failing"), hasSize(1));

            // a stream opened while the source is failing is told at once
            try (SseReader later = SseReader.open(streamUrl(naming), naming.token(), null)) {
                await().atMost(Duration.ofSeconds(5)).until(() -> events(later, "source.failing"), hasSize(1));
                assertThat(later.events()).singleElement().extracting(SseReader.Event::data).isEqualTo(event.data());
            }

            Instant recoveredAt = failingSince.plusSeconds(900);
            TestSourceHealth.publish(TestSourceHealth.recovered(sourceId, "MFA of Kyrgyzstan", recoveredAt));

            await().atMost(PATIENCE).until(() -> events(stream, "source.recovered"), hasSize(1));
            SseReader.Event recovered = events(stream, "source.recovered").get(0);
            assertThat(recovered.id()).isNull();
            JsonPath recoveredData = JsonPath.from(recovered.data());
            assertThat(recoveredData.getMap("$").keySet())
                    .containsExactlyInAnyOrder("sourceId", "sourceName", "status", "changedAt");
            assertThat(recoveredData.getString("sourceId")).isEqualTo(sourceId.toString());
            assertThat(recoveredData.getString("status")).isEqualTo("OK");
            assertThat(Instant.parse(recoveredData.getString("changedAt"))).isEqualTo(recoveredAt);
            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(stream::events, hasSize(2));
            assertThat(stream.events()).extracting(SseReader.Event::name).containsExactly("source.failing", "source.recovered");

            assertThat(sourceEvents(other)).isEmpty();
            assertThat(sourceEvents(unfiltered)).isEmpty();
        }
    }

    @Test
    void aStreamIsToldOfAFailureAndARecoveryAnotherInstanceCommitted() throws Exception {
        UUID sourceId = UUID.randomUUID();
        Created naming = SubscriptionsApi.create(sources(sourceId), SSE);

        try (SseReader stream = SseReader.open(streamUrl(naming), naming.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            Instant failingSince = storeElsewhere(sourceId, "FAILING", clock.instant().truncatedTo(ChronoUnit.MILLIS));

            await().atMost(PATIENCE).until(() -> events(stream, "source.failing"), hasSize(1));
            assertThat(Instant.parse(JsonPath.from(events(stream, "source.failing").get(0).data()).getString("changedAt")))
                    .isEqualTo(failingSince);
            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(() -> events(stream, "source.failing"), hasSize(1));
            assertThat(events(stream, "source.recovered")).isEmpty();

            storeElsewhere(sourceId, "DEGRADED", failingSince.plusSeconds(60));

            await().atMost(PATIENCE).until(() -> events(stream, "source.recovered"), hasSize(1));
            assertThat(JsonPath.from(events(stream, "source.recovered").get(0).data()).getString("status")).isEqualTo("DEGRADED");

            Instant failingAgain = storeElsewhere(sourceId, "FAILING", failingSince.plusSeconds(120));

            await().atMost(PATIENCE).until(() -> events(stream, "source.failing"), hasSize(2));
            assertThat(Instant.parse(JsonPath.from(events(stream, "source.failing").get(1).data()).getString("changedAt")))
                    .isEqualTo(failingAgain);
        }
    }

    @Test
    void aSourceThatNeverFailedWhileTheStreamWasOpenDoesNotRecoverOnIt() throws Exception {
        UUID sourceId = UUID.randomUUID();
        Created naming = SubscriptionsApi.create(sources(sourceId), SSE);
        storeElsewhere(sourceId, "OK", clock.instant().truncatedTo(ChronoUnit.MILLIS));

        try (SseReader stream = SseReader.open(streamUrl(naming), naming.token(), null)) {
            assertThat(stream.status()).isEqualTo(200);
            TestSourceHealth.publish(TestSourceHealth.recovered(sourceId, "MFA", clock.instant().plusSeconds(1)));

            await().during(A_FEW_POLLS).atMost(A_FEW_POLLS.plusSeconds(2)).until(stream::events, empty());
        }
    }

    /** What another instance's consumer commits; no event reaches this instance, only its poll can see it. */
    private Instant storeElsewhere(UUID sourceId, String status, Instant changedAt) {
        return (Instant) TestDatabase.rows(dataSource, """
                INSERT INTO source_health (source_id, source_name, status, consecutive_failures, last_error, changed_at)
                VALUES (?, 'MFA of Tajikistan', ?, 3, 'HTTP 500', ?)
                ON CONFLICT (source_id) DO UPDATE SET status = EXCLUDED.status, changed_at = EXCLUDED.changed_at
                RETURNING changed_at
                """, sourceId, status, OffsetDateTime.ofInstant(changedAt, ZoneOffset.UTC)).get(0).get("changed_at");
    }

    private String alertId(Created subscription) {
        return TestDatabase.rows(dataSource, "SELECT id FROM alerts WHERE subscription_id = ?",
                UUID.fromString(subscription.id())).get(0).get("id").toString();
    }

    private static String sources(UUID... ids) {
        StringBuilder json = new StringBuilder("{\"sources\": [");
        for (int i = 0; i < ids.length; i++) {
            json.append(i == 0 ? "" : ", ").append('"').append(ids[i]).append('"');
        }
        return json.append("]}").toString();
    }

    private static String streamUrl(Created subscription) {
        return "http://localhost:" + RestAssured.port + "/api/v1/subscriptions/" + subscription.id() + "/stream";
    }

    private static List<SseReader.Event> sourceEvents(SseReader stream) {
        return stream.events().stream().filter(e -> e.name() != null && e.name().startsWith("source.")).toList();
    }

    private static List<SseReader.Event> events(SseReader stream, String name) {
        return stream.events().stream().filter(e -> name.equals(e.name())).toList();
    }
}
