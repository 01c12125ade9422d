package org.communique.notifier.subscriptions;

import java.time.Instant;
import java.util.UUID;

/**
 * What the owner of a subscription the service disabled is told on the channels that still reach them
 * when the webhook does not: its Atom feed and its SSE stream. Derived from the subscription's state,
 * so it is gone once the subscription is resumed.
 */
public record DisabledNotice(UUID subscriptionId, DisabledReason reason, Instant disabledAt,
                             String message) {

    public static final String TITLE = "Webhook deliveries stopped";

    /** The same for one disabling, and new if the subscription is disabled again after a resume. */
    public String id() {
        return "urn:communique:subscription:" + subscriptionId + ":disabled:" + disabledAt.toEpochMilli();
    }
}
