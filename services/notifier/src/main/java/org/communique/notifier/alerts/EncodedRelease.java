package org.communique.notifier.alerts;

import org.communique.contracts.EnrichedRelease;

/**
 * A release and its canonical encoding ({@link AlertBodies#canonicalUtf8}), encoded once by the consumer for
 * both the {@code releases} table and the webhook bodies kept in memory.
 */
public record EncodedRelease(EnrichedRelease enriched, byte[] json) {

    public static EncodedRelease of(EnrichedRelease enriched) {
        return new EncodedRelease(enriched, AlertBodies.canonicalUtf8(enriched));
    }
}
