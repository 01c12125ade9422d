package org.communique.notifier.delivery;

import org.communique.notifier.subscriptions.SubscriptionDisabled;
import org.communique.notifier.subscriptions.DisabledNotices;
import org.communique.notifier.subscriptions.DisabledReason;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.contracts.AlertDelivery;
import org.communique.notifier.NotifierConfig;
import org.communique.notifier.alerts.AlertStatus;
import org.communique.notifier.alerts.AlertStore;
import org.communique.notifier.alerts.ClaimedAlert;
import org.communique.notifier.deliveries.AttemptLog;
import org.communique.notifier.deliveries.DeliveryAttempt;
import org.communique.notifier.deliveries.DeliveryChannels;
import org.communique.notifier.outbox.DeliveryEvents;
import org.communique.outbox.Outbox;
import org.communique.platform.net.ErrorText;
import org.communique.outbox.OutboxEvent;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Persists the outcome of one attempt in a single transaction: the alert's next state (delivered,
 * retry at a time, failed), the attempt row, the endpoint's health, and the {@code alerts.deliveries}
 * event in the outbox; {@link #recordAll} does a whole batch of attempts in one transaction.
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
    private final AttemptLog attemptLog;
    private final RetrySchedule retrySchedule;
    private final EndpointHealth endpoints;
    private final NotifierConfig.Webhooks config;
    private final Event<SubscriptionDisabled> disabled;
    private final Clock clock;

    public DeliveryRecorder(AlertStore alerts, Outbox outbox, AttemptLog attemptLog, RetrySchedule retrySchedule,
                            EndpointHealth endpoints, NotifierConfig config, Event<SubscriptionDisabled> disabled,
                            Clock clock) {
        this.alerts = alerts;
        this.outbox = outbox;
        this.attemptLog = attemptLog;
        this.retrySchedule = retrySchedule;
        this.endpoints = endpoints;
        this.config = config.webhooks();
        this.disabled = disabled;
        this.clock = clock;
    }

    /**
     * Records a batch of attempts in one transaction. The delivered ones, nearly all of them when endpoints
     * are healthy, cost a constant number of statements whatever their number: alerts completed in one,
     * endpoint health in one, attempt rows in one, {@code alerts.deliveries} events in one. The others go
     * through {@link #record(String, ClaimedAlert, Instant, SendResult)} one by one (retry schedule,
     * Retry-After, 410, auto-disable). Returns the deliveries recorded (stale attempts left out).
     *
     * <p>The subscription rows the batch may update (endpoint health) are locked first, in ascending id order,
     * the order in which the consumer locks them: locked as each statement reached them, in batch order, a
     * recorder and a consumer sharing two subscriptions could deadlock. Only those rows: the subscriptions of
     * attempts that did not deliver and those in a run of failures; a success of any other changes nothing.
     */
    @Transactional
    public List<AlertDelivery> recordAll(List<Attempted> attempts) {
        Instant now = clock.instant();
        Set<UUID> succeeded = new HashSet<>();
        Set<UUID> failed = new HashSet<>();
        attempts.forEach(attempt -> (attempt.result().delivered() ? succeeded : failed)
                .add(attempt.alert().subscriptionId()));
        // one row cannot be taken out of order; with more, only the rows locked here are updated
        Set<UUID> updatable = succeeded.size() + failed.size() > 1 ? endpoints.lockInIdOrder(succeeded, failed) : null;
        List<Attempted> delivered = attempts.stream().filter(a -> a.result().delivered()).toList();
        Set<UUID> completed = alerts.completeDelivered(delivered.stream().map(Attempted::alert).toList(), now);
        List<AlertDelivery> recorded = new ArrayList<>();
        List<DeliveryAttempt> rows = new ArrayList<>();
        List<OutboxEvent> events = new ArrayList<>();
        Set<UUID> healthy = new HashSet<>();
        for (Attempted attempt : delivered) {
            ClaimedAlert alert = attempt.alert();
            if (!completed.contains(alert.id())) {
                continue;
            }
            if (DeliveryChannels.WEBHOOK.equals(attempt.channel())) {
                healthy.add(alert.subscriptionId());
            }
            SendResult result = attempt.result();
            AlertDelivery delivery = new AlertDelivery(alert.id(), alert.subscriptionId(), alert.releaseId(),
                    attempt.channel(), alert.attempts() + 1, AlertDelivery.Outcome.DELIVERED, result.statusCode(),
                    null, attempt.attemptedAt(), result.durationMillis());
            rows.add(row(delivery, null));
            events.add(DeliveryEvents.of(delivery, now));
            recorded.add(delivery);
        }
        if (updatable != null) {
            healthy.retainAll(updatable);
        }
        endpoints.succeeded(healthy);
        attemptLog.insertAll(rows);
        outbox.appendAll(events);
        for (Attempted attempt : attempts) {
            if (!attempt.result().delivered()) {
                record(attempt.channel(), attempt.alert(), attempt.attemptedAt(), attempt.result())
                        .ifPresent(recorded::add);
            }
        }
        return recorded;
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
        // the owner reads it: no credentials, query strings, internal addresses or Java type names
        String error = result.error() == null ? null : ErrorText.sanitize(result.error());
        DisabledReason disable = null;
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
                disable = DisabledReason.GONE;
                error = "the endpoint answered 410 Gone; the subscription is disabled";
            } else if (webhook && failingTooLong(alert, attemptedAt, now)) {
                disable = DisabledReason.FAILING;
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
            DisabledReason reason = disable;
            endpoints.disable(alert.subscriptionId(), reason, now).ifPresent(disabledAt ->
                    disabled.fire(new SubscriptionDisabled(alert.subscriptionId(), reason, disabledAt)));
        }

        AlertDelivery delivery = new AlertDelivery(alert.id(), alert.subscriptionId(), alert.releaseId(), channel,
                attempt, outcome, result.statusCode(), error, attemptedAt, result.durationMillis());
        row(delivery, nextAttemptAt).persist();
        outbox.append(DeliveryEvents.of(delivery, now));
        return Optional.of(delivery);
    }

    private static DeliveryAttempt row(AlertDelivery delivery, Instant nextAttemptAt) {
        DeliveryAttempt row = new DeliveryAttempt();
        row.alertId = delivery.alertId();
        row.subscriptionId = delivery.subscriptionId();
        row.releaseId = delivery.releaseId();
        row.channel = delivery.channel();
        row.attempt = delivery.attempt();
        row.attemptedAt = delivery.attemptedAt();
        row.outcome = delivery.outcome();
        row.statusCode = delivery.statusCode();
        row.error = delivery.error();
        row.durationMillis = delivery.durationMillis();
        row.nextAttemptAt = nextAttemptAt;
        return row;
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
