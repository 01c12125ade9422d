package org.communique.notifier.alerts;

import org.communique.contracts.PressRelease;
import org.communique.notifier.matching.SubscriptionMatch;

import java.util.UUID;

/** An alert to create: a release for a subscription it matched. */
public record NewAlert(SubscriptionMatch match, PressRelease release) {

    UUID subscriptionId() {
        return match.subscriptionId();
    }

    boolean storyDedupe() {
        return match.storyDedupe();
    }
}
