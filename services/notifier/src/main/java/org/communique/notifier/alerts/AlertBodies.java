package org.communique.notifier.alerts;

import org.communique.contracts.Alert;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;

import java.time.Instant;
import java.util.UUID;

/** The {@code Alert} JSON a subscriber receives, the same on every channel. */
public final class AlertBodies {

    private static final String ENVELOPE_END = "}}";

    private AlertBodies() {
    }

    public static String encode(UUID alertId, UUID subscriptionId, Instant createdAt, String releasePayload) {
        return encodeAround(alertId, subscriptionId, createdAt, canonical(releasePayload));
    }

    /** The release as the {@code Alert} encodes it, from its stored form (jsonb orders keys its own way). */
    public static String canonical(String releasePayload) {
        return EventJson.encode(EventJson.decode(releasePayload, EnrichedRelease.class));
    }

    /**
     * The same bytes as encoding the whole {@code Alert}, around a release already encoded by
     * {@link #canonical}: the release is the last field of {@code data}, and {@code data} the last of the
     * envelope, so the envelope encoded without it (null fields are left out) ends where it goes. A fan-out
     * encodes its release once instead of once per subscriber.
     */
    public static String encodeAround(UUID alertId, UUID subscriptionId, Instant createdAt, String canonicalRelease) {
        String envelope = EventJson.encode(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId,
                null)));
        if (!envelope.endsWith(ENVELOPE_END)) {
            throw new IllegalStateException("unexpected alert envelope: " + envelope);
        }
        return envelope.substring(0, envelope.length() - ENVELOPE_END.length()) + ",\"release\":" + canonicalRelease
                + ENVELOPE_END;
    }
}
