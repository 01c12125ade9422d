package org.communique.notifier.sources;

import org.communique.contracts.SourceStatus;

import java.time.Instant;
import java.util.UUID;

/** A source's latest health as stored: the newest {@code SourceHealth} record consumed for it. */
public record SourceState(UUID sourceId, String sourceName, SourceStatus status, int consecutiveFailures,
                          String lastError, Instant changedAt) {

    public boolean failing() {
        return status == SourceStatus.FAILING;
    }
}
