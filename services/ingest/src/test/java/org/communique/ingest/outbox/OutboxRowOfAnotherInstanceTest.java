package org.communique.ingest.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import org.communique.outbox.Outbox;
import org.communique.outbox.OutboxEvent;
import org.communique.outbox.OutboxMessage;
import org.communique.outbox.OutboxRelay;
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
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A row another instance commits after rows with larger ids were sent and counted lies below where this
 * instance's claims and counts start, and no commit of this instance tells it so: the rescan from the first
 * row publishes it, once.
 */
@QuarkusTest
@TestProfile(RescanProfile.class)
class OutboxRowOfAnotherInstanceTest {

    private static final String TOPIC = "another-instance.test";

    @Inject
    Outbox outbox;

    @Inject
    OutboxRelay relay;

    @Test
    void rowCommittedBelowTheOldestUnsentByAnotherInstanceIsPublished() throws Exception {
        try (TopicProbe probe = TopicProbe.of(InProcessKafka.bootstrapServers(), TOPIC)) {
            String foreign = "foreign-" + UUID.randomUUID();
            CountDownLatch inserted = new CountDownLatch(1);
            CountDownLatch commit = new CountDownLatch(1);
            AtomicLong foreignId = new AtomicLong();
            // persisted directly, as another instance's transaction would be: this instance hears of no commit
            CompletableFuture<Void> otherInstance = CompletableFuture.runAsync(
                    () -> QuarkusTransaction.requiringNew().run(() -> {
                        OutboxMessage row = OutboxMessage.of(event(foreign));
                        row.persist();
                        OutboxMessage.flush();
                        foreignId.set(row.id);
                        inserted.countDown();
                        awaitQuietly(commit);
                    }));
            assertThat(inserted.await(20, TimeUnit.SECONDS)).isTrue();

            List<String> early = IntStream.range(0, 3).mapToObj(i -> "early-" + UUID.randomUUID()).toList();
            for (String ceId : early) {
                QuarkusTransaction.requiringNew().run(() -> outbox.append(event(ceId)));
            }
            await().atMost(Duration.ofSeconds(30)).until(() -> early.stream().allMatch(OutboxRowOfAnotherInstanceTest::sent));
            // a poll tick has counted the backlog since: its claims and counts now start above the foreign row
            await().atMost(Duration.ofSeconds(30)).until(() -> relay.oldestUnsentBound() > foreignId.get());

            commit.countDown();
            otherInstance.get(20, TimeUnit.SECONDS);
            assertThat(id(foreign)).isLessThan(early.stream().mapToLong(OutboxRowOfAnotherInstanceTest::id).min().orElseThrow());

            await().atMost(Duration.ofSeconds(30)).until(() -> sent(foreign));
            await().atMost(Duration.ofSeconds(30)).until(() -> !probe.recordsWithKey(foreign).isEmpty());
            assertThat(probe.recordsWithKey(foreign)).hasSize(1);
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
