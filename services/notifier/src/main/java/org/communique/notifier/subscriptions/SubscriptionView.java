package org.communique.notifier.subscriptions;

import org.communique.notifier.matching.SubscriptionFilter;

import java.time.Instant;
import java.util.UUID;

public record SubscriptionView(UUID id, SubscriptionFilter filter, Channel channel, SubscriptionStatus status,
                               Instant createdAt) {

    public record Channel(String type, String url) {
    }

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.id, subscription.filter(),
                new Channel(subscription.channelType, subscription.target), subscription.status,
                subscription.createdAt);
    }
}
