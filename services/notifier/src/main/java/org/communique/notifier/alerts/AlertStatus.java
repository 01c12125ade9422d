package org.communique.notifier.alerts;

public enum AlertStatus {
    /** Waiting for its first or next attempt at {@code next_attempt_at}. */
    PENDING,
    DELIVERED,
    /** Every scheduled attempt failed. */
    FAILED,
    /** Its subscription was deleted or disabled before delivery. */
    CANCELLED,
    /** Kept for the stream and the feed; its subscription has no channel to push to. */
    STORED
}
