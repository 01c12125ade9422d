package org.communique.notifier.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.notifier.alerts.AlertStatus;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.outbox.OutboxWriter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Persists the outcome of one attempt in a single transaction: the alert's next state (delivered,
 * retry at a time, failed), the attempt row, and the {@code alerts.deliveries} event in the outbox.
 */
@ApplicationScoped
public class DeliveryRecorder {

    private final AlertStore alerts;
    private final OutboxWriter outbox;
    private final RetrySchedule retrySchedule;
    private final Clock clock;

    public DeliveryRecorder(AlertStore alerts, OutboxWriter outbox, RetrySchedule retrySchedule, Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.retrySchedule = retrySchedule;
        this.clock = clock;
    }

    /** Returns the recorded delivery, or empty when another dispatcher already recorded this attempt. */
    @Transactional
    public Optional<AlertDelivery> record(ClaimedAlert alert, Instant attemptedAt, SendResult result) {
        int attempt = alert.attempts() + 1;
        Instant now = clock.instant();
        AlertDelivery.Outcome outcome;
        AlertStatus status;
        Instant nextAttemptAt = null;
        if (result.delivered()) {
            outcome = AlertDelivery.Outcome.DELIVERED;
            status = AlertStatus.DELIVERED;
        } else {
            Optional<Duration> delay = retrySchedule.delayAfter(attempt);
            if (delay.isPresent()) {
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

        DeliveryAttempt row = new DeliveryAttempt();
        row.alertId = alert.id();
        row.subscriptionId = alert.subscriptionId();
        row.releaseId = alert.releaseId();
        row.channel = DeliveryChannels.WEBHOOK;
        row.attempt = attempt;
        row.attemptedAt = attemptedAt;
        row.outcome = outcome;
        row.statusCode = result.statusCode();
        row.error = result.error();
        row.durationMillis = result.durationMillis();
        row.nextAttemptAt = nextAttemptAt;
        row.persist();

        AlertDelivery delivery = new AlertDelivery(alert.id(), alert.subscriptionId(), alert.releaseId(), DeliveryChannels.WEBHOOK,
                attempt, outcome, result.statusCode(), result.error(), attemptedAt, result.durationMillis());
        outbox.add(EventTypes.ALERT_DELIVERY, alert.releaseId().toString(), EventJson.encode(delivery));
        return Optional.of(delivery);
    }
}
