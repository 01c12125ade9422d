package org.communique.notifier.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.contracts.AlertDelivery;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.alerts.AlertStatus;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.outbox.DeliveryEvents;
import org.communique.outbox.Outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Persists the outcome of one attempt in a single transaction: the alert's next state (delivered,
 * retry at a time, failed), the attempt row, the endpoint's health, and the {@code alerts.deliveries}
 * event in the outbox.
 *
 * <p>A failed attempt is retried on the schedule, or after the target's {@code Retry-After} for 429
 * and 503 (bounded). A 410 disables the subscription at once, and so does a failure once the endpoint
 * has failed for {@code disable-after} (5 days); that attempt is FAILED and its event's error says the
 * endpoint was disabled, which is how operators watching {@code alerts.deliveries} learn it. The owner
 * is told on the channels that still reach them: after commit, {@link SubscriptionDisabled} puts a
 * {@link DisabledNotice} on the subscription's open SSE streams, and its Atom feed carries the notice
 * for as long as the subscription stays disabled.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private final AlertStore alerts;
    private final Outbox outbox;
    private final RetrySchedule retrySchedule;
    private final EndpointHealth endpoints;
    private final NotifierConfig.Webhooks config;
    private final Event<SubscriptionDisabled> disabled;
    private final Clock clock;

    public DeliveryRecorder(AlertStore alerts, Outbox outbox, RetrySchedule retrySchedule,
                            EndpointHealth endpoints, NotifierConfig config, Event<SubscriptionDisabled> disabled,
                            Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.retrySchedule = retrySchedule;
        this.endpoints = endpoints;
        this.config = config.webhooks();
        this.disabled = disabled;
        this.clock = clock;
    }

    /** Returns the recorded delivery, or empty when another dispatcher already recorded this attempt. */
    @Transactional
    public Optional<AlertDelivery> record(ClaimedAlert alert, Instant attemptedAt, SendResult result) {
        return record(DeliveryChannels.WEBHOOK, alert, attemptedAt, result);
    }

    /** The same for another push channel (email): retries on the schedule; no endpoint health. */
    @Transactional
    public Optional<AlertDelivery> record(String channel, ClaimedAlert alert, Instant attemptedAt, SendResult result) {
        boolean webhook = DeliveryChannels.WEBHOOK.equals(channel);
        int attempt = alert.attempts() + 1;
        Instant now = clock.instant();
        AlertDelivery.Outcome outcome;
        AlertStatus status;
        Instant nextAttemptAt = null;
        String error = result.error();
        EndpointHealth.DisabledReason disable = null;
        if (result.delivered()) {
            outcome = AlertDelivery.Outcome.DELIVERED;
            status = AlertStatus.DELIVERED;
        } else {
            Optional<Duration> delay = retrySchedule.delayAfter(attempt);
            Optional<Duration> asked = result.mayAskToComeBackLater()
                    ? RetryAfter.parse(result.retryAfter(), now) : Optional.empty();
            if (delay.isPresent() && asked.isPresent()) {
                delay = Optional.of(bounded(asked.get()));
            }
            if (webhook && result.gone()) {
                disable = EndpointHealth.DisabledReason.GONE;
                error = "the endpoint answered 410 Gone; the subscription is disabled";
            } else if (webhook && failingTooLong(alert, attemptedAt, now)) {
                disable = EndpointHealth.DisabledReason.FAILING;
                error = "the endpoint has failed every attempt for " + DisabledNotices.describe(config.disableAfter())
                        + " or more; the subscription is disabled";
            }
            if (delay.isPresent() && disable == null) {
                outcome = AlertDelivery.Outcome.RETRY_SCHEDULED;
                status = AlertStatus.PENDING;
                nextAttemptAt = now.plus(delay.get());
            } else {
                outcome = AlertDelivery.Outcome.FAILED;
                status = AlertStatus.FAILED;
            }
        }
        if (!alerts.completeAttempt(alert.id(), alert.attempts(), attempt, status, nextAttemptAt, now)) {
            return Optional.empty();
        }
        if (webhook && result.delivered()) {
            endpoints.succeeded(alert.subscriptionId());
        } else if (disable != null) {
            EndpointHealth.DisabledReason reason = disable;
            endpoints.disable(alert.subscriptionId(), reason, now).ifPresent(disabledAt ->
                    disabled.fire(new SubscriptionDisabled(alert.subscriptionId(), reason, disabledAt)));
        }

        DeliveryAttempt row = new DeliveryAttempt();
        row.alertId = alert.id();
        row.subscriptionId = alert.subscriptionId();
        row.releaseId = alert.releaseId();
        row.channel = channel;
        row.attempt = attempt;
        row.attemptedAt = attemptedAt;
        row.outcome = outcome;
        row.statusCode = result.statusCode();
        row.error = error;
        row.durationMillis = result.durationMillis();
        row.nextAttemptAt = nextAttemptAt;
        row.persist();

        AlertDelivery delivery = new AlertDelivery(alert.id(), alert.subscriptionId(), alert.releaseId(), channel,
                attempt, outcome, result.statusCode(), error, attemptedAt, result.durationMillis());
        outbox.append(DeliveryEvents.of(delivery, now));
        return Optional.of(delivery);
    }

    private boolean failingTooLong(ClaimedAlert alert, Instant attemptedAt, Instant now) {
        Instant failingSince = endpoints.failed(alert.subscriptionId(), attemptedAt);
        return Duration.between(failingSince, now).compareTo(config.disableAfter()) >= 0;
    }

    private Duration bounded(Duration retryAfter) {
        if (retryAfter.compareTo(Duration.ofSeconds(1)) < 0) {
            return Duration.ofSeconds(1);
        }
        return retryAfter.compareTo(config.maxRetryAfter()) > 0 ? config.maxRetryAfter() : retryAfter;
    }
}
