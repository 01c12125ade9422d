package org.communique.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.communique.outbox.Outbox;
import org.communique.outbox.OutboxEvent;
import org.communique.outbox.OutboxMessage;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ids are taken when a row is inserted, so a transaction can commit its row after rows with larger ids have
 * been claimed and sent, below where the relay's claims start by then: the row is still published, once.
 */
@QuarkusTest
class OutboxLateCommitTest {

    private static final String TOPIC = "late-commit.test";

    @Inject
    Outbox outbox;

    @Test
    void rowCommittedAfterLargerIdsWereSentIsPublished() throws Exception {
        try (TopicProbe probe = TopicProbe.of(InProcessKafka.bootstrapServers(), TOPIC)) {
            String late = "late-" + UUID.randomUUID();
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            CompletableFuture<Void> lateTransaction = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        outbox.append(event(late));
                        inserted.countDown();
                        awaitQuietly(commit);
                    }));
            assertThat(inserted.await(20, TimeUnit.SECONDS)).isTrue();

            List<String> early = IntStream.range(0, 3).mapToObj(i -> "early-" + UUID.randomUUID()).toList();
            for (String ceId : early) {
                QuarkusTransaction.requiringNew().run(() -> outbox.append(event(ceId)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> early.stream().allMatch(OutboxLateCommitTest::sent));

            commit.countDown();
            lateTransaction.get(20, TimeUnit.SECONDS);
            assertThat(id(late)).isLessThan(early.stream().mapToLong(OutboxLateCommitTest::id).min().orElseThrow());

            await().atMost(Duration.ofSeconds(30)).until(() -> sent(late));
            await().atMost(Duration.ofSeconds(30)).until(() -> !probe.recordsWithKey(late).isEmpty());
            assertThat(probe.recordsWithKey(late)).hasSize(1);
        }
    }

    private static OutboxEvent event(String ceId) {
        return new OutboxEvent(UUID.randomUUID(), TOPIC, ceId, ceId, "org.communique.test.v1", "/communique/test",
                Instant.now(), "{\"test\":\"" + ceId + "\"}");
    }

    private static OutboxMessage row(String ceId) {
        return QuarkusTransaction.requiringNew().call(
                () -> OutboxMessage.<OutboxMessage>find("ceId", ceId).singleResult());
    }

    private static boolean sent(String ceId) {
        return row(ceId).sentAt != null;
    }

    private static long id(String ceId) {
        return row(ceId).id;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(20, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
