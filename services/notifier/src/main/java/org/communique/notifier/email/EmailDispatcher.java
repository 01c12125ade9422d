package org.communique.notifier.email;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
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
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.webhooks.DeliveryRecorder;
import org.communique.notifier.webhooks.SendResult;
import org.jboss.logging.Logger;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Sends due email alerts over SMTP: one email per alert for immediate subscriptions, one per
 * subscription and round for digests (their alerts fall due together at the hour or the day). Each
 * alert's outcome is recorded like a webhook attempt (status 250 when the SMTP server accepted it) and
 * published to {@code alerts.deliveries}; failures are retried on the webhook schedule.
 */
@ApplicationScoped
public class EmailDispatcher {

    private static final Logger LOG = Logger.getLogger(EmailDispatcher.class);
    private static final int SMTP_OK = 250;

    private final EmailQueue queue;
    private final Mailer mailer;
    private final EmailLinks links;
    private final DeliveryRecorder recorder;
    private final AlertStore alerts;
    private final NotifierConfig.Email config;
    private final Clock clock;
    private final AtomicBoolean queued = new AtomicBoolean();
    private ExecutorService sender;

    public EmailDispatcher(EmailQueue queue, Mailer mailer, EmailLinks links, DeliveryRecorder recorder, AlertStore alerts,
                           NotifierConfig config, Clock clock) {
        this.queue = queue;
        this.mailer = mailer;
        this.links = links;
        this.recorder = recorder;
        this.alerts = alerts;
        this.config = config.email();
        this.clock = clock;
    }

    @PostConstruct
    void start() {
        sender = Executors.newSingleThreadExecutor(r -> {
            Thread thread = new Thread(r, "email-sender");
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        sender.shutdownNow();
    }

    @Scheduled(every = "${communique.notifier.email.poll-interval}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP, skipExecutionIf = StartupGate.class)
    void poll() {
        wake();
    }

    void onAlertsCreated(@Observes(during = TransactionPhase.AFTER_SUCCESS) AlertsCreated created) {
        wake();
    }

    void wake() {
        if (queued.compareAndSet(false, true)) {
            try {
                sender.execute(this::drain);
            } catch (RejectedExecutionException shuttingDown) {
                queued.set(false);
            }
        }
    }

    private void drain() {
        queued.set(false);
        try {
            List<ClaimedEmailAlert> claimed;
            do {
                Instant now = clock.instant();
                claimed = queue.claimDue(config.batchSize(), now, now.plus(config.claimLease()));
                for (List<ClaimedEmailAlert> email : emails(claimed)) {
                    send(email);
                }
            } while (claimed.size() == config.batchSize());
        } catch (RuntimeException e) {
            LOG.warnf(e, "sending due email alerts failed; retrying on the next poll");
        }
    }

    /** Digest alerts of one subscription make one email; every other alert its own. */
    private static List<List<ClaimedEmailAlert>> emails(List<ClaimedEmailAlert> claimed) {
        Map<UUID, List<ClaimedEmailAlert>> digests = new LinkedHashMap<>();
        List<List<ClaimedEmailAlert>> emails = new ArrayList<>();
        for (ClaimedEmailAlert alert : claimed) {
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
        return emails;
    }

    private void send(List<ClaimedEmailAlert> email) {
        Instant attemptedAt = clock.instant();
        if (!email.get(0).subscriptionActive()) {
            email.forEach(alert -> alerts.cancel(alert.id(), attemptedAt));
            return;
        }
        long started = System.nanoTime();
        SendResult result;
        try {
            Mail mail = AlertEmails.alerts(email, links);
            mailer.send(mail);
            result = SendResult.status(SMTP_OK, elapsedMillis(started));
        } catch (RuntimeException e) {
            LOG.infof("email to subscription %s failed: %s", email.get(0).subscriptionId(), e.toString());
            result = SendResult.error("SMTP: " + shorten(e), elapsedMillis(started));
        }
        for (ClaimedEmailAlert alert : email) {
            try {
                recorder.record(DeliveryChannels.EMAIL, alert.asClaimedAlert(), attemptedAt, result);
            } catch (RuntimeException e) {
                LOG.errorf(e, "recording the email of alert %s failed; it is retried after its lease", alert.id());
            }
        }
    }

    private static String shorten(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > 200 ? message.substring(0, 200) : message;
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
