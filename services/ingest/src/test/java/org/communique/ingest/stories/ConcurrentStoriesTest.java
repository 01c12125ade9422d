package org.communique.ingest.stories;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.ingest.releases.ReleaseDraft;
import org.communique.ingest.releases.ReleaseIngestor;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Story assignment happens after the commit, by one assigner at a time: many near-identical releases
 * submitted at once from many sources still become one story, and no submission waits on another one's
 * locks, whatever their text.
 */
@QuarkusTest
class ConcurrentStoriesTest {

    private static final int SOURCES = 20;
    private static final int PER_SOURCE = 10;
    private static final int UNRELATED = 20;

    private static final String TITLE = "О переговорах министров иностранных дел Узбекистана и Таджикистана";
    private static final String BODY = "В Ташкенте состоялись переговоры Министра иностранных дел Республики "
            + "Узбекистан с Министром иностранных дел Республики Таджикистан, прибывшим с официальным визитом. "
            + "Стороны обсудили вопросы делимитации государственной границы, водопользования в бассейне реки "
            + "Зеравшан, строительства Рогунской ГЭС и открытия новых пунктов пропуска. Министры договорились "
            + "провести очередное заседание совместной межправительственной комиссии в Душанбе осенью.";

    @Inject
    DataSource dataSource;

    @Inject
    ReleaseIngestor ingestor;

    private TopicProbe probe;

