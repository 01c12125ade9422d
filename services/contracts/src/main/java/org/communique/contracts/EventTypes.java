package org.communique.contracts;

/** CloudEvents {@code ce_type} values; the suffix is the schema version. */
public final class EventTypes {

    public static final String RELEASE_INGESTED = "org.communique.release.ingested.v1";
    public static final String RELEASE_ENRICHED = "org.communique.release.enriched.v1";
    public static final String ALERT_DELIVERY = "org.communique.alert.delivery.v1";
    public static final String ALERT = "org.communique.alert.v1";
    public static final String SOURCE_HEALTH = "org.communique.source.health.v1";

    private EventTypes() {
    }
}
