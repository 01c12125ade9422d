package org.communique.contracts;

import java.time.Instant;
import java.util.Objects;

/** A release with its tags ({@code org.communique.release.enriched.v1} on {@link Topics#PRESS_RELEASES_ENRICHED}). */
public record EnrichedRelease(PressRelease release, Tags tags, Instant enrichedAt) {

    public EnrichedRelease {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
    }
}
