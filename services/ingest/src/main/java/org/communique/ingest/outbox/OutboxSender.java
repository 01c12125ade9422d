package org.communique.ingest.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.ce.OutgoingCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Metadata;

import java.net.URI;
import java.time.ZoneOffset;
import java.util.concurrent.CompletionStage;

/** Writes one outbox event to Kafka as a binary-mode CloudEvent. */
@ApplicationScoped
public class OutboxSender {

    @Inject
    @Channel(Channels.RELEASES)
    MutinyEmitter<String> emitter;

    /** Completes when the broker has acknowledged the record (acks=all), fails when it has not. */
    public CompletionStage<Void> send(OutboxEvent event) {
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
        return emitter.sendMessage(Message.of(event.payload(), Metadata.of(record, cloudEvent)))
                .subscribeAsCompletionStage();
    }
}
