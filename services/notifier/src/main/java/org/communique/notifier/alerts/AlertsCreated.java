package org.communique.notifier.alerts;

import java.util.UUID;

/** Fired inside the transaction that inserted alerts; observe it after commit to start delivery. */
public record AlertsCreated(UUID releaseId, int count) {
}
