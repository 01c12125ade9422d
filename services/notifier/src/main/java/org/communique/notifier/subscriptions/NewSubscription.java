package org.communique.notifier.subscriptions;

import org.communique.notifier.matching.SubscriptionFilter;

import java.net.URI;

/**
 * A request that passed validation, in normalised form: {@code webhookUrl} for webhook channels,
 * {@code emailAddress} and {@code emailDigest} (IMMEDIATE, HOURLY, DAILY) for email channels.
 */
public record NewSubscription(SubscriptionFilter filter, String channelType, URI webhookUrl, String emailAddress,
                       String emailDigest) {

    NewSubscription(SubscriptionFilter filter, String channelType, URI webhookUrl) {
        this(filter, channelType, webhookUrl, null, null);
    }
}
