package org.communique.notifier.sources;

import org.communique.contracts.SourceStatus;

import java.time.Instant;
import java.util.UUID;

/** The {@code source.recovered} event of a stream that was told the source was failing. */
public record SourceRecoveredNotice(UUID sourceId, String sourceName, SourceStatus status, Instant changedAt) {

    public static SourceRecoveredNotice of(SourceState state) {
        return new SourceRecoveredNotice(state.sourceId(), state.sourceName(), state.status(), state.changedAt());
    }
}
