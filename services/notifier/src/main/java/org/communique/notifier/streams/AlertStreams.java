package org.communique.notifier.streams;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.communique.notifier.StartupGate;
import org.communique.notifier.alerts.AlertHistory;
import org.communique.notifier.alerts.AlertsCreated;
import org.communique.notifier.alerts.StoredAlert;
import org.jboss.logging.Logger;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Open SSE streams and what each has been sent. One thread pushes every stream the alerts numbered
 * after its last event id: when a stream opens (catching up from {@code Last-Event-ID}), right after
 * this instance commits alerts, and on a short poll for alerts committed by other instances. A
 * subscription's alerts commit in the order of their numbers, so "after the last id" misses none.
 */
@ApplicationScoped
public class AlertStreams {

    private static final Logger LOG = Logger.getLogger(AlertStreams.class);
    private static final int BATCH = 100;

    private static final class Listener {
        final UUID subscriptionId;
        final SseEventSink sink;
        final Sse sse;
        volatile long lastSeq;

        Listener(UUID subscriptionId, SseEventSink sink, Sse sse, long lastSeq) {
            this.subscriptionId = subscriptionId;
            this.sink = sink;
            this.sse = sse;
            this.lastSeq = lastSeq;
        }
    }

    private final AlertHistory history;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService pusher;

    public AlertStreams(AlertHistory history) {
        this.history = history;
    }

    @PostConstruct
    void start() {
        pusher = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "alert-streams");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        pusher.shutdownNow();
        listeners.forEach(listener -> listener.sink.close());
    }

    /** Starts streaming a subscription's alerts numbered after {@code lastSeq}. */
    public void open(UUID subscriptionId, long lastSeq, SseEventSink sink, Sse sse) {
        listeners.add(new Listener(subscriptionId, sink, sse, lastSeq));
        wake();
    }

    int open() {
        return listeners.size();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        wake();
    }

    @Scheduled(every = "${communique.notifier.streams.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        if (!listeners.isEmpty()) {
            wake();
        }
    }

    @Scheduled(every = "${communique.notifier.streams.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void heartbeat() {
        for (Listener listener : listeners) {
            if (listener.sink.isClosed()) {
                listeners.remove(listener);
            } else {
                listener.sink.send(listener.sse.newEventBuilder().comment("keep-alive").build())
                        .whenComplete((ok, failure) -> dropOnFailure(listener, failure));
            }
        }
    }

    private void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                pusher.execute(this::push);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private void push() {
        queued.set(false);
        for (Listener listener : listeners) {
            try {
                pushTo(listener);
            } catch (RuntimeException e) {
                LOG.warnf(e, "streaming alerts of subscription %s failed; retrying on the next poll", listener.subscriptionId);
            }
        }
    }

    private void pushTo(Listener listener) {
        List<StoredAlert> fresh;
        do {
            if (listener.sink.isClosed()) {
                listeners.remove(listener);
                return;
            }
            fresh = history.after(listener.subscriptionId, listener.lastSeq, BATCH);
            for (StoredAlert alert : fresh) {
                listener.sink.send(listener.sse.newEventBuilder()
                                .id(Long.toString(alert.seq()))
                                .name("alert")
                                .mediaType(MediaType.APPLICATION_JSON_TYPE)
                                .data(alert.body())
                                .build())
                        .whenComplete((ok, failure) -> dropOnFailure(listener, failure));
                listener.lastSeq = alert.seq();
            }
        } while (fresh.size() == BATCH);
    }

    private void dropOnFailure(Listener listener, Throwable failure) {
        if (failure != null) {
            listeners.remove(listener);
            listener.sink.close();
        }
    }
}
