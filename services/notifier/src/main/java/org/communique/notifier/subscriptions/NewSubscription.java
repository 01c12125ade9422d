package org.communique.notifier.subscriptions;

import org.communique.notifier.matching.SubscriptionFilter;

import java.net.URI;

/** A request that passed validation, in normalised form. */
record NewSubscription(SubscriptionFilter filter, URI webhookUrl) {
}
