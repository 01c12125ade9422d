package org.communique.notifier.sources;

import org.communique.contracts.SourceStatus;

import java.time.Instant;
import java.util.UUID;

/** Fired inside the transaction that stored a newer health of a source; observe it after commit. */
public record SourceHealthChanged(UUID sourceId, SourceStatus status, Instant changedAt) {
}
