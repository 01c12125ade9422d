package org.communique.notifier.webhooks;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.StartupGate;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.AlertsCreated;
import org.communique.notifier.alerts.AlertsDue;
import org.communique.notifier.alerts.AlertsLeased;
import org.communique.notifier.alerts.ReleaseBodies;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.delivery.Delivery;
import org.communique.notifier.delivery.DeliveryChannel;
import org.communique.notifier.delivery.DeliveryEngine;
import org.communique.notifier.delivery.DeliveryRecorder;
import org.communique.notifier.delivery.EngineSettings;
import org.communique.notifier.delivery.SendResult;
import org.communique.notifier.subscriptions.EndpointKey;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.TargetGuard;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The webhook channel of the {@link DeliveryEngine}: leases due webhook alerts (one statement, see
 * {@link AlertStore#claimDue}), checks each target with {@link TargetGuard} (the connected address must be
 * the checked one) and signs and sends it without blocking ({@link WebhookSender#sendAsync}).
 */
@ApplicationScoped
public class WebhookDispatcher implements DeliveryChannel<WebhookDispatcher.WebhookDelivery> {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);

    private final AlertStore alerts;
    private final TargetGuard targetGuard;
    private final WebhookSender sender;
    private final ReleaseBodies bodies;
    private final DeliveryRecorder recorder;
    private final NotifierConfig.Webhooks config;
    private final Clock clock;
    private final MeterRegistry meters;
    private DeliveryEngine<WebhookDelivery> engine;
    private ExecutorService checker;

    public WebhookDispatcher(AlertStore alerts, TargetGuard targetGuard, WebhookSender sender, ReleaseBodies bodies,
                             DeliveryRecorder recorder, NotifierConfig config, Clock clock, MeterRegistry meters) {
        this.alerts = alerts;
        this.targetGuard = targetGuard;
        this.sender = sender;
        this.bodies = bodies;
        this.recorder = recorder;
        this.config = config.webhooks();
        this.clock = clock;
        this.meters = meters;
    }

    /**
     * One webhook request: one alert to one endpoint, with the release its body is built around when the
     * consumer or the claim had it (null: read when the body is built).
     */
    public record WebhookDelivery(ClaimedAlert alert, String endpoint, byte[] release) implements Delivery {

        @Override
        public List<ClaimedAlert> alerts() {
            return List.of(alert);
        }

        @Override
        public boolean subscriptionActive() {
            return alert.subscriptionActive();
        }
    }

    @PostConstruct
    void start() {
        // target checks resolve host names (blocking, time-bounded); sends themselves hold no thread
        AtomicInteger threads = new AtomicInteger();
        checker = Executors.newFixedThreadPool(8, runnable -> {
            Thread thread = new Thread(runnable, "webhook-target-check-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        engine = new DeliveryEngine<>(this, alerts, recorder, new EngineSettings(config.concurrency(),
                config.perEndpointConcurrency(), config.queuedPerEndpoint(), config.queued(), config.claimBatchSize(),
                config.claimLease(), config.requestTimeout(), config.recordBatchSize(), config.recordLinger()), clock, meters);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        engine.stop();
        checker.shutdownNow();
    }

    @Scheduled(every = "${communique.notifier.webhooks.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        engine.wake();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        if (!created.webhooksLeased()) {
            engine.wake();
        }
    }

    /** Webhook alerts the consumer inserted leased to this instance: sent from memory, no claim. */
    void onAlertsLeased(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsLeased leased) {
        engine.accept(leased.alerts().stream()
                .map(alert -> new WebhookDelivery(alert, endpointOf(alert), leased.release(alert)))
                .toList(), leased.leaseUntil());
    }

    void onAlertsDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsDue due) {
        engine.wake();
    }

    @Override
    public String type() {
        return DeliveryChannels.WEBHOOK;
    }

    @Override
    public List<WebhookDelivery> claim(int limit, int perEndpoint, List<String> skippedEndpoints, Instant now,
                                       Instant leaseUntil) {
        List<ClaimedAlert> claimed = alerts.claimDue(DeliveryChannels.WEBHOOK, limit, perEndpoint, skippedEndpoints,
                now, leaseUntil);
        Map<UUID, byte[]> releases;
        try {
            releases = bodies.load(claimed);
        } catch (RuntimeException e) {
            // each body is read on its own when it is built
            LOG.debugf("reading the releases of %d claimed alerts failed: %s", claimed.size(), e.toString());
            releases = Map.of();
        }
        Map<UUID, byte[]> loaded = releases;
        return claimed.stream()
                .map(alert -> new WebhookDelivery(alert, endpointOf(alert), loaded.get(alert.releaseId())))
                .toList();
    }

    @Override
    public CompletionStage<SendResult> send(WebhookDelivery delivery, Instant attemptedAt) {
        try {
            return CompletableFuture.supplyAsync(() -> prepare(delivery, attemptedAt), checker)
                    .thenCompose(prepared -> prepared.refused() != null
                            ? CompletableFuture.completedFuture(prepared.refused())
                            : sender.sendAsync(prepared.target(), prepared.message()));
        } catch (RejectedExecutionException shuttingDown) {
            return CompletableFuture.completedFuture(SendResult.error("the notifier is shutting down", 0));
        }
    }

    private record Prepared(ResolvedTarget target, WebhookMessage message, SendResult refused) {
    }

    private Prepared prepare(WebhookDelivery delivery, Instant attemptedAt) {
        ClaimedAlert alert = delivery.alert();
        ResolvedTarget target;
        try {
            target = targetGuard.check(alert.target());
        } catch (RefusedTargetException e) {
            return new Prepared(null, null, SendResult.error("target refused: " + e.getMessage(), 0));
        }
        try {
            byte[] body = bodies.body(alert, delivery.release());
            return new Prepared(target, WebhookMessage.signed(target.url(), alert.webhookSecret(),
                    alert.previousWebhookSecret(), alert.id().toString(), attemptedAt.getEpochSecond(), body), null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot build the body of alert %s", alert.id());
            return new Prepared(null, null, SendResult.error("internal error while preparing the alert", 0));
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
}
