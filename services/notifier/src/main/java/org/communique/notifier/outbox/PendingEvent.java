package org.communique.notifier.outbox;

import java.time.Instant;
import java.util.UUID;

/** An outbox row not yet acknowledged by the broker. */
record PendingEvent(long seq, UUID eventId, String ceType, String kafkaKey, String payload, Instant createdAt) {
}
