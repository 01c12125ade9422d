package org.communique.notifier.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.communique.contracts.AlertDelivery;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.StartupGate;
import org.communique.notifier.alerts.AlertBodies;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.AlertsCreated;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.outbox.OutboxRelay;
import org.jboss.logging.Logger;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.TargetGuard;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Delivers due webhook alerts. One thread claims due alerts (leasing them in the database) as long as
 * delivery workers are free; the workers POST and record the outcome. A claim round runs right after a
 * transaction created alerts, when a worker frees up after the pool was full, and on a short poll that
 * picks up scheduled retries and anything missed (for example after a restart).
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final AlertStore alerts;
    private final TargetGuard targetGuard;
    private final WebhookSender sender;
    private final DeliveryRecorder recorder;
    private final OutboxRelay outboxRelay;
    private final NotifierConfig.Webhooks config;
    private final Clock clock;
    private final Map<AlertDelivery.Outcome, Counter> attemptCounters = new EnumMap<>(AlertDelivery.Outcome.class);

    private final AtomicBoolean claimQueued = new AtomicBoolean();
    private final AtomicBoolean workersWereFull = new AtomicBoolean();
    private ExecutorService claimer;
    private ExecutorService workers;
    private Semaphore freeWorkers;
    private EndpointSlots endpointSlots;

    public WebhookDispatcher(AlertStore alerts, TargetGuard targetGuard, WebhookSender sender,
                             DeliveryRecorder recorder, OutboxRelay outboxRelay, NotifierConfig config, Clock clock,
                             MeterRegistry meters) {
        this.alerts = alerts;
        this.targetGuard = targetGuard;
        this.sender = sender;
        this.recorder = recorder;
        this.outboxRelay = outboxRelay;
        this.config = config.webhooks();
        this.clock = clock;
        for (AlertDelivery.Outcome outcome : AlertDelivery.Outcome.values()) {
            attemptCounters.put(outcome, Counter.builder("communique.notifier.webhook.attempts")
                    .description("Webhook delivery attempts by outcome")
                    .tag("outcome", outcome.name())
                    .register(meters));
        }
    }

    @PostConstruct
    void start() {
        claimer = Executors.newSingleThreadExecutor(named("webhook-claimer"));
        workers = Executors.newFixedThreadPool(config.concurrency(), named("webhook-delivery"));
        freeWorkers = new Semaphore(config.concurrency());
        endpointSlots = new EndpointSlots(Math.min(config.perEndpointConcurrency(), config.concurrency()));
    }

    @PreDestroy
    void stop() throws InterruptedException {
        claimer.shutdownNow();
        workers.shutdown();
        // unfinished attempts are not recorded; their lease expires and they are attempted again
        if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
            workers.shutdownNow();
        }
    }

    @Scheduled(every = "${communique.notifier.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        wake();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        wake();
    }

    /** Asks for a claim round soon; calls while one is already queued are coalesced. */
    public void wake() {
        if (claimQueued.compareAndSet(false, true)) {
            try {
                claimer.execute(this::claimAndDispatch);
            } catch (RejectedExecutionException shuttingDown) {
                claimQueued.set(false);
            }
        }
    }

    private void claimAndDispatch() {
        claimQueued.set(false);
        try {
            // endpoints found without a free slot in this round; skipped until a delivery ends
            Set<String> busy = new HashSet<>();
            while (true) {
                int free = freeWorkers.availablePermits();
                if (free == 0) {
                    workersWereFull.set(true);
                    return;
                }
                Instant now = clock.instant();
                busy.addAll(endpointSlots.saturated());
                List<ClaimedAlert> claimed = alerts.claimDue(DeliveryChannels.WEBHOOK, free, endpointSlots.cap(),
                        List.copyOf(busy), now, now.plus(config.claimLease()));
                for (ClaimedAlert alert : claimed) {
                    String endpoint = endpointOf(alert);
                    if (!endpointSlots.tryAcquire(endpoint)) {
                        alerts.releaseLease(alert, now);
                        busy.add(endpoint);
                        continue;
                    }
                    freeWorkers.acquireUninterruptibly();
                    workers.execute(() -> deliverAndRelease(alert, endpoint));
                }
                if (claimed.size() < free) {
                    return;
                }
            }
        } catch (RejectedExecutionException shuttingDown) {
            LOG.debug("dispatcher stopping; claimed alerts will be retried after their lease");
        } catch (RuntimeException e) {
            LOG.warnf(e, "claiming due webhook alerts failed; retrying on the next poll");
        }
    }

    private void deliverAndRelease(ClaimedAlert alert, String endpoint) {
        try {
            deliver(alert);
        } catch (RuntimeException e) {
            LOG.errorf(e, "recording the attempt of alert %s failed; it is retried after its lease", alert.id());
        } finally {
            endpointSlots.release(endpoint);
            freeWorkers.release();
            // a freed slot may let through alerts that this endpoint's cap held back
            workersWereFull.set(false);
            wake();
        }
    }

    private static String endpointOf(ClaimedAlert alert) {
        if (alert.endpointKey() != null) {
            return alert.endpointKey();
        }
        try {
            return EndpointKey.of(URI.create(alert.target()));
        } catch (RuntimeException e) {
            return alert.target();
        }
    }

    private void deliver(ClaimedAlert alert) {
        Instant attemptedAt = clock.instant();
        if (!alert.subscriptionActive()) {
            alerts.cancel(alert.id(), attemptedAt);
            return;
        }
        SendResult result = attempt(alert, attemptedAt);
        recorder.record(alert, attemptedAt, result).ifPresentOrElse(delivery -> {
            attemptCounters.get(delivery.outcome()).increment();
            if (delivery.outcome() != AlertDelivery.Outcome.DELIVERED) {
                LOG.infof("webhook alert %s attempt %d: %s (status %s, %s)", alert.id(), delivery.attempt(),
                        delivery.outcome(), delivery.statusCode(), delivery.error());
            }
            outboxRelay.wake();
        }, () -> LOG.debugf("attempt of alert %s was already recorded elsewhere", alert.id()));
    }

    private SendResult attempt(ClaimedAlert alert, Instant attemptedAt) {
        ResolvedTarget target;
        try {
            target = targetGuard.check(alert.target());
        } catch (RefusedTargetException e) {
            return SendResult.error("target refused: " + e.getMessage(), 0);
        }
        String body;
        try {
            body = body(alert);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot build the body of alert %s", alert.id());
            return SendResult.error("internal error while preparing the alert", 0);
        }
        return sender.send(target, WebhookMessage.signed(target.url(), alert.webhookSecret(),
                alert.previousWebhookSecret(), alert.id().toString(), attemptedAt.getEpochSecond(), body));
    }

    /** The alert's creation time, not the attempt's, so that every attempt carries the same body. */
    static String body(ClaimedAlert alert) {
        return AlertBodies.encode(alert.id(), alert.subscriptionId(), alert.createdAt(), alert.releasePayload());
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
