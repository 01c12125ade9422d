package org.communique.ingest.outbox;

import org.communique.outbox.OutboxMessage;
import org.communique.outbox.OutboxEvent;
import org.communique.outbox.OutboxPruner;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@QuarkusTest
class OutboxPrunerTest {

    @Inject
    OutboxPruner pruner;

    @Test
    void deletesOnlyRowsSentBeforeTheRetention() {
        Instant longAgo = Instant.now().minus(Duration.ofDays(30));
        Long oldSent = insert(longAgo, longAgo);
        Long recentSent = insert(longAgo, Instant.now().minus(Duration.ofHours(1)));
        Long oldUnsent = insert(longAgo, null);

        pruner.prune();

        assertThat(exists(oldSent)).isFalse();
        assertThat(exists(recentSent)).isTrue();
        assertThat(exists(oldUnsent)).isTrue();
    }

    // an unsent row goes to the relay like any other, here to a topic nobody reads
    private static Long insert(Instant createdAt, Instant sentAt) {
        UUID aggregate = UUID.randomUUID();
        OutboxMessage message = OutboxMessage.of(new OutboxEvent(aggregate, "pruner.test", aggregate.toString(),
                aggregate + ":1", "org.communique.test.v1", "/communique/test", createdAt, "{}"));
        message.createdAt = createdAt;
        message.sentAt = sentAt;
        QuarkusTransaction.requiringNew().run(() -> message.persist());
        return message.id;
    }

    private static boolean exists(Long id) {
        return QuarkusTransaction.requiringNew().call(() -> OutboxMessage.findById(id) != null);
    }
}
