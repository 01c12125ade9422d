package org.communique.enrichment.releases;

import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.communique.enrichment.Channels;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;

/**
 * The enricher's two outgoing channels. Each send completes when the broker has acknowledged the record, so a
 * batch is acknowledged only after everything it produced is safe. The buffers hold a whole batch.
 */
@ApplicationScoped
public class EnrichedPublisher {

    static final String REASON = "dead-letter-reason";
    static final String CAUSE = "dead-letter-cause";
    static final String TOPIC = "dead-letter-topic";
    static final String PARTITION = "dead-letter-partition";
    static final String OFFSET = "dead-letter-offset";

    private final Emitter<byte[]> enriched;
    private final Emitter<String> deadLetters;

    public EnrichedPublisher(@Channel(Channels.ENRICHED) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = 2048)
                             Emitter<byte[]> enriched,
                             @Channel(Channels.RELEASES_DEAD_LETTERS) @OnOverflow(value = OnOverflow.Strategy.BUFFER,
                                     bufferSize = 2048) Emitter<String> deadLetters) {
        this.enriched = enriched;
        this.deadLetters = deadLetters;
    }

    /** The enriched record: its value is the event's UTF-8 JSON as {@link BoundedEvent} wrote it. */
    CompletableFuture<Void> publish(Message<byte[]> message) {
        return send(enriched, message);
    }

    /** The record as it came, keyed as it came, with the same headers as the connector's dead-letter strategy. */
    CompletableFuture<Void> deadLetter(KafkaRecord<String, String> record, Throwable reason) {
        RecordHeaders headers = new RecordHeaders();
        record.getHeaders().forEach(headers::add);
        headers.add(REASON, bytes(reason.getMessage() == null ? reason.getClass().getName() : reason.getMessage()));
        if (reason.getCause() != null) {
            headers.add(CAUSE, bytes(String.valueOf(reason.getCause().getMessage())));
        }
        headers.add(TOPIC, bytes(record.getTopic()));
        headers.add(PARTITION, bytes(Integer.toString(record.getPartition())));
        headers.add(OFFSET, bytes(Long.toString(offset(record))));
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.getKey()).withHeaders(headers).build();
        return send(deadLetters, Message.of(record.getPayload()).addMetadata(metadata));
    }

    private static <T> CompletableFuture<Void> send(Emitter<T> emitter, Message<T> message) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        emitter.send(message
                .withAck(() -> {
                    acknowledged.complete(null);
                    return CompletableFuture.completedFuture(null);
                })
                .withNack(failure -> {
                    acknowledged.completeExceptionally(failure);
                    return CompletableFuture.completedFuture(null);
                }));
        return acknowledged;
    }

    static long offset(KafkaRecord<?, ?> record) {
        return record.getMetadata(IncomingKafkaRecordMetadata.class).map(IncomingKafkaRecordMetadata::getOffset)
                .orElse(-1L);
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }
}
