package org.communique.notifier.streams;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.communique.contracts.EventJson;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.StartupGate;
import org.communique.notifier.alerts.AlertHistory;
import org.communique.notifier.alerts.AlertsCreated;
import org.communique.notifier.alerts.StoredAlert;
import org.communique.notifier.sources.SourceFailingNotice;
import org.communique.notifier.sources.SourceHealthChanged;
import org.communique.notifier.sources.SourceHealthStore;
import org.communique.notifier.sources.SourceRecoveredNotice;
import org.communique.notifier.sources.SourceState;
import org.communique.notifier.subscriptions.Subscription;
import org.communique.notifier.subscriptions.DisabledNotice;
import org.communique.notifier.subscriptions.DisabledNotices;
import org.communique.notifier.subscriptions.SubscriptionDisabled;
import org.communique.platform.limits.Limits;
import org.communique.platform.problem.ProblemException;
import org.jboss.logging.Logger;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

/**
 * Open SSE streams and what each has been sent. One thread pushes every stream the alerts numbered
 * after its last event id: when a stream opens (catching up from {@code Last-Event-ID}), right after
 * this instance commits alerts, and on a short poll for alerts committed by other instances. A
 * subscription's alerts commit in the order of their numbers, so "after the last id" misses none.
 *
 * <p>A stream of a subscription the service disabled gets a {@code subscription.disabled} event, once
 * per disabling: when it opens on a disabled subscription, right after this instance commits the
 * disabling, or on the poll, which reads which of the streamed subscriptions are disabled in one query.
 * The event has no id, so {@code Last-Event-ID} keeps naming the last alert.
 *
 * <p>Likewise, a stream whose subscription names a FAILING source gets a {@code source.failing} event once
 * per failure, and {@code source.recovered} when that source recovers: when it opens, right after this
 * instance commits a source's new health, or on the poll, which reads the health of the sources named by
 * every streamed subscription in one query.
 */
@ApplicationScoped
public class AlertStreams {

    private static final Logger LOG = Logger.getLogger(AlertStreams.class);
    private static final int BATCH = 100;
    static final String DISABLED_EVENT = "subscription.disabled";
    static final String SOURCE_FAILING_EVENT = "source.failing";
    static final String SOURCE_RECOVERED_EVENT = "source.recovered";

    private static final class Listener {
        final UUID subscriptionId;
        final SseEventSink sink;
        final Sse sse;
        volatile long lastSeq;
        /** A notice to send, if this stream has not had one for the same disabling yet. */
        final AtomicReference<DisabledNotice> notice;
        /** When the subscription was disabled, as of the last notice sent; only the pusher thread uses it. */
        Instant noticedDisabledAt;
        final SourceHealthSeen sources;
        /** Events handed to the sink that its client has not taken yet. */
        final AtomicInteger pending = new AtomicInteger();
        /** Until the first push: catch up from {@code lastSeq} whatever the newest numbers say. */
        volatile boolean catchingUp = true;
        /** Set once the opening thread has sent the response head; until then no other thread writes to the sink. */
        volatile boolean headSent;

        Listener(UUID subscriptionId, SseEventSink sink, Sse sse, long lastSeq, DisabledNotice notice,
                 Collection<SourceState> sources) {
            this.subscriptionId = subscriptionId;
            this.sink = sink;
            this.sse = sse;
            this.lastSeq = lastSeq;
            this.notice = new AtomicReference<>(notice);
            this.sources = new SourceHealthSeen(sources);
        }
    }

    private final AlertHistory history;
    private final DisabledNotices notices;
    private final SourceHealthStore sourceHealth;
    private final StreamedSequences sequences;
    private final NotifierConfig.Streams limits;
    private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
    private final AtomicBoolean queued = new AtomicBoolean();
    /** A source's health changed here: the pusher reads the streamed subscriptions' sources before pushing. */
    private final AtomicBoolean sourcesChanged = new AtomicBoolean();
    private ExecutorService pusher;

