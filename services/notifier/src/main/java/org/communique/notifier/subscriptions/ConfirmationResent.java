package org.communique.notifier.subscriptions;

import java.util.UUID;

/** The answer to a resent confirmation mail. */
public record ConfirmationResent(UUID subscriptionId) {
}
