package org.communique.notifier.alerts;

import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;

import java.time.Instant;
import java.util.UUID;

/** An alert as the stream and the feed read it: its place in the subscription's sequence and its release. */
public record StoredAlert(UUID id, UUID subscriptionId, long seq, Instant createdAt, String releasePayload) {

    public String body() {
        return AlertBodies.encode(id, subscriptionId, createdAt, releasePayload);
    }

    public EnrichedRelease release() {
        return EventJson.decode(releasePayload, EnrichedRelease.class);
    }
}
