package org.communique.notifier.support;

import org.communique.contracts.EventJson;
import org.communique.contracts.SourceHealth;
import org.communique.contracts.SourceRef;
import org.communique.contracts.SourceStatus;
import org.communique.contracts.Topics;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;

import java.time.Instant;
import java.util.UUID;

/** Source health records as ingest publishes them, built with the contracts' record, and a way to put them on the topic. */
public final class TestSourceHealth {

    private TestSourceHealth() {
    }

    public static SourceHealth failing(UUID sourceId, String name, int failures, String lastError, Instant changedAt) {
        return new SourceHealth(new SourceRef(sourceId, name, "KZ"), "RSS", "https://mfa.example.kz/rss",
                SourceStatus.FAILING, SourceStatus.DEGRADED, failures, lastError, changedAt, changedAt.minusSeconds(3600),
                changedAt);
    }

    public static SourceHealth recovered(UUID sourceId, String name, Instant changedAt) {
        return new SourceHealth(new SourceRef(sourceId, name, "KZ"), "RSS", "https://mfa.example.kz/rss",
                SourceStatus.OK, SourceStatus.FAILING, 0, null, changedAt.minusSeconds(600), changedAt, changedAt);
    }

    /** Keyed by the source id, as ingest keys them. */
    public static void publish(SourceHealth health) {
        publish(health.source().id().toString(), EventJson.encode(health));
    }

    public static void publish(String key, String value) {
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.SOURCES_HEALTH, key, value);
    }
}
