package org.communique.notifier.subscriptions;

import java.time.Instant;
import java.util.UUID;

/** Fired inside the transaction that disabled a subscription; observe it after commit to tell its owner. */
public record SubscriptionDisabled(UUID subscriptionId, DisabledReason reason, Instant disabledAt) {
}
