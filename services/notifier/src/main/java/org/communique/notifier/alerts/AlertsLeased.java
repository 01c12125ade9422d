package org.communique.notifier.alerts;

import java.time.Instant;
import java.util.List;

/**
 * Fired inside the transaction that inserted these webhook alerts already leased to this instance (until
 * {@code leaseUntil}); observed after commit, it hands them to the delivery engine without a claim. If
 * nothing sends them (the instance dies, its queue is full and giving them back fails), they come due
 * again when the lease ends, like claimed alerts.
 */
public record AlertsLeased(List<ClaimedAlert> alerts, Instant leaseUntil) {
}
