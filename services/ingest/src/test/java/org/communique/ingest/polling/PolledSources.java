package org.communique.ingest.polling;

import org.communique.ingest.QueuedEvents;
import io.quarkus.narayana.jta.QuarkusTransaction;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.ingest.Admin;
import org.communique.outbox.OutboxMessage;
import org.communique.ingest.sources.SourcePoll;
import org.communique.testing.TopicProbe;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.communique.testing.TopicProbe.header;

/** Polled sources created through the admin API, and what they put on press.releases. */
final class PolledSources {

    private PolledSources() {
    }

    static UUID create(String kind, String url, Map<String, ?> extra) {
        Map<String, Object> request = new HashMap<>(extra);
        request.put("name", kind + " source " + UUID.randomUUID());
        request.put("kind", kind);
        request.put("url", url);
        return UUID.fromString(Admin.createSource(request).statusCode(201).extract().path("id"));
    }

    static UUID create(String kind, String url) {
        return create(kind, url, Map.of());
    }

    static List<ConsumerRecord<String, String>> records(TopicProbe probe, UUID sourceId) {
        String ceSource = "/communique/ingest/sources/" + sourceId;
        return probe.recordsMatching(r -> ceSource.equals(header(r, "ce_source")));
    }

    static List<PressRelease> releases(TopicProbe probe, UUID sourceId) {
        return records(probe, sourceId).stream().map(r -> EventJson.decode(r.value(), PressRelease.class)).toList();
    }

    /** Events queued for a source; none queued means none will be published. */
    static long outboxRows(UUID sourceId) {
        return QueuedEvents.ofSource(sourceId);
    }

    static SourcePoll state(UUID sourceId) {
        return QuarkusTransaction.requiringNew().call(() -> SourcePoll.<SourcePoll>findById(sourceId));
    }
}
