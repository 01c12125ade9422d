package org.communique.contracts;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code org.communique.source.health.v1} on {@link Topics#SOURCES_HEALTH}, keyed by source id: a polled source
 * became FAILING (polls failed {@code consecutiveFailures} times in a row), or recovered from it.
 *
 * @param kind RSS, ATOM or HTML
 * @param previousStatus the status before this change
 * @param lastError why the last failed poll failed (or, on recovery, the last problem seen)
 */
public record SourceHealth(
        SourceRef source,
        String kind,
        String url,
        SourceStatus status,
        SourceStatus previousStatus,
        int consecutiveFailures,
        String lastError,
        Instant lastErrorAt,
        Instant lastSuccessAt,
        Instant changedAt) {

    public SourceHealth {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(changedAt, "changedAt");
    }
}
