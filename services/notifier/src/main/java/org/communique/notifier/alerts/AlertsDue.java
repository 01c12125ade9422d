package org.communique.notifier.alerts;

import java.util.UUID;

/**
 * Alerts of a subscription became due without being created (resumed, or a redelivery asked for): the
 * delivery engines observe it after commit and claim at once rather than at their next poll.
 */
public record AlertsDue(UUID subscriptionId) {
}
