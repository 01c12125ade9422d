package org.communique.contracts;

import java.time.Instant;
import java.util.UUID;

/**
 * The body a subscriber receives (webhook POST body, SSE data, feed entry), in the Standard Webhooks
 * envelope shape: {@code {type, timestamp, data}}.
 */
public record Alert(String type, Instant timestamp, Data data) {

    public static final String TYPE = "alert.created";

    public record Data(UUID alertId, UUID subscriptionId, EnrichedRelease release) {
    }
}
