package org.communique.outbox;

import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.InvalidTransactionException;
import jakarta.transaction.SystemException;
import jakarta.transaction.Transaction;
import jakarta.transaction.TransactionManager;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** Writes one outbox event to Kafka as a binary-mode CloudEvent. */
@ApplicationScoped
public class OutboxSender {

    private final OutboxChannels channels;

    private final TransactionManager transactions;

    public OutboxSender(OutboxChannels channels, TransactionManager transactions) {
        this.channels = channels;
        this.transactions = transactions;
    }

    /**
     * Completes when the broker has acknowledged the record (acks=all), fails when it has not. The caller's
     * transaction is suspended meanwhile: context propagation would otherwise carry it into the Kafka
     * producer's network thread, and a commit racing with that thread's acknowledgement fails the whole
     * transaction ("Enlisted connection used without active transaction", quarkusio/quarkus#39098).
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
        OutgoingKafkaRecordMetadata<String> record = OutgoingKafkaRecordMetadata.<String>builder()
                .withTopic(event.topic())
                .withKey(event.key())
                .build();
        OutgoingCloudEventMetadata<String> cloudEvent = OutgoingCloudEventMetadata.<String>builder()
                .withId(event.ceId())
                .withType(event.ceType())
                .withSource(URI.create(event.ceSource()))
                .withTimestamp(event.time().atZone(ZoneOffset.UTC))
                .withDataContentType("application/json")
                .build();
        return channels.emitterFor(event.topic()).sendMessage(Message.of(event.payload(), Metadata.of(record, cloudEvent)))
                .subscribeAsCompletionStage();
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