    @BeforeEach
    void setUp() {
        probe = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES);
    }

    @AfterEach
    void tearDown() {
        probe.close();
    }

    @Test
    void twoHundredNearIdenticalReleasesFromTwentySourcesBecomeOneStory() throws Exception {
        List<Feeder> feeders = IntStream.range(0, SOURCES)
                .mapToObj(n -> Feeders.create("Agency " + n, "UZ")).toList();
        List<Map<String, Object>> similar = new ArrayList<>();
        List<Feeder> similarFrom = new ArrayList<>();
        for (int n = 0; n < SOURCES * PER_SOURCE; n++) {
            // each copy differs a little: its own dateline and a closing line, as agencies do
            Map<String, Object> release = Feeders.release(TITLE,
                    "ТАШКЕНТ, " + (n % 28 + 1) + " июня. " + BODY + " Сообщает агентство №" + n + ".");
            release.put("externalId", "talks-uz-tj-" + n);
            similar.add(release);
            similarFrom.add(feeders.get(n % SOURCES));
        }
        List<Map<String, Object>> unrelated = IntStream.range(0, UNRELATED)
                .mapToObj(n -> {
                    Map<String, Object> release = Feeders.release("Unrelated " + n, gibberish(n));
                    release.put("externalId", "unrelated-" + n);
                    return release;
                }).toList();

        List<Response> similarResponses;
        List<Response> unrelatedResponses;
        // the assigner is kept away while the releases are submitted: requests must never need its lock
        try (Connection holder = dataSource.getConnection()) {
            advisoryLock(holder, "pg_advisory_lock");
            try {
                List<CompletableFuture<Response>> similarFutures = new ArrayList<>();
                List<CompletableFuture<Response>> unrelatedFutures = new ArrayList<>();
                ExecutorService pool = Executors.newFixedThreadPool(32);
                try {
                    CountDownLatch start = new CountDownLatch(1);
                    for (int n = 0; n < similar.size(); n++) {
                        Feeder feeder = similarFrom.get(n);
                        Map<String, Object> release = similar.get(n);
                        similarFutures.add(CompletableFuture.supplyAsync(() -> post(start, feeder, release), pool));
                        if (n % (similar.size() / UNRELATED) == 0) {
                            Map<String, Object> other = unrelated.get(unrelatedFutures.size());
                            Feeder otherFeeder = feeders.get(unrelatedFutures.size());
                            unrelatedFutures.add(CompletableFuture.supplyAsync(
                                    () -> post(start, otherFeeder, other), pool));
                        }
                    }
                    start.countDown();
                    similarResponses = similarFutures.stream().map(CompletableFuture::join).toList();
                    unrelatedResponses = unrelatedFutures.stream().map(CompletableFuture::join).toList();
                } finally {
                    pool.shutdownNow();
                }
                assertThat(similarResponses).extracting(Response::statusCode).containsOnly(202);
                assertThat(unrelatedResponses).extracting(Response::statusCode).containsOnly(202);
                // nothing is published before its story is known
                List<String> ids = similarResponses.stream().map(r -> r.<String>path("id")).toList();
                assertThat(queued(ids)).isEqualTo(ids.size());
                assertThat(probe.recordsWithKey(ids.get(0))).isEmpty();
            } finally {
                advisoryLock(holder, "pg_advisory_unlock");
            }
        }

        List<String> similarIds = similarResponses.stream().map(r -> r.<String>path("id")).toList();
        List<String> unrelatedIds = unrelatedResponses.stream().map(r -> r.<String>path("id")).toList();
        List<String> all = new ArrayList<>(similarIds);
        all.addAll(unrelatedIds);
        Map<String, List<String>> events = await().atMost(Duration.ofSeconds(60))
                .until(this::storiesByRelease, byRelease -> byRelease.keySet().containsAll(all));

        // each release exactly one event, so exactly one story id
        assertThat(all).allSatisfy(id -> assertThat(events.get(id)).hasSize(1));
        List<String> stories = similarIds.stream().map(id -> events.get(id).get(0)).distinct().toList();
        assertThat(stories).hasSize(1);
        assertThat(similarIds).contains(stories.get(0));
        assertThat(unrelatedIds).allSatisfy(id -> assertThat(events.get(id)).containsExactly(id));
        assertThat(queued(all)).isZero();
    }

    @Test
    void aSubmissionNeverWaitsForAnotherOnesTransactionEvenWithTheSameText() throws Exception {
        Feeder ministry = Feeders.create("Ministry of Foreign Affairs of Uzbekistan", "UZ");
        Feeder agency = Feeders.create("Agency that reprints fast", "UZ");
        String body = "ТАШКЕНТ, 3 июля. " + BODY + " Переговоры прошли в дружественной атмосфере.";
        CountDownLatch inside = new CountDownLatch(1);
        CountDownLatch finish = new CountDownLatch(1);
        ReleaseDraft draft = new ReleaseDraft("held-open-" + System.nanoTime(), null, null, "ru", TITLE, body,
                Instant.now(), "held-open-hash-" + System.nanoTime());
        // a submission whose transaction stays open, as if its request were slow
        CompletableFuture<Void> heldOpen = CompletableFuture.runAsync(() -> QuarkusTransaction.requiringNew()
                .run(() -> {
                    ingestor.ingest(ministry.source(), draft);
                    inside.countDown();
                    awaitQuietly(finish);
                }));
        try {
            inside.await();
            Map<String, Object> copy = Feeders.release(TITLE, body);
            copy.put("externalId", "reprint-of-held-open");
            Map<String, Object> other = Feeders.release("Unrelated while held open", gibberish(99));
            CompletableFuture<Response> similar = CompletableFuture.supplyAsync(() -> agency.post(copy).extract().response());
            CompletableFuture<Response> unrelated = CompletableFuture.supplyAsync(() -> agency.post(other).extract().response());

            // either both answer, or one of them is stuck waiting for a lock: the second must never happen
            await().atMost(Duration.ofSeconds(60))
                    .until(() -> (similar.isDone() && unrelated.isDone()) || lockWaits() > 0);
            assertThat(lockWaits()).isZero();
            assertThat(similar.join().statusCode()).isEqualTo(202);
            assertThat(unrelated.join().statusCode()).isEqualTo(202);
        } finally {
            finish.countDown();
            heldOpen.join();
        }
    }

    private static Response post(CountDownLatch start, Feeder feeder, Map<String, Object> release) {
        awaitQuietly(start);
        return given().header("Authorization", feeder.authorization()).contentType("application/json")
                .body(release).post("/api/v1/releases");
    }

    /** The story ids on press.releases so far, per release (one entry per event), read in a single poll. */
    private Map<String, List<String>> storiesByRelease() {
        return probe.records().stream().collect(Collectors.groupingBy(ConsumerRecord::key,
                Collectors.mapping(r -> EventJson.decode(r.value(), PressRelease.class).storyId(), Collectors.toList())));
    }

    private long queued(List<String> ids) throws SQLException {
        try (Connection connection = dataSource.getConnection();
             var select = connection.prepareStatement(
                     "SELECT count(*) FROM story_queue WHERE aggregate_id::text = ANY (?)")) {
            select.setArray(1, connection.createArrayOf("text", ids.toArray()));
            try (ResultSet row = select.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    /** Sessions of this database waiting for a lock (row, advisory or any other) right now. */
    private long lockWaits() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM pg_stat_activity "
                     + "WHERE datname = current_database() AND wait_event_type = 'Lock'")) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("SELECT " + function + "(" + StoryAssigner.ASSIGNER_LOCK + ")");
        }
    }

    /** Text that shares nothing with any other: random words from a seeded generator. */
    private static String gibberish(int seed) {
        Random random = new Random(seed * 7919L + 17);
        StringBuilder text = new StringBuilder();
        while (text.length() < 400) {
            int length = 3 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
                text.append((char) ('a' + random.nextInt(26)));
            }
            text.append(' ');
        }
        return text.toString().strip();
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
