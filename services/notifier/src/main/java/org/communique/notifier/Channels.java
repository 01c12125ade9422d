package org.communique.notifier;

/** Reactive Messaging channel names; application.properties binds each to its topic. */
public final class Channels {

    /** {@code press.releases.enriched}, consumed. */
    public static final String ENRICHED_RELEASES = "enriched-releases";

    /** {@code sources.health}, consumed. */
    public static final String SOURCES_HEALTH = "sources-health";

    /** {@code alerts.deliveries}, produced by the outbox relay. */
    public static final String ALERT_DELIVERIES = "alert-deliveries";

    private Channels() {
    }
}
