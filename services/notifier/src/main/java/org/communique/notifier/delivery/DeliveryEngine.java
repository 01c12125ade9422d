package org.communique.notifier.delivery;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.communique.contracts.AlertDelivery;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.alerts.TransientFailures;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The delivery engine every pushed channel runs on: claim, schedule, send, record. Claims due alerts in
 * batches ({@link DeliveryChannel#claim}, one statement), holds them in a {@link FairQueue} (round-robin
 * over endpoints, a cap per endpoint and in all, bounded memory), lets the channel send them without
 * blocking, and records the outcomes in batches ({@link DeliveryRecorder#recordAll}: retries on the
 * schedule or after {@code Retry-After}, 410 and auto-disable, the {@code alerts.deliveries} event).
 * <p>
 * New alerts usually need no claim: the consumer inserts them leased and hands them over ({@link #accept}).
 * Claim rounds run when {@link #wake()} is called (after a transaction created alerts it did not lease, when
 * sends complete while more are due) and on the channel's poll, which picks up scheduled retries, what did not
 * fit in memory, and whatever a restart or another instance left behind. A delivery is sent at most once per lease: one that waited in memory until its lease nearly
 * ran out is dropped unsent (it comes due again and is claimed anew), and one whose outcome cannot be
 * recorded is sent again after its lease, with the same alert id ({@code webhook-id}).
 */
public final class DeliveryEngine<D extends Delivery> {

    private static final Logger LOG = Logger.getLogger(DeliveryEngine.class);
    private static final Duration RECORD_RETRY_MAX = Duration.ofSeconds(5);

    private final DeliveryChannel<D> channel;
    private final AlertStore alerts;
    private final DeliveryRecorder recorder;
    private final EngineSettings settings;
    private final Clock clock;
    private final Map<AlertDelivery.Outcome, Counter> attemptCounters = new EnumMap<>(AlertDelivery.Outcome.class);
    private final FairQueue<Leased<D>> queue;
    private final AtomicBoolean claimQueued = new AtomicBoolean();
    /** The last claim found alerts, or left out endpoints with a full lane: more are likely due. */
    private final AtomicBoolean moreDue = new AtomicBoolean();
    /** The last claim found nothing but left out full lanes: only their endpoints may have more due. */
    private final AtomicBoolean onlyFullLanesDue = new AtomicBoolean();
    private final LinkedBlockingQueue<Attempted> outcomes = new LinkedBlockingQueue<>();
    private final ExecutorService claimer;
    private final Thread recorderThread;
    private volatile boolean stopping;

    public DeliveryEngine(DeliveryChannel<D> channel, AlertStore alerts, DeliveryRecorder recorder,
                          EngineSettings settings, Clock clock, MeterRegistry meters) {
        this.channel = channel;
        this.alerts = alerts;
        this.recorder = recorder;
        this.settings = settings;
        this.clock = clock;
        for (AlertDelivery.Outcome outcome : AlertDelivery.Outcome.values()) {
            attemptCounters.put(outcome, Counter.builder("communique.notifier." + channel.type() + ".attempts")
                    .description("Delivery attempts of the " + channel.type() + " channel by outcome")
                    .tag("outcome", outcome.name())
                    .register(meters));
        }
        this.queue = new FairQueue<>(settings.perEndpoint(), settings.concurrency(), settings.queuedPerEndpoint(),
                settings.queued());
        this.claimer = Executors.newSingleThreadExecutor(daemon(channel.type() + "-claimer"));
        this.recorderThread = daemon(channel.type() + "-recorder").newThread(this::recordLoop);
        recorderThread.start();
    }

    /** A claimed delivery and until when this instance holds it. */
    private record Leased<D>(D delivery, Instant leaseUntil) {
    }

    /** Stops claiming and sending; outcomes not recorded yet are sent again after their lease. */
    public void stop() throws InterruptedException {
        stopping = true;
        claimer.shutdownNow();
        recorderThread.interrupt();
        recorderThread.join(TimeUnit.SECONDS.toMillis(5));
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

    /**
     * Takes deliveries this instance leased without a claim (the consumer inserted them leased until
     * {@code leaseUntil} and committed), on the claimer's thread like a claim's. Those its queue has no room
     * for are given back to the database at once, due now, for the next claim of any instance; if that
     * fails, they come due when the lease ends.
     */
    public void accept(List<D> leased, Instant leaseUntil) {
        if (stopping || leased.isEmpty()) {
            return;
        }
        try {
            claimer.execute(() -> queueLeased(leased, leaseUntil));
        } catch (RejectedExecutionException shuttingDown) {
            // stopping: the leases end and the alerts are claimed again
        }
    }

    private void queueLeased(List<D> leased, Instant leaseUntil) {
        Instant now = clock.instant();
        List<ClaimedAlert> givenBack = new ArrayList<>();
        for (D delivery : leased) {
            if (!queue.offer(delivery.endpoint(), new Leased<>(delivery, leaseUntil))) {
                givenBack.addAll(delivery.alerts());
            }
        }
        if (!givenBack.isEmpty()) {
            moreDue.set(true);
            try {
                alerts.releaseLeases(givenBack, now);
            } catch (RuntimeException e) {
                LOG.warnf("giving back the leases of %d %s alerts failed (%s); they come due when the leases end",
                        givenBack.size(), channel.type(), e.toString());
            }
        }
        pump();
    }

    /** Sends in flight now (for tests and metrics). */
    public int inFlight() {
        return queue.inFlight();
    }

    private void claimAndDispatch() {
        claimQueued.set(false);
        try {
            while (!stopping) {
                int room = Math.min(queue.room(), settings.claimBatchSize());
                if (room <= 0) {
                    return;
                }
                Instant now = clock.instant();
                Instant leaseUntil = now.plus(settings.claimLease());
                int refill = refillLevel();
                List<String> skipped = List.copyOf(queue.endpointsWaitingAtLeast(refill));
                List<D> claimed = channel.claim(room, refill, skipped, now, leaseUntil);
                List<ClaimedAlert> givenBack = new ArrayList<>();
                for (D delivery : claimed) {
                    if (!delivery.subscriptionActive()) {
                        delivery.alerts().forEach(alert -> alerts.cancel(alert.id(), now));
                    } else if (!queue.offer(delivery.endpoint(), new Leased<>(delivery, leaseUntil))) {
                        givenBack.addAll(delivery.alerts());
                    }
                }
                alerts.releaseLeases(givenBack, now);
                moreDue.set(!claimed.isEmpty() || !skipped.isEmpty());
                onlyFullLanesDue.set(claimed.isEmpty() && !skipped.isEmpty());
                pump();
                if (claimed.size() < room || !givenBack.isEmpty()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.warnf("claiming due %s alerts failed (%s); retrying on the next poll", channel.type(), e.toString());
        }
    }

    /**
     * Starts every send the queue lets go now. Called after claims and whenever a send completes. A lane that
     * falls below the level at which claims refill it asks for a claim while more are due.
     */
    private void pump() {
        int refillLevel = refillLevel();
        boolean fellBelow = false;
        FairQueue.Taken<Leased<D>> taken;
        while (!stopping && (taken = queue.take()) != null) {
            start(taken.endpoint(), taken.item());
            fellBelow |= taken.waiting() == refillLevel - 1;
        }
        if (fellBelow && moreDue.get()) {
            wake();
        }
    }

    // a lane is refilled by half its size once it is below half: no claimed alert has to be given back
    private int refillLevel() {
        return Math.max(1, settings.queuedPerEndpoint() / 2);
    }

    private void start(String endpoint, Leased<D> leased) {
        Instant attemptedAt = clock.instant();
        D delivery = leased.delivery();
        if (attemptedAt.plus(settings.sendTimeout()).isAfter(leased.leaseUntil())) {
            // waited too long here: another instance may claim it once the lease ends, so it is not sent
            queue.done(endpoint);
            return;
        }
        CompletionStage<SendResult> sent;
        try {
            sent = channel.send(delivery, attemptedAt);
        } catch (RuntimeException e) {
            sent = CompletableFuture.completedFuture(SendResult.error("internal error while sending", 0));
            LOG.errorf(e, "the %s channel failed to start a send", channel.type());
        }
        sent.whenComplete((result, failure) -> {
            queue.done(endpoint);
            SendResult outcome = failure == null ? result : SendResult.error("internal error while sending", 0);
            for (ClaimedAlert alert : delivery.alerts()) {
                outcomes.add(new Attempted(channel.type(), alert, attemptedAt, outcome));
            }
            pump();
            // keep the queue fed while a backlog is due; otherwise new alerts and the poll wake the claimer. When
            // the last claim found nothing because every lane with due alerts was full, only a lane falling below
            // the refill level (pump) can change that: a claim after every send scanned the whole backlog for nothing
            if (moreDue.get() && !onlyFullLanesDue.get() && queue.queued() < settings.claimBatchSize()) {
                wake();
            }
        });
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
                    collect(batch);
                }
                record(batch);
                batch.clear();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Adds what else arrives within the linger after the batch's first outcome, up to the batch size. */
    private void collect(List<Attempted> batch) throws InterruptedException {
        long until = System.nanoTime() + settings.recordLinger().toNanos();
        while (true) {
            outcomes.drainTo(batch, settings.recordBatchSize() - batch.size());
            long left = until - System.nanoTime();
            if (batch.size() >= settings.recordBatchSize() || left <= 0) {
                return;
            }
            Attempted next = outcomes.poll(left, TimeUnit.NANOSECONDS);
            if (next == null) {
                return;
            }
            batch.add(next);
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
                    LOG.errorf("recording %d %s attempts failed (%s); recording them one by one", batch.size(),
                            channel.type(), e.toString());
                    recordOneByOne(batch);
                    return;
                }
                LOG.debugf("recording %d %s attempts failed (%s); retrying", batch.size(), channel.type(), e.toString());
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
                LOG.infof("%s alert %s attempt %d: %s (status %s, %s)", channel.type(), delivery.alertId(),
                        delivery.attempt(), delivery.outcome(), delivery.statusCode(), delivery.error());
            }
        }
    }

    static java.util.concurrent.ThreadFactory daemon(String prefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
