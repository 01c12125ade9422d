package org.communique.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
 
import org.jboss.logging.Logger;

import java.time.Instant;

/** Deletes sent rows once they are older than {@code communique.outbox.retention}. */
@ApplicationScoped
public class OutboxPruner {

    private static final Logger LOG = Logger.getLogger(OutboxPruner.class);

    private final OutboxConfig config;

    public OutboxPruner(OutboxConfig config) {
        this.config = config;
    }

    @Scheduled(identity = "outbox-pruner", every = "1h", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    public void prune() {
        long deleted = OutboxMessage.deleteSentBefore(Instant.now().minus(config.retention()));
        if (deleted > 0) {
            LOG.debugf("Pruned %d sent outbox rows", deleted);
        }
    }
}