    public AlertStreams(AlertHistory history, DisabledNotices notices, SourceHealthStore sourceHealth,
                        StreamedSequences sequences, NotifierConfig config) {
        this.sequences = sequences;
        this.limits = config.streams();
        this.history = history;
        this.notices = notices;
        this.sourceHealth = sourceHealth;
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
        listeners.stream().filter(listener -> listener.headSent).forEach(listener -> listener.sink.close());
    }

    /**
     * Starts streaming a subscription's alerts numbered after {@code lastSeq}, with the notice of its disabling
     * and of the failing sources it names, if any. Refuses a stream past the caps before anything is written to
     * it, so the refusal is a whole problem response.
     *
     * <p>The stream's head goes out here, on the request's thread, in a first comment line. RESTEasy sends it
     * itself only after the resource method returns, and a write by the pusher or the heartbeat in between raced
     * that ("Response head already sent"): the client had its 200 and then a closed connection, or the heartbeat
     * lost its round. Other threads write to a stream only once its head is sent.
     */
    public void open(Subscription subscription, long lastSeq, SseEventSink sink, Sse sse) {
        Listener listener = new Listener(subscription.id, sink, sse, lastSeq, notices.of(subscription).orElse(null),
                sourceHealth.failing(subscription.filter().sources()));
        synchronized (listeners) {
            listeners.removeIf(open -> open.sink.isClosed());
            if (listeners.size() >= limits.maxPerInstance()) {
                throw new ProblemException(503, "too-many-streams", "Too many open streams",
                        "this instance serves its maximum of " + limits.maxPerInstance() + " streams; retry later",
                        null, Map.of("Retry-After", "30"));
            }
            long ofSubscription = listeners.stream().filter(open -> open.subscriptionId.equals(subscription.id)).count();
            if (ofSubscription >= limits.maxPerSubscription()) {
                throw Limits.tooManyRequests("at most " + limits.maxPerSubscription()
                        + " open streams per subscription; close one first", Duration.ofSeconds(30));
            }
            listeners.add(listener);
        }
        write(listener, sse.newEventBuilder().comment("open").build());
        listener.headSent = true;
        wake();
    }

    int open() {
        return listeners.size();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        wake();
    }

    void onSubscriptionDisabled(@Observes(during = TransactionPhase.AFTER_SUCCESS) SubscriptionDisabled disabled) {
        offer(Map.of(disabled.subscriptionId(),
                notices.notice(disabled.subscriptionId(), disabled.reason(), disabled.disabledAt())));
        wake();
    }

