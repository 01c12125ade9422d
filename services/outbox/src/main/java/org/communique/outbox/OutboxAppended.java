package org.communique.outbox;

/**
 * Fired when a transaction writes outbox rows; observed after the commit to wake the relay up.
 *
 * @param firstId the smallest id the transaction's rows got: ids are taken at insert time, so rows can
 *                commit after rows with larger ids, and the relay claims from below them again
 */
public record OutboxAppended(long firstId) {
}
