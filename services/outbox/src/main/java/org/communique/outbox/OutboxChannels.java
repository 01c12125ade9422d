package org.communique.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;

/**
 * What a service provides to the outbox: the outgoing channel (a Kafka-connected emitter) that writes to
 * a topic. A service declares its channels with {@code @Channel} in one small bean implementing this, and
 * binds each to its topic in application.properties; nothing else writes to those channels.
 */
public interface OutboxChannels {

    /** The emitter writing to {@code topic}; throws IllegalArgumentException for a topic the service does not publish. */
    MutinyEmitter<String> emitterFor(String topic);
}
