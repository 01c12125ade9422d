package org.communique.notifier.delivery;

import org.communique.notifier.alerts.ClaimedAlert;

import java.util.List;

/**
 * One send of a channel: a webhook request carries one alert, a digest email several. Every alert in it
 * is recorded with the send's outcome.
 */
public interface Delivery {

    /** Where it goes, the unit of fairness and of the per-endpoint cap (host:port, a subscription's mailbox). */
    String endpoint();

    List<ClaimedAlert> alerts();

    /** False when the subscription was deleted or disabled after its alerts were created: they are cancelled. */
    boolean subscriptionActive();
}
