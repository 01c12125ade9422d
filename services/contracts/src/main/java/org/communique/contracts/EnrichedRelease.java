package org.communique.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * A release with its tags ({@code org.communique.release.enriched.v1} on {@link Topics#PRESS_RELEASES_ENRICHED}).
 *
 * <p>Bounded so that one record always fits Kafka's default 1 MiB request and message sizes: each tag lists at
 * most its first {@value #MAX_MENTIONS_PER_TAG} mentions (fewer, down to none, if the record would still be over
 * {@value #MAX_JSON_BYTES} bytes of JSON), and {@code mentionsOmitted} counts the mentions left out. Tags, events
 * and their evidence are never left out. Absent in records written before the bound: read as 0.
 *
 * <p>{@code tagged} says how much of the text was tagged: a text longer than enrichment's tagging budget is tagged
 * up to the budget only, and says {@code truncated}. Absent (null) in records written before the budget.
 */
public record EnrichedRelease(PressRelease release, Tags tags, Instant enrichedAt, Long mentionsOmitted,
                              Tagged tagged) {

    /** Mentions one tag lists at most, in the event and in {@code /api/v1/tag}'s answer. */
    public static final int MAX_MENTIONS_PER_TAG = 100;
    /** The largest enriched record (UTF-8 JSON), well under Kafka's default 1 MiB max.request.size. */
    public static final int MAX_JSON_BYTES = 900 * 1024;

    public EnrichedRelease {
        Objects.requireNonNull(release, "release");
        Objects.requireNonNull(tags, "tags");
        Objects.requireNonNull(enrichedAt, "enrichedAt");
        mentionsOmitted = mentionsOmitted == null ? 0L : mentionsOmitted;
        if (mentionsOmitted < 0) {
            throw new IllegalArgumentException("mentionsOmitted must be >= 0");
        }
    }

    /** Without saying how much of the text was tagged (as records written before the tagging budget). */
    public EnrichedRelease(PressRelease release, Tags tags, Instant enrichedAt, Long mentionsOmitted) {
        this(release, tags, enrichedAt, mentionsOmitted, null);
    }

    /** With every mention listed. */
    public EnrichedRelease(PressRelease release, Tags tags, Instant enrichedAt) {
        this(release, tags, enrichedAt, 0L);
    }
}
