package org.communique.notifier.deliveries;

import org.communique.contracts.AlertDelivery;

import java.time.Instant;
import java.util.UUID;

/** One attempt; {@code id} or {@code alertId} can be passed to {@code .../deliveries/{id}/redeliver}. */
public record DeliveryAttemptView(
        long id,
        UUID alertId,
        UUID releaseId,
        String channel,
        int attempt,
        Instant attemptedAt,
        AlertDelivery.Outcome outcome,
        Integer statusCode,
        String error,
        long durationMillis,
        Instant nextAttemptAt) {

    public static DeliveryAttemptView of(DeliveryAttempt attempt) {
        return new DeliveryAttemptView(attempt.id, attempt.alertId, attempt.releaseId, attempt.channel, attempt.attempt,
                attempt.attemptedAt, attempt.outcome, attempt.statusCode, attempt.error, attempt.durationMillis,
                attempt.nextAttemptAt);
    }
}
