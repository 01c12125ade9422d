package org.communique.notifier.matching;

import java.util.List;

/** Finds the active subscriptions a release matches. */
public interface SubscriptionMatcher {

    List<SubscriptionMatch> matching(ReleaseFacts release);
}
