package org.communique.ingest.outbox;

/** Reactive Messaging channels of ingest; topics are bound in application.properties. */
public final class Channels {

    /** Outgoing, to {@code press.releases}; only the outbox relay writes to it. */
    public static final String RELEASES = "releases";

    /** Outgoing, to {@code sources.health}; only the outbox relay writes to it. */
    public static final String SOURCE_HEALTH = "source-health";

    private Channels() {
    }
}
