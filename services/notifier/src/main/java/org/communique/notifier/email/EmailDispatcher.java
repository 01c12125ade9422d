package org.communique.notifier.email;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
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
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.delivery.Delivery;
import org.communique.notifier.delivery.DeliveryChannel;
import org.communique.notifier.delivery.DeliveryEngine;
import org.communique.notifier.delivery.DeliveryRecorder;
import org.communique.notifier.delivery.EngineSettings;
import org.communique.notifier.delivery.SendResult;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

/**
 * The email channel of the {@link DeliveryEngine}: one email per alert for immediate subscriptions, one
 * per subscription and round for digests (their alerts fall due together at the hour or the day), handed
 * to the SMTP server without blocking. Each alert's outcome is recorded like any other attempt (status
 * 250 when the server accepted the mail) and published to {@code alerts.deliveries}; failures are retried
 * on the same schedule. A subscription is its own endpoint with one email in flight, so its emails go out
 * in order and a subscriber with many alerts does not hold up the others.
 */
@ApplicationScoped
public class EmailDispatcher implements DeliveryChannel<EmailDispatcher.Email> {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);
    private static final int SMTP_OK = 250;

    private final EmailQueue queue;
    private final ReactiveMailer mailer;
    private final EmailLinks links;
    private final AlertStore alerts;
    private final DeliveryRecorder recorder;
    private final NotifierConfig.Email config;
    private final Clock clock;
    private final MeterRegistry meters;
    private DeliveryEngine<Email> engine;

    public EmailDispatcher(EmailQueue queue, ReactiveMailer mailer, EmailLinks links, AlertStore alerts,
                           DeliveryRecorder recorder, NotifierConfig config, Clock clock, MeterRegistry meters) {
        this.queue = queue;
        this.mailer = mailer;
        this.links = links;
        this.alerts = alerts;
        this.recorder = recorder;
        this.config = config.email();
        this.clock = clock;
        this.meters = meters;
    }

    /** One email: an immediate alert, or a subscription's digest. */
    public record Email(List<ClaimedEmailAlert> claimed) implements Delivery {

        @Override
        public String endpoint() {
            return claimed.get(0).subscriptionId().toString();
        }

        @Override
        public List<ClaimedAlert> alerts() {
            return claimed.stream().map(ClaimedEmailAlert::asClaimedAlert).toList();
        }

        @Override
        public boolean subscriptionActive() {
            return claimed.get(0).subscriptionActive();
        }
    }

    @PostConstruct
    void start() {
        engine = new DeliveryEngine<>(this, alerts, recorder, new EngineSettings(config.concurrency(), 1,
                config.batchSize(), config.batchSize() * 10, config.batchSize(), config.claimLease(),
                config.sendTimeout(), config.batchSize(), java.time.Duration.ZERO), clock, meters);
    }

    @PreDestroy
    void stop() throws InterruptedException {
        engine.stop();
    }

    @Scheduled(every = "${communique.notifier.email.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        engine.wake();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        // a claim round per webhook-only chunk found nothing and cost a statement each
        if (created.emails()) {
            engine.wake();
        }
    }

    void onAlertsDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsDue due) {
        engine.wake();
    }

    @Override
    public String type() {
        return DeliveryChannels.EMAIL;
    }

    /** Digest alerts of one subscription make one email; every other alert its own. */
    @Override
    public List<Email> claim(int limit, int perEndpoint, List<String> skippedEndpoints, Instant now,
                             Instant leaseUntil) {
        Map<UUID, List<ClaimedEmailAlert>> digests = new LinkedHashMap<>();
        List<List<ClaimedEmailAlert>> emails = new ArrayList<>();
        for (ClaimedEmailAlert alert : queue.claimDue(limit, now, leaseUntil)) {
            if (alert.inDigest()) {
                digests.computeIfAbsent(alert.subscriptionId(), id -> {
                    List<ClaimedEmailAlert> digest = new ArrayList<>();
                    emails.add(digest);
                    return digest;
                }).add(alert);
            } else {
                emails.add(List.of(alert));
            }
        }
        return emails.stream().map(Email::new).toList();
    }

    @Override
    public CompletionStage<SendResult> send(Email email, Instant attemptedAt) {
        long started = System.nanoTime();
        Mail mail;
        try {
            mail = AlertEmails.alerts(email.claimed(), links);
        } catch (RuntimeException e) {
            LOG.errorf(e, "cannot build the email of subscription %s", email.endpoint());
            return CompletableFuture.completedFuture(SendResult.error("internal error while preparing the email", 0));
        }
        return mailer.send(mail)
                .ifNoItem().after(config.sendTimeout()).fail()
                .map(sent -> SendResult.status(SMTP_OK, elapsedMillis(started)))
                .onFailure().recoverWithItem(failure -> {
                    LOG.infof("email to subscription %s failed: %s", email.endpoint(), failure.toString());
                    return SendResult.error("SMTP: " + failure, elapsedMillis(started));
                })
                .subscribeAsCompletionStage();
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
