package org.communique.notifier.sources;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/**
 * What subscribers whose filter names a FAILING source are told: an entry in their Atom feed until it
 * recovers, and a {@code source.failing} event on their open SSE streams.
 */
public record SourceFailingNotice(UUID sourceId, String sourceName, int consecutiveFailures, String lastError,
                                  Instant changedAt) {

    public static SourceFailingNotice of(SourceState state) {
        return new SourceFailingNotice(state.sourceId(), state.sourceName(), state.consecutiveFailures(),
                state.lastError(), state.changedAt());
    }

    /** The same while the source stays FAILING, and new if it fails again after recovering. */
    public String id() {
        return "urn:communique:source:" + sourceId + ":failing:" + changedAt.toEpochMilli();
    }

    public String title() {
        return "Source failing: " + sourceName;
    }

    public String message() {
        String error = lastError == null || lastError.isBlank() ? "" : ", the last time with: " + lastError.strip();
        return "Polling the source " + sourceName + " (" + sourceId + ") failed " + consecutiveFailures
                + (consecutiveFailures == 1 ? " time" : " times") + " in a row" + error
                + ". It has been failing since " + changedAt.truncatedTo(ChronoUnit.SECONDS)
                + ". While it fails no releases come from it, so this subscription, which names it among its"
                + " sources, gets no alerts from it; they will resume when it recovers.";
    }
}
