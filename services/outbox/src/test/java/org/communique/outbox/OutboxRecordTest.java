package org.communique.outbox;

import io.smallrye.reactive.messaging.kafka.IncomingKafkaCloudEventMetadata;
import io.smallrye.reactive.messaging.kafka.impl.ce.KafkaCloudEventHelper;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The record the outbox writes is a binary-mode CloudEvent that the connector's consumers read back whole. */
class OutboxRecordTest {

    private final OutboxEvent event = new OutboxEvent(UUID.randomUUID(), "press.releases", "release-7",
            "ce-" + UUID.randomUUID(), "org.communique.release.ingested.v1", "/communique/ingest",
            Instant.parse("2026-12-05T18:03:46.123456Z"), "{\"title\":\"Визит в Бишкек\"}");

    @Test
    void keyTopicAndPayloadAreTheEvents() {
        ProducerRecord<String, String> record = OutboxSender.record(event);

        assertThat(record.topic()).isEqualTo("press.releases");
        assertThat(record.key()).isEqualTo("release-7");
        assertThat(record.value()).isEqualTo(event.payload());
        assertThat(record.partition()).isNull();
    }

    @Test
    void theConnectorReadsTheCloudEventAttributesBack() {
        ProducerRecord<String, String> sent = OutboxSender.record(event);
        ConsumerRecord<String, String> received = new ConsumerRecord<>(sent.topic(), 0, 42L, 0L,
                TimestampType.CREATE_TIME, 0, 0, sent.key(), sent.value(), sent.headers(), Optional.empty());

        assertThat(KafkaCloudEventHelper.getCloudEventMode(received.headers()))
                .isEqualTo(KafkaCloudEventHelper.CloudEventMode.BINARY);
        IncomingKafkaCloudEventMetadata<String, String> metadata =
                KafkaCloudEventHelper.createFromBinaryCloudEvent(received);
        assertThat(metadata.getSpecVersion()).isEqualTo("1.0");
        assertThat(metadata.getId()).isEqualTo(event.ceId());
        assertThat(metadata.getType()).isEqualTo(event.ceType());
        assertThat(metadata.getSource()).hasToString(event.ceSource());
        assertThat(metadata.getDataContentType()).contains("application/json");
        assertThat(metadata.getTimeStamp()).hasValueSatisfying(time -> assertThat(time.toInstant())
                .isEqualTo(event.time()));
        assertThat(new String(received.headers().lastHeader("content-type").value(), StandardCharsets.UTF_8))
                .isEqualTo("application/json");
    }
}
