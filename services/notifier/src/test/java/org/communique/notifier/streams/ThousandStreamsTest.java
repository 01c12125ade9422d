package org.communique.notifier.streams;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import jakarta.inject.Inject;
import org.communique.notifier.support.Clients;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 11's "1,000 open SSE streams", over HTTP with a non-blocking client (Vert.x: one connection per stream,
 * no thread per stream): the instance's 1,000 are accepted and stay open, one more per subscription gets 429
 * and one more on the instance 503, both problem+json; while the 1,000 are open, the database sees a few
 * transactions per poll for all of them together (counted by PostgreSQL, {@code pg_stat_database}), not one per
 * stream and second; then a release every subscription follows reaches each of the 1,000 streams once, and no
 * stream was ended by the server after its 200. The figures (accepted, refused, heap, statements) are printed.
 */
@QuarkusTest
@TestProfile(ThousandStreamsTest.Profile.class)
class ThousandStreamsTest {

    static final int PER_SUBSCRIPTION = 5;
    static final int PER_INSTANCE = 1000;
    private static final Duration WINDOW = Duration.ofSeconds(10);
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The production caps, stated here rather than inherited, and the pool's counters on. */
    public static class Profile implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "communique.notifier.streams.max-per-subscription", Integer.toString(PER_SUBSCRIPTION),
                    "communique.notifier.streams.max-per-instance", Integer.toString(PER_INSTANCE),
                    "communique.notifier.streams.poll-interval", "1s",
                    "quarkus.datasource.metrics.enabled", "true",
                    "quarkus.datasource.jdbc.enable-metrics", "true");
        }
    }

    @Inject
    Vertx vertx;

    @Inject
    AlertStreams streams;

    @Inject
    AgroalDataSource dataSource;

    private HttpClient client;

    @AfterEach
    void closeClient() {
        if (client != null) {
            client.close().toCompletionStage().toCompletableFuture().join();
        }
    }

    @Test
    void aThousandStreamsStayOpenTheNextAreRefusedAndNoneCostsAQueryOfItsOwn() throws Exception {
        client = vertx.createHttpClient(new HttpClientOptions().setDefaultHost("localhost")
                .setDefaultPort(RestAssured.port).setKeepAlive(false), new PoolOptions().setHttp1MaxSize(PER_INSTANCE + 100));
        assertThat(streams.open()).isZero();
        // every subscription follows an official of this run's own, so the release below reaches them and no other
        String officialId = "official-" + UUID.randomUUID();
        List<SubscriptionsApi.Created> subscriptions = new ArrayList<>();
        for (int i = 0; i < PER_INSTANCE / PER_SUBSCRIPTION + 1; i++) {
            Response created = Clients.create(Clients.newClient(), "{\"officials\": [\"" + officialId + "\"]}",
                    "{\"type\": \"sse\"}");
            created.then().statusCode(201);
            subscriptions.add(new SubscriptionsApi.Created(created.path("id"), created.path("token"), null));
        }
        long heapBefore = usedHeapAfterGc();
        AtomicLong bytesRead = new AtomicLong();
        List<Opened> streaming = new ArrayList<>();
        long started = System.nanoTime();

        // one subscription's five, then its sixth: 429
        for (int i = 0; i < PER_SUBSCRIPTION; i++) {
            Opened stream = resolved(open(subscriptions.get(0), bytesRead));
            assertThat(stream.statusCode()).isEqualTo(200);
            streaming.add(stream);
        }
        Opened sixth = resolved(open(subscriptions.get(0), bytesRead));
        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.header("Content-Type")).startsWith("application/problem+json");
        assertThat(sixth.header("Retry-After")).isNotBlank();
        String perSubscriptionProblem = sixth.refusal();
        assertThat(perSubscriptionProblem).contains("\"status\":429");

        // the other 995 of the instance, all at once
        List<Future<Opened>> rest = new ArrayList<>();
        for (SubscriptionsApi.Created subscription : subscriptions.subList(1, subscriptions.size() - 1)) {
            for (int i = 0; i < PER_SUBSCRIPTION; i++) {
                rest.add(open(subscription, bytesRead));
            }
        }
        int accepted = PER_SUBSCRIPTION;
        for (Future<Opened> response : rest) {
            Opened stream = resolved(response);
            if (stream.statusCode() == 200) {
                accepted++;
                streaming.add(stream);
            }
        }
        long openingMillis = (System.nanoTime() - started) / 1_000_000;
        assertThat(accepted).isEqualTo(PER_INSTANCE);
        assertThat(streams.open()).isEqualTo(PER_INSTANCE);

        // the instance is full: a stream of a subscription with none open gets 503
        int refusedByInstance = 0;
        for (int i = 0; i < PER_SUBSCRIPTION; i++) {
            Opened refused = resolved(open(subscriptions.get(subscriptions.size() - 1), bytesRead));
            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
            assertThat(refused.header("Retry-After")).isNotBlank();
            assertThat(refused.refusal()).contains("\"status\":503");
            refusedByInstance++;
        }
        long heapOpen = usedHeapAfterGc();

        // statements while the 1,000 are open: one per stream and second would be 10,000 in the window
        long acquiredBefore = dataSource.getMetrics().acquireCount();
        long transactionsBefore = transactions();
        long windowStarted = System.nanoTime();
        await().pollDelay(WINDOW).atMost(WINDOW.plusSeconds(5)).until(() -> true);
        long windowMillis = (System.nanoTime() - windowStarted) / 1_000_000;
        long acquired = dataSource.getMetrics().acquireCount() - acquiredBefore;
        long transactions = transactions() - transactionsBefore;
        assertThat(streams.open()).isEqualTo(PER_INSTANCE);
        assertThat(transactions).isPositive().isLessThan(PER_INSTANCE);

        // one release every subscription follows: each of the 1,000 streams gets its alert, once
        TestReleases.publish(TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 1, officialId));
        await().atMost(PATIENCE).until(() -> streaming.stream().allMatch(stream -> stream.alerts() > 0)
                || streaming.stream().anyMatch(Opened::ended));
        assertThat(streaming.stream().filter(Opened::ended).count()).as("streams ended by the server after their 200")
                .isZero();
        assertThat(streaming).hasSize(PER_INSTANCE).allSatisfy(stream -> assertThat(stream.alerts()).isEqualTo(1));

        System.out.printf("1,000 streams: %d accepted in %d ms, %d refused per subscription (429), %d refused per instance"
                        + " (503); heap %d MiB before, %d MiB with them open; in %d ms with all open, %d transactions in the"
                        + " notifier's database (%.1f per second for all %d streams together), %d connection acquisitions"
                        + " (0 if the pool's counters are off); %d bytes read by the clients%n",
                accepted, openingMillis, 1, refusedByInstance, heapBefore >> 20, heapOpen >> 20, windowMillis, transactions,
                transactions * 1000.0 / windowMillis, accepted, acquired, bytesRead.get());
    }

    /**
     * A stream's answer: the response, and the body of a refusal (read at once, before Vert.x drops it); of an
     * accepted stream, what it has read so far and whether the server ended or broke it.
     */
    private record Opened(HttpClientResponse response, String refusal, StringBuffer read, AtomicBoolean closed) {
        int statusCode() {
            return response.statusCode();
        }

        boolean ended() {
            return closed.get();
        }

        /** Alert events read, counted by their {@code event:} lines. */
        long alerts() {
            return read.toString().lines()
                    .filter(line -> line.startsWith("event:") && line.substring(6).strip().equals("alert")).count();
        }

        String header(String name) {
            return response.getHeader(name);
        }
    }

    private Future<Opened> open(SubscriptionsApi.Created subscription, AtomicLong bytesRead) {
        return client.request(HttpMethod.GET, "/api/v1/subscriptions/" + subscription.id() + "/stream")
                .compose(request -> request.putHeader("Accept", "text/event-stream")
                        .putHeader("Authorization", "Bearer " + subscription.token()).send())
                .compose(response -> {
                    if (response.statusCode() == 200) {
                        StringBuffer read = new StringBuffer();
                        AtomicBoolean closed = new AtomicBoolean();
                        response.handler(chunk -> {
                            bytesRead.addAndGet(chunk.length());
                            read.append(chunk.toString());
                        });
                        response.endHandler(end -> closed.set(true));
                        response.exceptionHandler(broken -> closed.set(true));
                        return Future.succeededFuture(new Opened(response, null, read, closed));
                    }
                    return response.body().map(body -> new Opened(response, body.toString(), null, null));
                });
    }

    private static <T> T resolved(Future<T> future) throws Exception {
        return future.toCompletionStage().toCompletableFuture().get(2, TimeUnit.MINUTES);
    }

    /**
     * Transactions PostgreSQL has counted in this database, every client of it included (each statement outside a
     * transaction is one). Each backend reports its counts when it goes idle, at most once a second, so the figure
     * lags by a little; this connection's own are flushed first.
     */
    private long transactions() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("SELECT pg_stat_force_next_flush()");
            try (ResultSet rows = statement.executeQuery("SELECT xact_commit + xact_rollback FROM pg_stat_database"
                    + " WHERE datname = current_database()")) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long usedHeapAfterGc() {
        System.gc();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
