package org.communique.notifier.delivery;

import org.communique.notifier.alerts.ClaimedAlert;

import java.time.Instant;

/** One attempt of a push channel, sent, waiting to be recorded with the others of its batch. */
public record Attempted(String channel, ClaimedAlert alert, Instant attemptedAt, SendResult result) {
}
