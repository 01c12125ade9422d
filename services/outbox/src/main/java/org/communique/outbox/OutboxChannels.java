package org.communique.outbox;

/**
 * What a service provides to the outbox: the outgoing Kafka channel whose producer writes to a topic. A
 * service declares its channels with {@code @Channel} in one small bean implementing this (so that the
 * connector creates them), and binds each to its topic in application.properties; nothing else writes to
 * those channels.
 */
public interface OutboxChannels {

    /** The channel writing to {@code topic}; throws IllegalArgumentException for a topic the service does not publish. */
    String channelFor(String topic);
}
