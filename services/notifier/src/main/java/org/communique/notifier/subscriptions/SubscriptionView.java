package org.communique.notifier.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.communique.notifier.matching.SubscriptionFilter;

import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/** A subscription as its owner sees it; never its token or secrets. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, SubscriptionFilter filter, Channel channel, SubscriptionStatus status,
                               String disabledReason, Instant disabledAt, Instant createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(String type, String url, String address, String digest) {
    }

    static SubscriptionView of(Subscription subscription) {
        return new SubscriptionView(subscription.id, subscription.filter(),
                new Channel(subscription.channelType, subscription.target, subscription.emailAddress,
                        subscription.emailDigest == null ? null : subscription.emailDigest.toLowerCase(Locale.ROOT)), subscription.status,
                subscription.disabledReason, subscription.disabledAt, subscription.createdAt);
    }
}
