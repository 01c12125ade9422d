package org.communique.notifier.subscriptions;

import java.util.UUID;

/** Response of a redelivery: the alert, whose id the receiver sees again as {@code webhook-id}. */
public record RedeliveryQueued(UUID alertId) {
}
