package org.communique.ingest.polling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
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
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One scheduled job for every polled source: each tick claims the sources whose own next poll time has come
 * (see {@link SourcePoll#claimDue}), as many as there are free polling slots, and hands them to the pool
 * without waiting for them. A slow site therefore holds one slot for at most its fetch time limit, and the
 * other slots go on polling everyone else on the next ticks; nothing is claimed that no slot can take, so a
 * claimed source never waits behind a slow one.
 */
@ApplicationScoped
public class PollScheduler {

    private static final Logger LOG = Logger.getLogger(PollScheduler.class);

    private final SourcePoller poller;

    private final IngestConfig config;

    public PollScheduler(SourcePoller poller, IngestConfig config) {
        this.poller = poller;
        this.config = config;
    }

    private volatile ExecutorService pool;
    private volatile Semaphore slots;
    private volatile boolean stopping;

    @Scheduled(identity = "source-poller", every = "${communique.ingest.polling.tick:1s}", delayed = "1s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (config.polling().enabled()) {
            try {
                startDue();
            } catch (RuntimeException e) {
                LOG.warnf("Polling due sources failed (%s); next tick retries", e.toString());
            }
        }
    }

    /**
     * Starts polls of the sources due now, as many as there are free slots, without waiting for them; the
     * polls started.
     */
    public List<Future<?>> startDue() {
        IngestConfig.Polling polling = config.polling();
        List<Future<?>> started = new ArrayList<>();
        while (!stopping) {
            int free = Math.min(slots().availablePermits(), polling.batchSize());
            if (free == 0) {
                break;
            }
            Instant now = Instant.now();
            List<UUID> due = QuarkusTransaction.requiringNew().call(
                    () -> SourcePoll.claimDue(now, now.plus(polling.lease()), free));
            for (UUID source : due) {
                slots().acquireUninterruptibly();
                started.add(pool().submit(() -> {
                    try {
                        poller.poll(source);
                    } catch (RuntimeException e) {
                        // the poll records its own failures; this is a failure to record one (the database is away)
                        LOG.warnf("A poll could not record its outcome: %s", e.toString());
                    } finally {
                        slots().release();
                    }
                }));
            }
            if (due.size() < free) {
                break;
            }
        }
        return started;
    }

    /** Polls every source that is due now and waits for those polls; the number polled (tests, manual runs). */
    public int pollDue() {
        int polled = 0;
        List<Future<?>> started;
        do {
            started = startDue();
            for (Future<?> poll : started) {
                await(poll);
            }
            polled += started.size();
        } while (!started.isEmpty() && !stopping);
        return polled;
    }

    private Semaphore slots() {
        if (slots == null) {
            synchronized (this) {
                if (slots == null) {
                    slots = new Semaphore(config.polling().concurrency());
                }
            }
        }
        return slots;
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
            LOG.warnf("A poll failed: %s", e.getCause().toString());
        }
    }

    void onShutdown(@Observes ShutdownEvent shutdown) {
        stopping = true;
        if (pool != null) {
            pool.shutdownNow();
        }
    }
}