    void onSourceHealthChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) SourceHealthChanged changed) {
        sourcesChanged.set(true);
        wake();
    }

    @Scheduled(every = "${communique.notifier.streams.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            offer(notices.of(streamedSubscriptions()));
        } catch (RuntimeException e) {
            LOG.warn("cannot read which streamed subscriptions are disabled; retrying on the next poll", e);
        }
        offerSourceHealth();
        wake();
    }

    private void offerSourceHealth() {
        if (listeners.isEmpty()) {
            return;
        }
        try {
            Map<UUID, List<SourceState>> named = sourceHealth.namedBy(streamedSubscriptions());
            for (Listener listener : listeners) {
                listener.sources.offer(named.getOrDefault(listener.subscriptionId, List.of()));
            }
        } catch (RuntimeException e) {
            LOG.warn("cannot read the health of the streamed subscriptions' sources; retrying on the next poll", e);
        }
    }

    private Set<UUID> streamedSubscriptions() {
        return listeners.stream().map(listener -> listener.subscriptionId).collect(Collectors.toSet());
    }

    private void offer(Map<UUID, DisabledNotice> disabled) {
        for (Listener listener : listeners) {
            DisabledNotice notice = disabled.get(listener.subscriptionId);
            if (notice != null) {
                listener.notice.set(notice);
            }
        }
    }

    @Scheduled(every = "${communique.notifier.streams.heartbeat-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void heartbeat() {
        for (Listener listener : listeners) {
            if (listener.sink.isClosed()) {
                listeners.remove(listener);
            } else if (listener.headSent) {
                write(listener, listener.sse.newEventBuilder().comment("keep-alive").build());
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

    /**
     * One query reads the newest alert number of every streamed subscription; only streams behind it (and
     * new ones catching up) read their alerts. An idle stream costs no query of its own.
     */
    private void push() {
        queued.set(false);
        if (sourcesChanged.getAndSet(false)) {
            offerSourceHealth();
        }
        if (listeners.isEmpty()) {
            return;
        }
        Map<UUID, Long> newest;
        try {
            newest = sequences.newest(streamedSubscriptions());
        } catch (RuntimeException e) {
            LOG.warn("cannot read the streamed subscriptions' newest alerts; retrying on the next poll", e);
            return;
        }
        for (Listener listener : listeners) {
            if (!listener.headSent) {
                continue;
            }
            try {
                if (listener.catchingUp || newest.getOrDefault(listener.subscriptionId, 0L) > listener.lastSeq) {
                    pushTo(listener);
                    listener.catchingUp = false;
                }
                sendNotice(listener);
                sendSourceChanges(listener);
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
                send(listener, listener.sse.newEventBuilder().id(Long.toString(alert.seq())), "alert", alert.body());
                listener.lastSeq = alert.seq();
            }
        } while (fresh.size() == BATCH && !listener.sink.isClosed());
    }

    private void sendNotice(Listener listener) {
        DisabledNotice notice = listener.notice.getAndSet(null);
        if (notice == null || notice.disabledAt().equals(listener.noticedDisabledAt) || listener.sink.isClosed()) {
            return;
        }
        send(listener, listener.sse.newEventBuilder(), DISABLED_EVENT, EventJson.encode(notice));
        listener.noticedDisabledAt = notice.disabledAt();
    }

    private void sendSourceChanges(Listener listener) {
        for (SourceHealthSeen.Change change : listener.sources.take()) {
            if (listener.sink.isClosed()) {
                return;
            }
            Object notice = change.failing()
                    ? SourceFailingNotice.of(change.state()) : SourceRecoveredNotice.of(change.state());
            send(listener, listener.sse.newEventBuilder(),
                    change.failing() ? SOURCE_FAILING_EVENT : SOURCE_RECOVERED_EVENT, EventJson.encode(notice));
        }
    }

    private void send(Listener listener, OutboundSseEvent.Builder event, String name, String json) {
        write(listener, event.name(name).mediaType(MediaType.APPLICATION_JSON_TYPE).data(json).build());
    }

    /**
     * Writes one event, unless the client has stopped reading: a write completes once the connection has
     * taken it, so events piling up unwritten mean a client that does not read. Past
     * {@code max-pending-events} it is dropped (it can reconnect with {@code Last-Event-ID} and lose
     * nothing) rather than buffered without end.
     */
    private void write(Listener listener, OutboundSseEvent event) {
        if (listener.pending.incrementAndGet() > limits.maxPendingEvents()) {
            LOG.debugf("dropping a stream of subscription %s: its client is not reading", listener.subscriptionId);
            drop(listener);
            return;
        }
        CompletionStage<?> written;
        try {
            written = listener.sink.send(event);
        } catch (RuntimeException closed) {
            // closed between the caller's check and this write: drop it here rather than end the caller's round
            listener.pending.decrementAndGet();
            LOG.debugf(closed, "dropping a stream of subscription %s: it cannot be written to", listener.subscriptionId);
            drop(listener);
            return;
        }
        written.whenComplete((ok, failure) -> {
            listener.pending.decrementAndGet();
            if (failure != null) {
                drop(listener);
            }
        });
    }

    private void drop(Listener listener) {
        listeners.remove(listener);
        listener.sink.close();
    }

    /** Open streams of one subscription on this instance. */
    int open(UUID subscriptionId) {
        return (int) listeners.stream().filter(open -> open.subscriptionId.equals(subscriptionId)
                && !open.sink.isClosed()).count();
    }
}
