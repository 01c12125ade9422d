package org.communique.notifier.matching;

import java.util.UUID;

/** A subscription a release matched, with what alert creation needs to know about it. */
public record SubscriptionMatch(UUID subscriptionId, boolean storyDedupe) {
}
