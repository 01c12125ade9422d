package org.communique.notifier.subscriptions;

public enum SubscriptionStatus {
    /** An email subscription whose confirmation link was not followed yet: nothing is matched or sent. */
    UNCONFIRMED,
    ACTIVE,
    /** Paused by its owner: no new alerts, pending deliveries wait until it is resumed. */
    PAUSED,
    /** Disabled by the service (the endpoint answered 410, or failed for days) until its owner resumes it. */
    DISABLED,
    /** Deleted by its owner; kept so that its alerts and delivery attempts stay consistent. */
    DELETED
}
