package org.communique.ingest.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Topics;
import org.communique.outbox.OutboxChannels;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Ingest's outgoing channels (the record's own topic decides which), written only by the shared outbox relay (org.communique.outbox). */
@ApplicationScoped
public class OutboxTopics implements OutboxChannels {

    public OutboxTopics(@Channel(Channels.RELEASES)
                        MutinyEmitter<String> releases,
                        @Channel(Channels.SOURCE_HEALTH)
                        MutinyEmitter<String> sourceHealth) {
        // the emitters declare the channels, so that the connector creates their producers; the outbox sends
        // through those producers directly
    }

    @Override
    public String channelFor(String topic) {
        // each record names its topic; the releases channel's producer settings serve any other topic too
        return Topics.SOURCES_HEALTH.equals(topic) ? Channels.SOURCE_HEALTH : Channels.RELEASES;
    }
}
