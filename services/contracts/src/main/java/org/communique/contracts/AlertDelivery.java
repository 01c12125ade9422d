package org.communique.contracts;

import java.time.Instant;
import java.util.UUID;

/** One delivery attempt of an alert ({@code org.communique.alert.delivery.v1} on {@link Topics#ALERTS_DELIVERIES}). */
public record AlertDelivery(
        UUID alertId,
        UUID subscriptionId,
        UUID releaseId,
        String channel,
        int attempt,
        Outcome outcome,
        Integer statusCode,
        String error,
        Instant attemptedAt,
        long durationMillis) {

    public enum Outcome { DELIVERED, RETRY_SCHEDULED, FAILED }
}
