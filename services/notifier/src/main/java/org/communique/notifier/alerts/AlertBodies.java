package org.communique.notifier.alerts;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.communique.contracts.Alert;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.UUID;

/** The {@code Alert} JSON a subscriber receives, the same on every channel. */
public final class AlertBodies {

    private static final ObjectWriter CANONICAL = EventJson.mapper().writer()
            .with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);
    private static final String ENVELOPE_END = "}}";
    private static final byte[] RELEASE_FIELD = ",\"release\":".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = ENVELOPE_END.getBytes(StandardCharsets.US_ASCII);

    private AlertBodies() {
    }

    public static String encode(UUID alertId, UUID subscriptionId, Instant createdAt, String releasePayload) {
        return encodeAround(alertId, subscriptionId, createdAt, canonical(releasePayload));
    }

    /** The release as the {@code Alert} encodes it, from its stored form (jsonb orders keys its own way). */
    public static String canonical(String releasePayload) {
        return canonical(EventJson.decode(releasePayload, EnrichedRelease.class));
    }

    /**
     * The release as the {@code Alert} encodes it. Maps' entries are ordered by key: a map decoded from
     * the table has jsonb's order of keys, the one the consumer decoded from its record the producer's, and
     * a webhook body is the same bytes whichever it was built from.
     */
    public static String canonical(EnrichedRelease release) {
        try {
            return CANONICAL.writeValueAsString(release);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode release " + release.release().id(), e);
        }
    }

    /** The same in UTF-8. */
    public static byte[] canonicalUtf8(EnrichedRelease release) {
        try {
            return CANONICAL.writeValueAsBytes(release);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot encode release " + release.release().id(), e);
        }
    }

    /**
     * The same bytes as encoding the whole {@code Alert}, around a release already encoded by
     * {@link #canonical}: the release is the last field of {@code data}, and {@code data} the last of the
     * envelope, so the envelope encoded without it (null fields are left out) ends where it goes. A fan-out
     * encodes its release once instead of once per subscriber.
     */
    public static String encodeAround(UUID alertId, UUID subscriptionId, Instant createdAt, String canonicalRelease) {
        String envelope = envelope(alertId, subscriptionId, createdAt);
        return envelope.substring(0, envelope.length() - ENVELOPE_END.length()) + ",\"release\":" + canonicalRelease
                + ENVELOPE_END;
    }

    /** The same as {@link #encodeAround(UUID, UUID, Instant, String)} in UTF-8, around the release in UTF-8. */
    public static byte[] encodeAround(UUID alertId, UUID subscriptionId, Instant createdAt, byte[] canonicalRelease) {
        // ids and the timestamp are ASCII: one byte per character
        String envelope = envelope(alertId, subscriptionId, createdAt);
        int head = envelope.length() - ENVELOPE_END.length();
        byte[] body = new byte[head + RELEASE_FIELD.length + canonicalRelease.length + END.length];
        envelope.getBytes(0, head, body, 0);
        System.arraycopy(RELEASE_FIELD, 0, body, head, RELEASE_FIELD.length);
        System.arraycopy(canonicalRelease, 0, body, head + RELEASE_FIELD.length, canonicalRelease.length);
        System.arraycopy(END, 0, body, body.length - END.length, END.length);
        return body;
    }

    private static String envelope(UUID alertId, UUID subscriptionId, Instant createdAt) {
        String envelope = EventJson.encode(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId,
                null)));
        if (!envelope.endsWith(ENVELOPE_END)) {
            throw new IllegalStateException("unexpected alert envelope: " + envelope);
        }
        return envelope;
    }
}
