package org.communique.enrichment.releases;

import io.smallrye.reactive.messaging.annotations.Blocking;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.PressRelease;
import org.communique.contracts.Tags;
import org.communique.enrichment.Channels;
import org.communique.enrichment.EnrichmentConfig;
import org.communique.enrichment.budget.TaggingBudget;
import org.communique.enrichment.kb.CurrentTagger;
import org.communique.enrichment.tagger.TagInput;
import org.communique.enrichment.tagger.Tagger;
import org.communique.platform.metrics.PipelineMetrics;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;
import org.jboss.logging.Logger;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Tags ingested releases a batch at a time (one poll of {@code press.releases}, at most
 * {@code max.poll.records}) and publishes them enriched, keyed by release id: the whole batch is tagged, then its
 * records are handed to the producer back to back. The batch is acknowledged, and so its offsets become
 * committable, only once the broker has every enriched record and every dead letter of it.
 * A record that cannot be decoded or tagged goes to {@code press.releases.dlq} on its own, with the reason in
 * its headers; the rest of its batch flows as usual. So does one whose enriched record would not fit Kafka's record
 * size even with its mentions cut ({@link BoundedEvent}). If publishing fails, the batch is nacked and the channel's
 * dead-letter strategy takes its records.
 */
@ApplicationScoped
public class ReleaseEnricher {

    private static final Logger LOG = Logger.getLogger(ReleaseEnricher.class);
    static final URI SOURCE = URI.create("/communique/enrichment");

    private final CurrentTagger tagger;
    private final EnrichmentConfig config;
    private final EnrichedPublisher publisher;
    private final PipelineMetrics metrics;
    private final TaggingBudget budget;

    public ReleaseEnricher(CurrentTagger tagger, EnrichmentConfig config, EnrichedPublisher publisher,
                           PipelineMetrics metrics, TaggingBudget budget) {
        this.tagger = tagger;
        this.budget = budget;
        this.config = config;
        this.publisher = publisher;
        this.metrics = metrics;
        metrics.register(PipelineMetrics.Stage.TAGGED, PipelineMetrics.Stage.DEAD_LETTERED);
    }

    @Incoming(Channels.RELEASES)
    @Blocking(ordered = true)
    public CompletionStage<Void> enrich(KafkaRecordBatch<String, String> batch) {
        List<KafkaRecord<String, String>> records = batch.getRecords();
        // The whole poll is tagged first and then handed to the producer back to back, so its records share
        // producer batches, compression and requests. Published one at a time between taggings, they went out in
        // batches of one or a few, and the producer's threads took a fifth of the service's CPU
        // (EnrichmentThroughputIT).
        List<Outcome> outcomes = tagAll(records);
        List<CompletableFuture<Void>> enriched = new ArrayList<>(records.size());
        List<CompletableFuture<Void>> deadLettered = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            Outcome outcome = outcomes.get(i);
            if (outcome.failure() == null) {
                enriched.add(publisher.publish(message(outcome.event())));
            } else {
                deadLettered.add(publisher.deadLetter(records.get(i), outcome.failure()));
            }
        }
        List<CompletableFuture<Void>> sent = new ArrayList<>(records.size());
        sent.addAll(enriched);
        sent.addAll(deadLettered);
        return CompletableFuture.allOf(sent.toArray(CompletableFuture[]::new))
                .handle((done, failure) -> {
                    metrics.count(PipelineMetrics.Stage.TAGGED, acknowledged(enriched));
                    metrics.count(PipelineMetrics.Stage.DEAD_LETTERED, acknowledged(deadLettered));
                    return failure == null ? batch.ack() : batch.nack(failure);
                })
                .thenCompose(acknowledged -> acknowledged);
    }

    /** Each record's enriched event, or the exception that sends it to the dead-letter topic; in record order. */
    private List<Outcome> tagAll(List<KafkaRecord<String, String>> records) {
        Tagger current = tagger.get();
        List<Outcome> outcomes = new ArrayList<>(records.size());
        for (KafkaRecord<String, String> record : records) {
            try {
                PressRelease release = EventJson.decode(record.getPayload(), PressRelease.class);
                TaggingBudget.Budgeted input = budget.apply(new TagInput(release.title(), release.body(),
                        release.language(), publicationDate(release)));
                Tags tags = current.tag(input.input());
                outcomes.add(new Outcome(BoundedEvent.of(release, tags, input.tagged(), Instant.now()), null));
            } catch (RuntimeException e) {
                LOG.warnf("release record %s-%d@%d not enriched, sending it to the dead-letter topic: %s",
                        record.getTopic(), record.getPartition(), EnrichedPublisher.offset(record), e.getMessage());
                outcomes.add(new Outcome(null, e));
            }
        }
        return outcomes;
    }

    /** How many of the sends the broker acknowledged (all of them are complete when this is called). */
    private static int acknowledged(List<CompletableFuture<Void>> sends) {
        int acknowledged = 0;
        for (CompletableFuture<Void> send : sends) {
            if (!send.isCompletedExceptionally()) {
                acknowledged++;
            }
        }
        return acknowledged;
    }

    private static Message<byte[]> message(BoundedEvent bounded) {
        EnrichedRelease enriched = bounded.event();
        String key = enriched.release().id().toString();
        Metadata metadata = Metadata.of(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(key).build(),
                OutgoingCloudEventMetadata.builder()
                        .withId(key + ":" + enriched.release().version())
                        .withType(EventTypes.RELEASE_ENRICHED)
                        .withSource(SOURCE)
                        .withTimestamp(enriched.enrichedAt().atZone(ZoneOffset.UTC))
                        .build());
        return Message.of(bounded.json(), metadata);
    }

    private record Outcome(BoundedEvent event, RuntimeException failure) {
    }

    private LocalDate publicationDate(PressRelease release) {
        return release.publishedAt() == null ? null : LocalDate.ofInstant(release.publishedAt(), config.timeZone());
    }
}
