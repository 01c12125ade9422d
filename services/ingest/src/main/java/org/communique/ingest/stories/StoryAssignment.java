package org.communique.ingest.stories;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.communique.ingest.IngestConfig;
import org.jboss.logging.Logger;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Runs the {@link StoryAssigner} whenever a commit queues releases (a few milliseconds after it, on a
 * thread of its own: the request has answered by then) and on every poll tick, which also picks up what a
 * previous run or another instance left queued. Batches follow one another until the queue is empty.
 */
@ApplicationScoped
public class StoryAssignment {

    private static final Logger LOG = Logger.getLogger(StoryAssignment.class);

    private final StoryAssigner assigner;
    private final IngestConfig config;
    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "story-assigner-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean stopping;
    /** Consecutive failed batches; only the thread holding {@link #draining} touches it. */
    private int failureStreak;

    StoryAssignment(StoryAssigner assigner, IngestConfig config) {
        this.assigner = assigner;
        this.config = config;
    }

    @Scheduled(identity = "story-assigner", every = "${communique.ingest.stories.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        drain();
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) StoryQueued queued) {
        if (!stopping && wakeUpQueued.compareAndSet(false, true)) {
            try {
                wakeUps.execute(() -> {
                    wakeUpQueued.set(false);
                    drain();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeUpQueued.set(false);
            }
        }
    }

    /** Assigns until the queue is empty; if a drain is running, it goes round once more instead of waiting. */
    public void drain() {
        drainRequested.set(true);
        while (!stopping && drainRequested.get() && draining.tryLock()) {
            try {
                drainRequested.set(false);
                assignAll();
            } finally {
                draining.unlock();
            }
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wakeUps.shutdown();
    }

    private void assignAll() {
        int limit = config.stories().batchSize();
        int assigned;
        do {
            try {
                assigned = QuarkusTransaction.requiringNew().call(() -> assigner.assignBatch(limit));
            } catch (RuntimeException e) {
                // the database is away or a commit failed: the rows stay queued and the next poll retries
                if (failureStreak++ == 0) {
                    LOG.warnf(e, "Story assignment failed; queued releases wait for the next attempt "
                            + "(further failures are logged at DEBUG)");
                } else {
                    LOG.debugf("Story assignment still failing (%d in a row): %s", failureStreak, e.getMessage());
                }
                return;
            }
            if (failureStreak > 0) {
                LOG.infof("Story assignment recovered after %d failed attempts", failureStreak);
                failureStreak = 0;
            }
        } while (!stopping && assigned == limit);
    }
}
