package org.communique.notifier.deliveries;

import java.util.List;

/** Response of {@code GET /api/v1/subscriptions/{id}/deliveries}, newest attempt first. */
public record DeliveryAttemptList(List<DeliveryAttemptView> deliveries) {
}
