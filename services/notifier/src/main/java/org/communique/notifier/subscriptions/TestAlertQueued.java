package org.communique.notifier.subscriptions;

import java.util.UUID;

/** Response of {@code POST .../test}: the made-up release the test alert is about. */
public record TestAlertQueued(UUID releaseId) {
}
