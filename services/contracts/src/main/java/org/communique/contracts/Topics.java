package org.communique.contracts;

/** Kafka topic names. Services bind channels to these names in their application.properties. */
public final class Topics {

    public static final String PRESS_RELEASES = "press.releases";
    public static final String PRESS_RELEASES_ENRICHED = "press.releases.enriched";
    public static final String ALERTS_DELIVERIES = "alerts.deliveries";
    public static final String SOURCES_HEALTH = "sources.health";

    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String deadLetter(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
