package org.communique.outbox;

import io.smallrye.reactive.messaging.kafka.KafkaClientService;
import io.smallrye.reactive.messaging.kafka.impl.ce.KafkaCloudEventHelper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes one outbox event to Kafka as a binary-mode CloudEvent, through the producer the connector made for
 * the topic's channel (its serializers, {@code acks=all}, idempotence): the headers the connector writes for
 * binary CloudEvents, written here without a reactive-messaging {@code Message} per record, which cost the
 * relay more than the send itself.
 */
@ApplicationScoped
public class OutboxSender {

    static final String SPEC_VERSION = "1.0";
    static final String CONTENT_TYPE = "application/json";

    private final OutboxChannels channels;
    private final KafkaClientService kafka;
    private final TransactionManager transactions;
    private final Map<String, Producer<String, String>> producers = new ConcurrentHashMap<>();

    public OutboxSender(OutboxChannels channels, KafkaClientService kafka, TransactionManager transactions) {
        this.channels = channels;
        this.kafka = kafka;
        this.transactions = transactions;
    }

    /**
     * Completes when the broker has acknowledged the record (acks=all), fails when it has not. The caller's
     * transaction is suspended meanwhile, so that nothing running on the producer's threads can see it
     * (a commit racing with the acknowledgement once failed the whole transaction: quarkusio/quarkus#39098).
     */
    public CompletionStage<Void> send(OutboxEvent event) {
        Transaction suspended = suspend();
        try {
            return emit(event);
        } finally {
            resume(suspended);
        }
    }

    private CompletionStage<Void> emit(OutboxEvent event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        try {
            producerFor(event.topic()).send(record(event), (metadata, failure) -> {
                if (failure == null) {
                    acknowledged.complete(null);
                } else {
                    acknowledged.completeExceptionally(failure);
                }
            });
        } catch (RuntimeException e) {
            // refused before it was queued (too large, serializer, producer closed)
            acknowledged.completeExceptionally(e);
        }
        return acknowledged;
    }

    /** The record as the connector writes a binary-mode CloudEvent. */
    static ProducerRecord<String, String> record(OutboxEvent event) {
        Headers headers = new RecordHeaders()
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SPEC_VERSION, bytes(SPEC_VERSION))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_ID, bytes(event.ceId()))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TYPE, bytes(event.ceType()))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_SOURCE, bytes(event.ceSource()))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_CONTENT_TYPE, bytes(CONTENT_TYPE))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_CONTENT_TYPE, bytes(CONTENT_TYPE))
                .add(KafkaCloudEventHelper.KAFKA_HEADER_FOR_TIME,
                        bytes(KafkaCloudEventHelper.RFC3339_DATE_FORMAT.format(event.time().atZone(ZoneOffset.UTC))));
        return new ProducerRecord<>(event.topic(), null, null, event.key(), event.payload(), headers);
    }

    private Producer<String, String> producerFor(String topic) {
        return producers.computeIfAbsent(channels.channelFor(topic),
                channel -> kafka.<String, String>getProducer(channel).unwrap());
    }

    private static byte[] bytes(String value) {
        return value.getBytes(StandardCharsets.UTF_8);
    }

    private Transaction suspend() {
        try {
            return transactions.suspend();
        } catch (SystemException e) {
            throw new IllegalStateException("cannot suspend the relay's transaction", e);
        }
    }

    private void resume(Transaction suspended) {
        if (suspended == null) {
            return;
        }
        try {
            transactions.resume(suspended);
        } catch (InvalidTransactionException | SystemException e) {
            throw new IllegalStateException("cannot resume the relay's transaction", e);
        }
    }
}
