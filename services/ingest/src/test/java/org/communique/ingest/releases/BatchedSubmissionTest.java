package org.communique.ingest.releases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.ingest.QueuedEvents;
import org.communique.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Pushed releases are stored in batches (group commit): many at once still each get exactly one row and one
 * event, versions of one release stay consistent however the requests fall into batches, and a release the
 * database refuses fails alone.
 */
@QuarkusTest
class BatchedSubmissionTest {

    private static final int FEEDERS = 10;
    private static final int PER_FEEDER = 50;

    @Inject
    SubmissionBatcher batcher;

    @Inject
    DataSource dataSource;

    @Test
    void fiveHundredDistinctReleasesAtOnceEachGetOneRowAndOneEvent() throws Exception {
        // ten sources, so that no source passes its request burst
        List<Feeder> feeders = IntStream.range(0, FEEDERS).mapToObj(n -> Feeders.create("Batch feeder " + n, "KZ"))
                .toList();

        List<Response> responses = submitAtOnce(FEEDERS * PER_FEEDER, 64, n -> feeders.get(n % FEEDERS), n -> {
            Map<String, Object> release = Feeders.release("Statement number " + n, "Astana, text of statement " + n);
            release.put("externalId", "batch-" + n);
            return release;
        });

        assertThat(responses).extracting(Response::statusCode).containsOnly(202);
        assertThat(responses).extracting(r -> r.<String>path("status")).containsOnly("created");
        List<String> ids = responses.stream().map(r -> r.<String>path("id")).toList();
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.count("id in ?1",
                ids.stream().map(UUID::fromString).toList()))).isEqualTo(ids.size());
        assertThat(ids).allSatisfy(id -> assertThat(QueuedEvents.ofRelease(id)).isEqualTo(1));
    }

    @Test
    void fiftySubmissionsOfOneReleaseAtOnceGiveConsistentVersions() throws Exception {
        Feeder feeder = Feeders.create("Feeder that edits in a hurry", "KG");

        // even submissions each carry an edit of their own, odd ones all the same text
        List<Response> responses = submitAtOnce(50, 50, n -> feeder, n -> {
            Map<String, Object> edit = Feeders.release("Bishkek hosts the summit",
                    n % 2 == 0 ? "Edit number " + n : "The text most copies carry");
            edit.put("externalId", "kg-summit");
            return edit;
        });

        assertThat(responses).extracting(Response::statusCode).containsOnly(202);
        String id = responses.get(0).path("id");
        assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(id);
        List<Response> changes = responses.stream().filter(r -> !"unchanged".equals(r.path("status"))).toList();
        assertThat(changes).extracting(r -> r.<String>path("status")).containsOnlyOnce("created");
        int versions = changes.size();
        // 25 distinct edits and the common text at least once; a version per content change, no gap, no repeat
        assertThat(versions).isBetween(26, 50);
        assertThat(changes).extracting(r -> r.<Integer>path("version"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, versions).boxed().toList());
        assertThat(responses).extracting(r -> r.<Integer>path("version")).allSatisfy(v -> assertThat(v)
                .isBetween(1, versions));
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.<Release>findById(UUID.fromString(id)).version))
                .isEqualTo(versions);
        assertThat(QueuedEvents.ofRelease(id)).isEqualTo(versions);
    }

    @Test
    void aReleaseTheDatabaseRefusesFailsAloneAndTheRestOfItsBatchIsStored() throws Exception {
        Feeder feeder = Feeders.create("Feeder with one poisoned release", "TJ");
        List<PendingSubmission> batch = new ArrayList<>();
        for (int n = 0; n < 5; n++) {
            ReleaseSubmission submission = new ReleaseSubmission("poison-batch-" + n, null,
                    n == 2 ? "POISONED statement" : "Healthy statement " + n, "Dushanbe, text " + n, "ru", null);
            batch.add(new PendingSubmission(feeder.source(), submission, SubmissionValidator.validate(submission),
                    null, null));
        }
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            // a real constraint of the database, which the validator does not know about
            statement.execute("ALTER TABLE releases ADD CONSTRAINT test_no_poison CHECK (title NOT LIKE 'POISONED%')"
                    + " NOT VALID");
            try {
                batcher.store(batch);

                Map<String, Object> poisoned = Feeders.release("POISONED over HTTP", "Dushanbe.");
                feeder.post(poisoned).statusCode(422)
                        .contentType("application/problem+json")
                        .body("type", equalTo("https://communique.org/problems/release-not-storable"));
            } finally {
                statement.execute("ALTER TABLE releases DROP CONSTRAINT test_no_poison");
            }
        }

        for (int n = 0; n < batch.size(); n++) {
            PendingSubmission pending = batch.get(n);
            assertThat(pending.answer).isDone();
            if (n == 2) {
                assertThat(pending.answer).isCompletedExceptionally();
                assertThat(pending.answer.handle((answer, failure) -> failure).join())
                        .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.status()).isEqualTo(422));
                assertThat(QueuedEvents.ofRelease(pending.releaseId.toString())).isZero();
            } else {
                assertThat(pending.answer.join().receipt().status()).isEqualTo(IngestStatus.CREATED);
                assertThat(QueuedEvents.ofRelease(pending.releaseId.toString())).isEqualTo(1);
            }
        }
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.count("sourceId", feeder.source().id())))
                .isEqualTo(4);
    }

    @Test
    void repeatsOfOneIdempotencyKeyInOneBatchGetTheFirstAnswerOrA422() {
        Feeder feeder = Feeders.create("Feeder that retries within a batch", "UZ");
        String key = "batch-key-" + UUID.randomUUID();
        ReleaseSubmission first = new ReleaseSubmission(null, null, "Samarkand forum", "Opens today.", "en", null);
        ReleaseSubmission other = new ReleaseSubmission(null, null, "Another statement", "Other text.", "en", null);
        List<PendingSubmission> batch = List.of(pending(feeder, first, key), pending(feeder, first, key),
                pending(feeder, other, key));

        batcher.store(batch);

        IdempotentSubmissions.Answer answer = batch.get(0).answer.join();
        assertThat(answer.replayed()).isFalse();
        assertThat(answer.receipt().status()).isEqualTo(IngestStatus.CREATED);
        assertThat(batch.get(1).answer.join()).isEqualTo(new IdempotentSubmissions.Answer(answer.receipt(), true));
        assertThat(batch.get(2).answer.handle((a, failure) -> failure).join())
                .isInstanceOfSatisfying(ProblemException.class, p -> assertThat(p.slug()).isEqualTo("idempotency-key-reused"));
        assertThat(QueuedEvents.ofSource(feeder.source().id())).isEqualTo(1);

        // and a later request with the key is answered from what the batch stored
        given().header("Authorization", feeder.authorization()).header("Idempotency-Key", key)
                .contentType("application/json").body(Map.of("title", "Samarkand forum", "body", "Opens today.",
                        "language", "en"))
                .post("/api/v1/releases").then().statusCode(202)
                .header("Idempotent-Replayed", equalTo("true"))
                .body("id", equalTo(answer.receipt().id().toString()));
    }

    private static PendingSubmission pending(Feeder feeder, ReleaseSubmission submission, String key) {
        return new PendingSubmission(feeder.source(), submission, SubmissionValidator.validate(submission), key,
                IdempotentSubmissions.requestHash(submission));
    }

    private static List<Response> submitAtOnce(int count, int threads, IntFunction<Feeder> feeders,
                                               IntFunction<Map<String, Object>> releases) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> futures = IntStream.range(0, count)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return given().header("Authorization", feeders.apply(n).authorization())
                                .contentType("application/json").body(releases.apply(n))
                                .post("/api/v1/releases");
                    }, pool))
                    .toList();
            start.countDown();
            return futures.stream().map(CompletableFuture::join).toList();
        } finally {
            pool.shutdownNow();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
