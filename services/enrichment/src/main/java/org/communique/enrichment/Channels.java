package org.communique.enrichment;

/** Messaging channel names; topics are bound to them in application.properties. */
public final class Channels {

    /** {@code press.releases}. */
    public static final String RELEASES = "releases";
    /** {@code press.releases.enriched}. */
    public static final String ENRICHED = "enriched";

    private Channels() {
    }
}
