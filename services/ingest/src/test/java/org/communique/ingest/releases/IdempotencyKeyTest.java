package org.communique.ingest.releases;

import org.communique.ingest.QueuedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class IdempotencyKeyTest {

    @Inject
    EntityManager entityManager;

    @Test
    void retryWithTheSameKeyGetsTheFirstAnswer() {
        Feeder feeder = Feeders.create("Retrying feeder", "TM");
        Map<String, Object> release = Feeders.release("Turkmenistan opens a trade house in Istanbul", "On 2 June.");
        String key = UUID.randomUUID().toString();

        String id = post(feeder, key, release).statusCode(202)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("created")).extract().path("id");
        post(feeder, key, release).statusCode(202)
                .header("Idempotent-Replayed", equalTo("true"))
                .header("Location", endsWith("/api/v1/releases/" + id))
                .body("id", equalTo(id))
                .body("version", equalTo(1))
                .body("status", equalTo("created"));

        // without the key the same request is simply unchanged
        feeder.post(release).statusCode(202).body("status", equalTo("unchanged"));
        assertThat(outboxRows(id)).isEqualTo(1);
    }

    @Test
    void sameKeyForAnotherRequestIsRefused() {
        Feeder feeder = Feeders.create("Careless feeder", "TM");
        String key = UUID.randomUUID().toString();
        post(feeder, key, Feeders.release("First statement", "One.")).statusCode(202);

        post(feeder, key, Feeders.release("Second statement", "Two.")).statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://communique.org/problems/idempotency-key-reused"));
    }

    @Test
    void keysBelongToTheirSource() {
        Feeder one = Feeders.create("First keyed feeder", null);
        Feeder other = Feeders.create("Second keyed feeder", null);
        String key = "shared-key-" + UUID.randomUUID();

        post(one, key, Feeders.release("Statement", "Text.")).statusCode(202).body("status", equalTo("created"));
        post(other, key, Feeders.release("Statement", "Text.")).statusCode(202).body("status", equalTo("created"))
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void failedRequestLeavesTheKeyFree() {
        Feeder feeder = Feeders.create("Sloppy feeder", null);
        String key = UUID.randomUUID().toString();

        post(feeder, key, Feeders.release(" ", "A body without a title.")).statusCode(400);
        post(feeder, key, Feeders.release("Now with a title", "A body without a title.")).statusCode(202)
                .body("status", equalTo("created"))
                .header("Idempotent-Replayed", nullValue());
    }

    @Test
    void keyOlderThanTheRetentionIsNew() {
        Feeder feeder = Feeders.create("Patient feeder", null);
        Map<String, Object> release = Feeders.release("Annual report published", "The report covers 2025.");
        String key = UUID.randomUUID().toString();
        post(feeder, key, release).statusCode(202);

        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                        "UPDATE idempotency_keys SET created_at = :then WHERE key = :key")
                .setParameter("then", Instant.now().minus(Duration.ofHours(25)))
                .setParameter("key", key)
                .executeUpdate());

        post(feeder, key, release).statusCode(202)
                .header("Idempotent-Replayed", nullValue())
                .body("status", equalTo("unchanged"));
    }

    @Test
    void malformedKeyIsRejected() {
        Feeder feeder = Feeders.create("Odd feeder", null);

        post(feeder, "x".repeat(256), Feeders.release("T", "B")).statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        post(feeder, "tab\tinside", Feeders.release("T", "B")).statusCode(400);
    }

    @Test
    void concurrentRetriesAllGetTheFirstAnswer() throws Exception {
        Feeder feeder = Feeders.create("Impatient feeder", "UZ");
        Map<String, Object> release = Feeders.release("Uzbekistan hosts a summit on the Aral Sea", "In Nukus.");
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<CompletableFuture<Response>> answers = IntStream.range(0, 6)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> request(feeder, key, release), pool))
                    .toList();
            List<Response> responses = answers.stream().map(CompletableFuture::join).toList();

            String id = responses.get(0).path("id");
            assertThat(responses).extracting(Response::statusCode).containsOnly(202);
            assertThat(responses).extracting(r -> r.<String>path("status")).containsOnly("created");
            assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(id);
            assertThat(responses).filteredOn(r -> r.header("Idempotent-Replayed") == null).hasSize(1);
            assertThat(outboxRows(id)).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
    }

    private static ValidatableResponse post(Feeder feeder, String key, Map<String, Object> release) {
        return request(feeder, key, release).then();
    }

    private static Response request(Feeder feeder, String key, Map<String, Object> release) {
        return given().header("Authorization", feeder.authorization())
                .header("Idempotency-Key", key)
                .contentType(ContentType.JSON)
                .body(release)
                .post("/api/v1/releases");
    }

    private static long outboxRows(String id) {
        return QueuedEvents.ofRelease(id);
    }
}
