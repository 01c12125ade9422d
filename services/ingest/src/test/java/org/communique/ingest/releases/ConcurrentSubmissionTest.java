package org.communique.ingest.releases;

import org.communique.ingest.QueuedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.outbox.OutboxMessage;
import org.junit.jupiter.api.Test;

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

@QuarkusTest
class ConcurrentSubmissionTest {

    private static final int SUBMISSIONS = 8;

    @Test
    void identicalSubmissionsAtOnceStoreOneReleaseAndOneEvent() throws Exception {
        Feeder feeder = Feeders.create("Eager feeder", "TJ");
        Map<String, Object> release = Feeders.release("Tajikistan hosts a conference on glaciers",
                "Delegations from forty countries gathered in Dushanbe.");
        release.put("externalId", "tj-glaciers-2026");

        List<Response> responses = submitAtOnce(feeder, n -> release);

        assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isEqualTo(202));
        String id = responses.get(0).path("id");
        assertThat(responses).extracting(r -> r.<String>path("id")).containsOnly(id);
        assertThat(responses).extracting(r -> r.<String>path("status"))
                .containsOnlyOnce("created").containsOnly("created", "unchanged");
        assertThat(QuarkusTransaction.requiringNew().call(() -> Release.count("id", UUID.fromString(id))))
                .isEqualTo(1);
        assertThat(outboxRowsOf(id)).isEqualTo(1);
    }

    @Test
    void concurrentEditsEachGetTheirOwnVersion() throws Exception {
        Feeder feeder = Feeders.create("Busy feeder", "TJ");

        List<Response> responses = submitAtOnce(feeder, n -> {
            Map<String, Object> edit = Feeders.release("Schedule of the foreign minister", "Revision " + n);
            edit.put("externalId", "tj-schedule");
            return edit;
        });

        assertThat(responses).extracting(r -> r.<Integer>path("version"))
                .containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, SUBMISSIONS).boxed().toList());
        assertThat(outboxRowsOf(responses.get(0).path("id"))).isEqualTo(SUBMISSIONS);
    }

    private static List<Response> submitAtOnce(Feeder feeder, IntFunction<Map<String, Object>> releases)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(SUBMISSIONS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Response>> futures = IntStream.range(0, SUBMISSIONS)
                    .mapToObj(n -> CompletableFuture.supplyAsync(() -> {
                        awaitQuietly(start);
                        return given().header("Authorization", feeder.authorization())
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

    private static long outboxRowsOf(String id) {
        return QueuedEvents.ofRelease(id);
    }
}
