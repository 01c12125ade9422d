package org.communique.outbox;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.event.TransactionPhase;
import org.apache.kafka.common.KafkaException;
 
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Publishes outbox rows to Kafka and marks each sent only once the broker has acknowledged it. Rows are
 * claimed with {@code FOR UPDATE SKIP LOCKED}, so any number of instances of a service can relay side by side.
 * A row that is not acknowledged stays unsent, in doubt, and is looked for on Kafka before it is sent again
 * (see {@link OutboxReconciler}); so are the rows a previous run left unsent. A record therefore reaches
 * the topic once even across crashes and outages; consumers still deduplicate on {@code ce_id}.
 * <p>
 * The relay runs on every poll tick and, so that a release reaches Kafka milliseconds after its commit,
 * whenever a transaction that wrote rows commits. One drain runs at a time per instance. While the broker
 * is down, each attempt sends a single probe row; full batches resume once one is acknowledged.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    private final OutboxSender sender;

    private final OutboxMetrics metrics;

    private final OutboxConfig config;

    private final OutboxReconciler reconciler;

    private final Instance<PublishedListener> listeners;

    private final OutboxRows outboxRows;

    public OutboxRelay(OutboxSender sender, OutboxMetrics metrics, OutboxConfig config, OutboxReconciler reconciler,
                       Instance<PublishedListener> listeners, OutboxRows outboxRows) {
        this.sender = sender;
        this.outboxRows = outboxRows;
        this.metrics = metrics;
        this.config = config;
        this.reconciler = reconciler;
        this.listeners = listeners;
    }

    private final ExecutorService wakeUps = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "outbox-relay-wake-up");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicBoolean wakeUpQueued = new AtomicBoolean();
    private final AtomicBoolean drainRequested = new AtomicBoolean();
    private final ReentrantLock draining = new ReentrantLock();
    private volatile boolean stopping;
    /** Whether the next drain looks for rows in doubt (set by poll ticks, start-up and failed sends). */
    private volatile boolean doubtsToCheck = true;
    /** Whether the next drain counts the unsent rows for the backlog gauge. */
    private volatile boolean backlogToCount = true;
    /** Whether the next drain claims from {@link #oldestUnsent} rather than from the {@link #floor}. */
    private volatile boolean fromOldest = true;
    private final ClaimFloor floor = new ClaimFloor();
    private final OldestUnsent oldestUnsent = new OldestUnsent();
    /** When the poll tick next claims and counts from the first row (see {@link OldestUnsent}). */
    private volatile long nextRescan = System.nanoTime();

    // the next two are only used by the thread holding the draining lock
    /** Consecutive batches with a failure. */
    private int failureStreak;
    /** Set when nothing of the last batch was acknowledged: the broker is likely down. */
    private boolean probing;
    /** Whether the rows left unsent by a previous run have been put in doubt. */
    private boolean startedUp;
    /** Rows found unsent at start-up, until a reconciliation has settled them. */
    private int unsentAtStartUp;
    /** Records acknowledged since start (for the durability test's halt hook). */
    private long acknowledged;

    @Scheduled(identity = "outbox-relay", every = "${communique.outbox.poll-interval:1s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        long now = System.nanoTime();
        if (now - nextRescan >= 0) {
            nextRescan = now + config.rescanInterval().toNanos();
            oldestUnsent.reset();
        }
        tick();
    }

    /**
     * Publishes until no row is left or publishing fails, after settling rows in doubt, claiming and counting
     * the backlog from the first row. Never waits for another drain: if one is running, it goes round once
     * more instead.
     */
    public void drain() {
        oldestUnsent.reset();
        tick();
    }

    /** What the poll tick does: also from the oldest unsent row, and with the doubts and the backlog. */
    private void tick() {
        doubtsToCheck = true;
        backlogToCount = true;
        fromOldest = true;
        drainQuietly();
    }

    /**
     * The smallest id an unsent row can have, as far as this instance knows (see {@link OldestUnsent}): a count
     * of the backlog can start there instead of walking the entries of every row sent since the last vacuum.
     */
    public long oldestUnsentBound() {
        return oldestUnsent.get();
    }

    void onAppended(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxAppended appended) {
        floor.appended(appended.firstId());
        oldestUnsent.appended(appended.firstId());
        // the observer runs on the request thread after the commit; the response must not wait for Kafka
        if (!stopping && wakeUpQueued.compareAndSet(false, true)) {
            try {
                wakeUps.execute(() -> {
                    wakeUpQueued.set(false);
                    drainQuietly();
                });
            } catch (RejectedExecutionException shuttingDown) {
                wakeUpQueued.set(false);
            }
        }
    }

    /**
     * What a commit's wake-up runs: publishing only. Rows in doubt are looked for on every poll tick and
     * after a failure of this relay, the backlog is counted on every poll tick: two transactions fewer
     * between a commit and its records on Kafka.
     */
    private void drainQuietly() {
        drainRequested.set(true);
        while (!stopping && drainRequested.get() && draining.tryLock()) {
            try {
                drainRequested.set(false);
                publishAll();
            } finally {
                draining.unlock();
            }
        }
    }

    /** Lets a drain in progress collect its acknowledgements while the Kafka connector is still up. */
    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        wakeUps.shutdown();
        try {
            if (draining.tryLock(SHUTDOWN_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                draining.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void publishAll() {
        try {
            settleDoubts();
            if (fromOldest) {
                fromOldest = false;
                floor.lowerTo(oldestUnsent.get());
            }
            Batch batch;
            do {
                batch = publishBatch();
                recordOutcome(batch);
            } while (!stopping && batch.full() && batch.failed() == 0);
            if (backlogToCount) {
                backlogToCount = false;
                countBacklog();
            }
        } catch (RuntimeException e) {
            // the database is unreachable or a commit failed: rows stay as they were, the next poll retries
            recordOutcome(new Batch(0, 0, 0, 0, e));
        }
    }

    private void countBacklog() {
        long from = oldestUnsent.beginCount();
        OutboxRows.Backlog backlog = QuarkusTransaction.requiringNew().call(() -> outboxRows.countUnsent(from));
        oldestUnsent.counted(backlog.oldestUnsent());
        metrics.backlog(backlog.unsent());
    }

    /**
     * Rows unsent at start-up may have reached Kafka just before the previous run died; rows whose send was
     * not acknowledged may have too. They are looked for on the topic before anything is sent again.
     */
    private void settleDoubts() {
        if (!startedUp) {
            unsentAtStartUp = QuarkusTransaction.requiringNew().call(OutboxMessage::markUnsentInDoubt);
            startedUp = true;
            if (unsentAtStartUp > 0) {
                LOG.infof("Outbox relay: %d rows were unsent at start-up; looking for them on Kafka first",
                        unsentAtStartUp);
            }
        }
        if (!doubtsToCheck) {
            return;
        }
        doubtsToCheck = false;
        if (QuarkusTransaction.requiringNew().call(OutboxMessage::anyInDoubt)) {
            // rows cleared of doubt may lie below the floor
            oldestUnsent.reset();
            fromOldest = true;
            try {
                OutboxReconciler.Outcome outcome = reconciler.reconcile();
                if (unsentAtStartUp > 0) {
                    LOG.infof("Outbox relay: start-up check done: of %d rows in doubt, %d were on Kafka already "
                            + "(marked sent, not sent again)", outcome.doubtful(), outcome.found());
                    unsentAtStartUp = 0;
                }
            } catch (TimeoutException | KafkaException e) {
                // Kafka is away; rows in doubt wait, the others are tried (and probe for the broker's return)
                doubtsToCheck = true;
                recordOutcome(new Batch(0, 0, 0, 0, e));
            }
        }
    }

    /**
     * Claims, sends and awaits one batch. While the broker seems down, the batch is a single probe row, the
     * least tried one: a backlog does not turn into a flood of doomed sends, and a row that Kafka refuses
     * for good (too large for the topic, say) cannot hold back the others.
     */
    private Batch publishBatch() {
        int limit = probing ? 1 : config.batchSize();
        Duration ackTimeout = config.ackTimeout();
        int transactionTimeout = (int) ackTimeout.plusSeconds(30).toSeconds();
        return QuarkusTransaction.requiringNew().timeout(transactionTimeout).call(() -> {
            List<OutboxMessage> rows = probing ? outboxRows.claimLeastTried(limit)
                    : outboxRows.claimUnsent(floor.beginClaim(), limit);
            if (!probing && !rows.isEmpty()) {
                floor.claimed(rows.get(0).id);
            }
            // all sent before any is awaited: the producer pipelines them; one batch holds one row per aggregate
            List<CompletableFuture<Void>> acks = new ArrayList<>(rows.size());
            for (OutboxMessage row : rows) {
                acks.add(send(row));
            }
            long deadline = System.nanoTime() + ackTimeout.toNanos();
            List<Long> sentIds = new ArrayList<>(rows.size());
            List<OutboxMessage> failed = new ArrayList<>();
            Throwable firstFailure = null;
            for (int i = 0; i < rows.size(); i++) {
                Throwable failure = awaitAck(acks.get(i), deadline, ackTimeout);
                if (failure == null) {
                    sentIds.add(rows.get(i).id);
                    tellListeners(rows.get(i));
                } else {
                    rows.get(i).markFailed(failure);
                    failed.add(rows.get(i));
                    firstFailure = firstFailure == null ? failure : firstFailure;
                }
            }
            int sent = sentIds.size();
            haltIfAsked(sent);
            // one statement for the whole batch; the few failed rows in one more
            outboxRows.markSent(sentIds, Instant.now());
            outboxRows.markFailed(failed);
            return new Batch(limit, rows.size(), sent, rows.size() - sent, firstFailure);
        });
    }

    private void tellListeners(OutboxMessage row) {
        for (PublishedListener listener : listeners) {
            try {
                listener.published(row);
            } catch (RuntimeException e) {
                LOG.debugf("outbox listener %s failed: %s", listener.getClass().getSimpleName(), e.toString());
            }
        }
    }

    // the durability test's kill -9 between Kafka's acknowledgement and the commit that marks the rows sent
    private void haltIfAsked(int sent) {
        acknowledged += sent;
        if (config.haltAfterAcks().filter(limit -> acknowledged >= limit).isPresent()) {
            LOG.warnf("Outbox relay: halting after %d acknowledged records, before marking them sent "
                    + "(communique.outbox.halt-after-acks)", acknowledged);
            Runtime.getRuntime().halt(137);
        }
    }

    private CompletableFuture<Void> send(OutboxMessage row) {
        try {
            return sender.send(row.event()).toCompletableFuture();
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    private static Throwable awaitAck(CompletableFuture<Void> ack, long deadline, Duration ackTimeout) {
        try {
            ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return new TimeoutException("no acknowledgement from Kafka within " + ackTimeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e;
        }
    }

    // one warning when failures start, one line when a batch goes through clean again: a broker outage,
    // or a row Kafka keeps refusing, must not flood the log
    private void recordOutcome(Batch batch) {
        if (batch.failure() != null) {
            // failed sends are rows in doubt now; a failed reconciliation or database leaves some too
            doubtsToCheck = true;
            backlogToCount = true;
        }
        metrics.published(batch.sent());
        metrics.failed(batch.failed());
        if (batch.claimed() > 0) {
            probing = batch.sent() == 0 && batch.failed() > 0;
        }
        if (batch.failure() != null && stopping) {
            // the connector or the database may already be gone; the rows are retried after the restart
            LOG.debugf("Outbox relay: %s while stopping", describe(batch));
        } else if (batch.failure() != null) {
            if (failureStreak++ == 0) {
                LOG.warnf("Outbox relay: %s; unsent rows stay in the outbox and are retried on every poll "
                        + "(further failures are logged at DEBUG until publishing recovers)", describe(batch));
            } else {
                LOG.debugf("Outbox relay: still failing (%d in a row): %s", failureStreak, describe(batch));
            }
        } else if (failureStreak > 0 && !batch.probe()) {
            LOG.infof("Outbox relay: publishing recovered after %d failed attempts", failureStreak);
            failureStreak = 0;
        }
    }

    private static String describe(Batch batch) {
        String cause = batch.failure().getClass().getSimpleName() + ": " + batch.failure().getMessage();
        return batch.claimed() == 0 ? "relaying failed (" + cause + ")"
                : batch.failed() + " of " + batch.claimed() + " records not acknowledged (" + cause + ")";
    }

    private record Batch(int limit, int claimed, int sent, int failed, Throwable failure) {

        boolean full() {
            return claimed == limit;
        }

        boolean probe() {
            return limit == 1;
        }
    }
}
