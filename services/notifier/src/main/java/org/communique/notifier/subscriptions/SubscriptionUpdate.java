package org.communique.notifier.subscriptions;

import org.communique.notifier.matching.SubscriptionFilter;

import java.net.URI;

/** A validated update; null parts stay unchanged. */
public record SubscriptionUpdate(SubscriptionFilter filter, URI webhookUrl, String emailDigest) {
}
