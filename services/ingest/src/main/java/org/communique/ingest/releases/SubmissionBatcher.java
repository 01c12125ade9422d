package org.communique.ingest.releases;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.communique.ingest.IngestConfig;
import org.communique.platform.problem.DatabaseUnavailable;
import org.communique.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Group commit for pushed releases. Requests queue their validated submissions (a full queue is a 503 at
 * once) and wait; a few writer threads each take what has queued up, up to the configured batch size, and
 * store it in one transaction ({@link BatchWriter}). Each request is answered once its batch has committed.
 * If a batch's transaction fails, its submissions are stored again one by one, each in a transaction of its
 * own, so that one submission the database refuses fails alone, with a problem of its own.
 */
@ApplicationScoped
public class SubmissionBatcher {

    private static final Logger LOG = Logger.getLogger(SubmissionBatcher.class);
    private static final long POLL_MILLIS = 200;

    private final BatchWriter writer;
    private final ReleaseIngestor ingestor;
    private final IdempotentSubmissions idempotent;
    private final IngestConfig config;
    private final SubmissionQueues queues;
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean accepting;
    private volatile boolean stopping;

    SubmissionBatcher(BatchWriter writer, ReleaseIngestor ingestor, IdempotentSubmissions idempotent,
                      IngestConfig config) {
        this.writer = writer;
        this.ingestor = ingestor;
        this.idempotent = idempotent;
        this.config = config;
        this.queues = new SubmissionQueues(config.batching().writers(), config.batching().queueCapacity());
    }

    void start(@Observes StartupEvent startup) {
        for (int i = 0; i < queues.writers(); i++) {
            int index = i;
            Thread thread = new Thread(() -> run(index), "release-writer-" + i);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        accepting = true;
    }

    /** Lets the writers store what is queued; requests arriving from now on get the 503. */
    void stop(@Observes ShutdownEvent shutdown) {
        accepting = false;
        stopping = true;
        for (Thread thread : threads) {
            try {
                thread.join(Duration.ofSeconds(10).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Queues the submission and waits for the commit of its batch. */
    IdempotentSubmissions.Answer submit(PendingSubmission pending) {
        if (!accepting) {
            throw SubmissionQueues.busy();
        }
        queues.offer(pending);
        Duration timeout = config.batching().answerTimeout();
        try {
            return pending.answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw new ProblemException(503, "ingest-timeout", "Ingest timed out",
                    "the release was not stored within " + timeout.toSeconds() + " s; it may be stored later. Retry "
                            + "(with the same Idempotency-Key, or the same release, which is then unchanged)",
                    null, Map.of("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw SubmissionQueues.busy();
        }
    }

    private void run(int index) {
        int max = Math.max(1, config.batching().maxBatch());
        while (!stopping || !queues.isEmpty(index)) {
            List<PendingSubmission> batch;
            try {
                batch = queues.take(index, max, POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            if (!batch.isEmpty()) {
                store(batch);
            }
        }
    }

    /** Stores one batch and completes every submission's answer, whatever happens. */
    void store(List<PendingSubmission> batch) {
        List<BatchWriter.Outcome> outcomes;
        try {
            outcomes = QuarkusTransaction.requiringNew().call(() -> writer.write(batch));
        } catch (RuntimeException e) {
            if (DatabaseUnavailable.isCause(e)) {
                // one at a time would fail the same way, each after its own wait for a connection
                LOG.warnf("Storing %d releases failed, the database is unavailable: %s", batch.size(), e.getMessage());
                batch.forEach(pending -> pending.answer.completeExceptionally(e));
                return;
            }
            LOG.warnf("Storing a batch of %d releases failed (%s); storing them one by one", batch.size(),
                    e.getMessage());
            batch.forEach(this::storeAlone);
            return;
        } catch (Error e) {
            batch.forEach(pending -> pending.answer.completeExceptionally(e));
            throw e;
        }
        for (int i = 0; i < batch.size(); i++) {
            BatchWriter.Outcome outcome = outcomes.get(i);
            if (outcome.failure() != null) {
                batch.get(i).answer.completeExceptionally(outcome.failure());
            } else {
                batch.get(i).answer.complete(outcome.answer());
            }
        }
    }

    private void storeAlone(PendingSubmission pending) {
        try {
            IdempotentSubmissions.Answer answer = pending.key == null
                    ? new IdempotentSubmissions.Answer(ingestor.ingest(pending.source, pending.draft), false)
                    : idempotent.submit(pending.source.id(), pending.key, pending.submission,
                            () -> ingestor.ingest(pending.source, pending.draft));
            pending.answer.complete(answer);
        } catch (RuntimeException e) {
            pending.answer.completeExceptionally(refused(e, pending));
        } catch (Error e) {
            pending.answer.completeExceptionally(e);
            throw e;
        }
    }

    /** A release the database refuses (a constraint, a value it cannot hold) is the release's problem: 422. */
    private static RuntimeException refused(RuntimeException failure, PendingSubmission pending) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("22") || sql.getSQLState().startsWith("23"))) {
                LOG.warnf("Release %s of source %s refused by the database (SQLSTATE %s): %s", pending.releaseId,
                        pending.source.id(), sql.getSQLState(), sql.getMessage());
                return new ProblemException(422, "release-not-storable", "Release not storable",
                        "the database refused this release (SQLSTATE " + sql.getSQLState() + "); it was not stored");
            }
        }
        return failure;
    }
}
