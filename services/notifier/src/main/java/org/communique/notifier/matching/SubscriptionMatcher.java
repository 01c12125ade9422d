package org.communique.notifier.matching;

import java.util.List;
import java.util.UUID;

/** Finds the active subscriptions a release matches. */
public interface SubscriptionMatcher {

    List<UUID> matching(ReleaseFacts release);
}
