package org.communique.notifier.deliveries;

/** Channel type names, as stored on subscriptions and delivery attempts and sent in {@code AlertDelivery}. */
public final class DeliveryChannels {

    public static final String WEBHOOK = "webhook";

    /** Alerts by email after double opt-in, one per alert or in hourly or daily digests. */
    public static final String EMAIL = "email";

    /** Alerts only stored, read live from {@code GET .../stream}. */
    public static final String SSE = "sse";

    /** Alerts only stored, read from the subscription's Atom feed. */
    public static final String FEED = "feed";

    private DeliveryChannels() {
    }
}
