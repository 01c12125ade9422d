package org.communique.enrichment.releases;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tags;
import org.communique.enrichment.Channels;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.platform.metrics.PipelineMetrics;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.eclipse.microprofile.reactive.messaging.Outgoing;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * Tags each ingested release and publishes it enriched, keyed by release id. The outgoing message carries the
 * incoming record's acknowledgement: the record is acked only when the broker has the enriched one, so its offset
 * is never committed before that. A record that cannot be decoded or tagged is nacked, which sends it to
 * {@code press.releases.dlq}; nothing is published for it and the next record flows as usual.
 */
@ApplicationScoped
public class ReleaseEnricher {

    private static final Logger LOG = Logger.getLogger(ReleaseEnricher.class);
    static final URI SOURCE = URI.create("/communique/enrichment");

    private final CurrentTagger tagger;
    private final EnrichmentConfig config;
    private final PipelineMetrics metrics;

    @Inject
    public ReleaseEnricher(CurrentTagger tagger, EnrichmentConfig config, PipelineMetrics metrics) {
        this.tagger = tagger;
        this.config = config;
        this.metrics = metrics;
        metrics.register(PipelineMetrics.Stage.TAGGED, PipelineMetrics.Stage.DEAD_LETTERED);
    }

    @Incoming(Channels.RELEASES)
    @Outgoing(Channels.ENRICHED)
    @Blocking
    public Message<String> enrich(Message<String> record) {
        EnrichedRelease enriched;
        try {
            PressRelease release = EventJson.decode(record.getPayload(), PressRelease.class);
            Tags tags = tagger.get().tag(new TagInput(release.title(), release.body(), release.language(),
                    publicationDate(release)));
            enriched = new EnrichedRelease(release, tags, Instant.now());
        } catch (RuntimeException e) {
            LOG.warnf("release record not enriched, sending it to the dead-letter topic: %s", e.getMessage());
            metrics.count(PipelineMetrics.Stage.DEAD_LETTERED);
            record.nack(e);
            return null;
        }
        String key = enriched.release().id().toString();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(key + ":" + enriched.release().version())
                        .withType(EventTypes.RELEASE_ENRICHED)
                        .withSource(SOURCE)
                        .withTimestamp(enriched.enrichedAt().atZone(ZoneOffset.UTC))
                        .build());
        return Message.of(EventJson.encode(enriched), metadata)
                .withAckWithMetadata(m -> {
                    metrics.count(PipelineMetrics.Stage.TAGGED);
                    return record.ack(m);
                })
                .withNackWithMetadata(record::nack);
    }

    private LocalDate publicationDate(PressRelease release) {
        return release.publishedAt() == null ? null : LocalDate.ofInstant(release.publishedAt(), config.timeZone());
    }
}
