package org.communique.outbox;

/** Fired when a transaction writes outbox rows; observed after the commit to wake the relay up. */
public record OutboxAppended() {
}
