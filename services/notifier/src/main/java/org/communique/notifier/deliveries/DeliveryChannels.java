package org.communique.notifier.deliveries;

/** Channel type names, as stored on subscriptions and delivery attempts and sent in {@code AlertDelivery}. */
public final class DeliveryChannels {

    public static final String WEBHOOK = "webhook";

    private DeliveryChannels() {
    }
}
