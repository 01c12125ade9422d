package org.communique.notifier.alerts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Fired inside the transaction that inserted these webhook alerts already leased to this instance (until
 * {@code leaseUntil}); observed after commit, it hands them to the delivery engine without a claim. If
 * nothing sends them (the instance dies, its queue is full and giving them back fails), they come due
 * again when the lease ends, like claimed alerts.
 */
public record AlertsLeased(List<ClaimedAlert> alerts, Instant leaseUntil, Map<UUID, EncodedRelease> releases) {

    /**
     * The release this alert's body is built around, as the consumer encoded it, or null when it encoded an older
     * version than the table holds (a body never carries an older version than its alert).
     */
    public byte[] release(ClaimedAlert alert) {
        EncodedRelease release = releases.get(alert.releaseId());
        return release != null && release.enriched().release().version() >= alert.releaseVersion()
                ? release.json() : null;
    }
}
