package org.communique.notifier.alerts;

import org.communique.contracts.Alert;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;

import java.time.Instant;
import java.util.UUID;

/** The {@code Alert} JSON a subscriber receives, the same on every channel. */
public final class AlertBodies {

    private AlertBodies() {
    }

    public static String encode(UUID alertId, UUID subscriptionId, Instant createdAt, String releasePayload) {
        EnrichedRelease release = EventJson.decode(releasePayload, EnrichedRelease.class);
        return EventJson.encode(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId, release)));
    }
}
