package org.communique.notifier.alerts;

import java.util.UUID;

/**
 * Fired inside the transaction that inserted alerts; observe it after commit to start delivery.
 * {@code webhooksLeased}: the transaction's webhook alerts were leased as they were inserted and are handed
 * over with {@link AlertsLeased}, so there is nothing for a webhook claim to find. {@code emails}: the
 * transaction may have created email alerts; when it did not, the email channel has nothing to claim.
 */
public record AlertsCreated(UUID releaseId, int count, boolean webhooksLeased, boolean emails) {

    public AlertsCreated(UUID releaseId, int count) {
        this(releaseId, count, false, true);
    }
}
