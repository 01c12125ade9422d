package org.communique.notifier.subscriptions;

public enum SubscriptionStatus {
    ACTIVE,
    /** Deleted by its owner; kept so that its alerts and delivery attempts stay consistent. */
    DELETED
}
