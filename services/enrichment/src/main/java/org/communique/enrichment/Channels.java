package org.communique.enrichment;

/** Messaging channel names; topics are bound to them in application.properties. */
public final class Channels {

    /** {@code press.releases}, consumed in batches. */
    public static final String RELEASES = "releases";
    /** {@code press.releases.enriched}. */
    public static final String ENRICHED = "enriched";
    /** {@code press.releases.dlq}: records of a batch that cannot be enriched, with the reason in headers. */
    public static final String RELEASES_DEAD_LETTERS = "releases-dead-letters";

    private Channels() {
    }
}
