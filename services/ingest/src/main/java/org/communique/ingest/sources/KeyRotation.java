package org.communique.ingest.sources;

import java.time.Instant;
import java.util.UUID;

/**
 * The answer to a key rotation: the new key, shown this once, and until when the previous one still works.
 */
public record KeyRotation(UUID sourceId, String key, Instant previousKeyValidUntil) {

    /** @param grace ISO-8601 duration the previous key keeps working; the configured default if absent */
    public record Request(String grace) {
    }
}
