package org.communique.notifier.alerts;

import java.time.Instant;
import java.util.UUID;

/**
 * An alert a dispatcher has leased for one attempt, with what the attempt needs.
 *
 * @param attempts         attempts recorded before this one
 * @param releaseVersion   the version of the release stored when the alert was claimed (the body carries that
 *                         version or a newer one); 0 for channels that read the release themselves
 * @param endpointKey      host:port of the target, for the per-endpoint concurrency cap
 * @param previousWebhookSecret the secret replaced by a rotation, while its grace window lasts; else null
 * @param subscriptionActive false when the subscription was deleted or disabled after the alert was created
 */
public record ClaimedAlert(
        UUID id,
        UUID subscriptionId,
        UUID releaseId,
        int attempts,
        Instant createdAt,
        String target,
        String endpointKey,
        String webhookSecret,
        String previousWebhookSecret,
        boolean subscriptionActive,
        int releaseVersion) {

    @Override
    public String toString() {
        // keeps the signing secret out of logs
        return "ClaimedAlert[id=" + id + ", subscriptionId=" + subscriptionId + ", releaseId=" + releaseId
                + ", attempts=" + attempts + "]";
    }
}
