package org.communique.outbox;

import java.time.Instant;
import java.util.UUID;

/**
 * One Kafka record to publish: topic, key, CloudEvents attributes and JSON payload.
 *
 * @param aggregateId what the event is about (a release id); events of one aggregate are published in order
 */
public record OutboxEvent(
        UUID aggregateId,
        String topic,
        String key,
        String ceId,
        String ceType,
        String ceSource,
        Instant time,
        String payload) {
}
