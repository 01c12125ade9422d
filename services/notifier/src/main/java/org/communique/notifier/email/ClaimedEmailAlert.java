package org.communique.notifier.email;

import org.communique.notifier.alerts.ClaimedAlert;

import java.time.Instant;
import java.util.UUID;

/** An email alert leased for sending, with its subscription's address, digest choice, filter and link token. */
record ClaimedEmailAlert(UUID id, UUID subscriptionId, UUID releaseId, int attempts, Instant createdAt, String address,
                         String digest, String emailToken, String filterJson, boolean subscriptionActive,
                         String releasePayload) {

    /** The same alert as the delivery recorder sees every push channel's alerts. */
    ClaimedAlert asClaimedAlert() {
        return new ClaimedAlert(id, subscriptionId, releaseId, attempts, createdAt, address, null, null, null,
                subscriptionActive, 0);
    }

    boolean inDigest() {
        return !"IMMEDIATE".equals(digest);
    }

    @Override
    public String toString() {
        return "ClaimedEmailAlert[id=" + id + ", subscriptionId=" + subscriptionId + ", attempts=" + attempts + "]";
    }
}
