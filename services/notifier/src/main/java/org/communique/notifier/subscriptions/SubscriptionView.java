package org.communique.notifier.subscriptions;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.communique.notifier.matching.SubscriptionFilter;
import org.communique.notifier.sources.SourceState;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * A subscription as its owner sees it; never its token or secrets. {@code failingSources} are the sources
 * its filter names that are failing now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SubscriptionView(UUID id, SubscriptionFilter filter, Channel channel, SubscriptionStatus status,
                               String disabledReason, Instant disabledAt, List<FailingSource> failingSources,
                               Instant createdAt) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Channel(String type, String url, String address, String digest) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record FailingSource(UUID id, String name, Instant since, String lastError) {
    }

    public static SubscriptionView of(Subscription subscription, List<SourceState> failingSources) {
        return new SubscriptionView(subscription.id, subscription.filter(),
                new Channel(subscription.channelType, subscription.target, subscription.emailAddress,
                        subscription.emailDigest == null ? null : subscription.emailDigest.toLowerCase(Locale.ROOT)), subscription.status,
                subscription.disabledReason, subscription.disabledAt,
                failingSources.stream()
                        .map(s -> new FailingSource(s.sourceId(), s.sourceName(), s.changedAt(), s.lastError()))
                        .toList(),
                subscription.createdAt);
    }
}
