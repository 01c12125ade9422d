package org.communique.notifier.webhooks;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
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
import org.communique.notifier.alerts.TransientFailures;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.delivery.FairQueue;
import org.jboss.logging.Logger;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.TargetGuard;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook delivery engine. Claims due alerts in batches (one statement leases up to
 * {@code claim-batch-size}; see {@link AlertStore#claimDue}), holds them in a {@link FairQueue} (round-robin
 * over endpoints, {@code per-endpoint-concurrency} in flight per endpoint, {@code concurrency} in all), sends
 * them without blocking (Vert.x, {@link WebhookSender#sendAsync}) after {@link TargetGuard} checked the
 * target (the connected address must be the checked one), and records the outcomes in batches
 * ({@link DeliveryRecorder#recordAll}: a constant number of statements per batch of deliveries).
 * <p>
 * Claim rounds run right after a transaction created alerts, when sends complete and the queue has room,
 * and on a short poll that picks up scheduled retries and anything missed (for example after a restart).
 * An alert is sent at most once per lease: one that waited in memory until its lease nearly ran out is
 * dropped unsent (it comes due again and is claimed anew), and an attempt whose outcome cannot be
 * recorded is sent again, with the same {@code webhook-id}, after its lease.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    private static final Duration RECORD_RETRY_MAX = Duration.ofSeconds(5);

    private final AlertStore alerts;
    private final TargetGuard targetGuard;
    private final WebhookSender sender;
    private final DeliveryRecorder recorder;
    private final NotifierConfig.Webhooks config;
    private final Clock clock;
    private final Map<AlertDelivery.Outcome, Counter> attemptCounters = new EnumMap<>(AlertDelivery.Outcome.class);

    private final AtomicBoolean claimQueued = new AtomicBoolean();
    /** The last claim found alerts, or left out endpoints with a full lane: more are likely due. */
    private final AtomicBoolean moreDue = new AtomicBoolean();
    private final LinkedBlockingQueue<Attempted> outcomes = new LinkedBlockingQueue<>();
    private FairQueue<Leased> queue;
    private ExecutorService claimer;
    private ExecutorService checker;
    private Thread recorderThread;
    private volatile boolean stopping;

    public WebhookDispatcher(AlertStore alerts, TargetGuard targetGuard, WebhookSender sender,
                             DeliveryRecorder recorder, NotifierConfig config, Clock clock,
                             MeterRegistry meters) {
        this.alerts = alerts;
        this.targetGuard = targetGuard;
        this.sender = sender;
        this.recorder = recorder;
        this.config = config.webhooks();
        this.clock = clock;
        for (AlertDelivery.Outcome outcome : AlertDelivery.Outcome.values()) {
            attemptCounters.put(outcome, Counter.builder("communique.notifier.webhook.attempts")
                    .description("Webhook delivery attempts by outcome")
                    .tag("outcome", outcome.name())
                    .register(meters));
        }
    }

    /** A claimed alert and until when this instance holds it. */
    private record Leased(ClaimedAlert alert, Instant leaseUntil) {
    }

    @PostConstruct
    void start() {
        queue = new FairQueue<>(config.perEndpointConcurrency(), config.concurrency(), config.queuedPerEndpoint(),
                config.queued());
        claimer = Executors.newSingleThreadExecutor(named("webhook-claimer"));
        // target checks resolve host names (blocking); sends themselves hold no thread
        checker = Executors.newFixedThreadPool(8, named("webhook-target-check"));
        recorderThread = named("webhook-recorder").newThread(this::recordLoop);
        recorderThread.start();
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopping = true;
        claimer.shutdownNow();
        checker.shutdownNow();
        // outcomes not recorded yet are sent again after their lease, with the same webhook-id
        recorderThread.interrupt();
        recorderThread.join(TimeUnit.SECONDS.toMillis(5));
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
        if (!stopping && claimQueued.compareAndSet(false, true)) {
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
            while (!stopping) {
                int room = Math.min(queue.room(), config.claimBatchSize());
                if (room <= 0) {
                    return;
                }
                Instant now = clock.instant();
                Instant leaseUntil = now.plus(config.claimLease());
                // a lane is refilled by half its size once it is below half: no claimed alert has to be given back
                int refill = Math.max(1, config.queuedPerEndpoint() / 2);
                List<String> skipped = List.copyOf(queue.endpointsWaitingAtLeast(refill));
                List<ClaimedAlert> claimed = alerts.claimDue(DeliveryChannels.WEBHOOK, room, refill, skipped, now,
                        leaseUntil);
                List<ClaimedAlert> givenBack = new ArrayList<>();
                for (ClaimedAlert alert : claimed) {
                    if (!alert.subscriptionActive()) {
                        alerts.cancel(alert.id(), now);
                    } else if (!queue.offer(endpointOf(alert), new Leased(alert, leaseUntil))) {
                        givenBack.add(alert);
                    }
                }
                alerts.releaseLeases(givenBack, now);
                moreDue.set(!claimed.isEmpty() || !skipped.isEmpty());
                pump();
                if (claimed.size() < room || !givenBack.isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("claiming due webhook alerts failed (%s); retrying on the next poll", e.toString());
        }
    }

    /** Starts every send the queue lets go now. Called after claims and whenever a send completes. */
    private void pump() {
        FairQueue.Taken<Leased> taken;
        while (!stopping && (taken = queue.take()) != null) {
            start(taken.endpoint(), taken.item());
        }
    }

    private void start(String endpoint, Leased leased) {
        Instant attemptedAt = clock.instant();
        ClaimedAlert alert = leased.alert();
        if (attemptedAt.plus(config.requestTimeout()).isAfter(leased.leaseUntil())) {
            // waited too long here: another instance may claim it once the lease ends, so it is not sent
            queue.done(endpoint);
            return;
        }
        CompletableFuture<SendResult> sent;
        try {
            sent = CompletableFuture.supplyAsync(() -> prepare(alert, attemptedAt), checker)
                    .thenCompose(prepared -> prepared.refused() != null
                            ? CompletableFuture.completedFuture(prepared.refused())
                            : sender.sendAsync(prepared.target(), prepared.message()));
        } catch (RejectedExecutionException shuttingDown) {
            queue.done(endpoint);
            return;
        }
        sent.whenComplete((result, failure) -> {
            queue.done(endpoint);
            SendResult outcome = failure == null ? result
                    : SendResult.error("internal error while sending: " + failure.getClass().getSimpleName(), 0);
            outcomes.add(new Attempted(DeliveryChannels.WEBHOOK, alert, attemptedAt, outcome));
            pump();
            // keep the queue fed while a backlog is due; otherwise new alerts and the poll wake the claimer
            if (moreDue.get() && queue.queued() < config.claimBatchSize()) {
                wake();
            }
        });
    }

    private record Prepared(ResolvedTarget target, WebhookMessage message, SendResult refused) {
    }

    private Prepared prepare(ClaimedAlert alert, Instant attemptedAt) {
        ResolvedTarget target;
        try {
            target = targetGuard.check(alert.target());
        } catch (RefusedTargetException e) {
            return new Prepared(null, null, SendResult.error("target refused: " + e.getMessage(), 0));
        }
        try {
            return new Prepared(target, WebhookMessage.signed(target.url(), alert.webhookSecret(),
                    alert.previousWebhookSecret(), alert.id().toString(), attemptedAt.getEpochSecond(), body(alert)),
                    null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot build the body of alert %s", alert.id());
            return new Prepared(null, null, SendResult.error("internal error while preparing the alert", 0));
        }
    }

    /** Records outcomes in batches; a batch that fails for a reason that can pass is tried again. */
    private void recordLoop() {
        List<Attempted> batch = new ArrayList<>();
        while (!stopping || !outcomes.isEmpty()) {
            try {
                if (batch.isEmpty()) {
                    Attempted first = outcomes.poll(1, TimeUnit.SECONDS);
                    if (first == null) {
                        continue;
                    }
                    batch.add(first);
                    outcomes.drainTo(batch, config.recordBatchSize() - 1);
                }
                record(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private void record(List<Attempted> batch) throws InterruptedException {
        Duration wait = Duration.ofMillis(100);
        while (true) {
            try {
                count(recorder.recordAll(batch));
                return;
            } catch (RuntimeException e) {
                if (!TransientFailures.isTransient(e) || stopping) {
                    LOG.errorf("recording %d webhook attempts failed (%s); recording them one by one",
                            batch.size(), e.toString());
                    recordOneByOne(batch);
                    return;
                }
                LOG.debugf("recording %d webhook attempts failed (%s); retrying", batch.size(), e.toString());
                Thread.sleep(wait.toMillis());
                wait = wait.multipliedBy(2).compareTo(RECORD_RETRY_MAX) > 0 ? RECORD_RETRY_MAX : wait.multipliedBy(2);
            }
        }
    }

    private void recordOneByOne(List<Attempted> batch) {
        for (Attempted attempt : batch) {
            try {
                count(QuarkusTransaction.requiringNew().call(() -> recorder.recordAll(List.of(attempt))));
            } catch (RuntimeException e) {
                LOG.errorf("recording the attempt of alert %s failed (%s); it is sent again after its lease",
                        attempt.alert().id(), e.toString());
            }
        }
    }

    private void count(List<AlertDelivery> deliveries) {
        for (AlertDelivery delivery : deliveries) {
            attemptCounters.get(delivery.outcome()).increment();
            if (delivery.outcome() != AlertDelivery.Outcome.DELIVERED) {
                LOG.infof("webhook alert %s attempt %d: %s (status %s, %s)", delivery.alertId(), delivery.attempt(),
                        delivery.outcome(), delivery.statusCode(), delivery.error());
            }
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
