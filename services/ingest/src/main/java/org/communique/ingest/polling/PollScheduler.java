package org.communique.ingest.polling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.sources.SourcePoll;
import org.jboss.logging.Logger;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One scheduled job for every polled source: each tick claims the sources whose own next poll time has come
 * (see {@link SourcePoll#claimDue}) and polls them, a few at a time, until none is due.
 */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);

    @Inject
    SourcePoller poller;

    @Inject
    IngestConfig config;

    private volatile ExecutorService pool;
    private volatile boolean stopping;

    @Scheduled(identity = "source-poller", every = "${communique.ingest.polling.tick:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.polling().enabled()) {
            try {
                pollDue();
            } catch (RuntimeException e) {
                LOG.warnf("Polling due sources failed (%s); next tick retries", e.toString());
            }
        }
    }

    /** Polls every source that is due now; the number polled. */
    public int pollDue() {
        IngestConfig.Polling polling = config.polling();
        int polled = 0;
        while (!stopping) {
            Instant now = Instant.now();
            List<UUID> due = QuarkusTransaction.requiringNew().call(
                    () -> SourcePoll.claimDue(now, now.plus(polling.lease()), polling.batchSize()));
            if (due.isEmpty()) {
                break;
            }
            List<Future<?>> polls = new ArrayList<>(due.size());
            for (UUID source : due) {
                polls.add(pool().submit(() -> poller.poll(source)));
            }
            for (Future<?> poll : polls) {
                await(poll);
            }
            polled += due.size();
            if (due.size() < polling.batchSize()) {
                break;
            }
        }
        return polled;
    }

    private ExecutorService pool() {
        if (pool == null) {
            synchronized (this) {
                if (pool == null) {
                    AtomicInteger threads = new AtomicInteger();
                    pool = Executors.newFixedThreadPool(config.polling().concurrency(), runnable -> {
                        Thread thread = new Thread(runnable, "source-poller-" + threads.incrementAndGet());
                        thread.setDaemon(true);
                        return thread;
                    });
                }
            }
        }
        return pool;
    }

    private static void await(Future<?> poll) {
        try {
            poll.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the poll records its own failures; this is a failure to record one (the database is away)
            LOG.warnf("A poll could not record its outcome: %s", e.getCause().toString());
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
