package org.communique.notifier.matching;

import java.util.List;

/** Finds the active subscriptions a release matches. */
public interface SubscriptionMatcher {

    List<SubscriptionMatch> matching(ReleaseFacts release);

    /** The matches of each release of a batch, in batch order, against one view of the subscriptions. */
    List<List<SubscriptionMatch>> matchingEach(List<ReleaseFacts> releases);
}
