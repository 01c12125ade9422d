package org.communique.ingest.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Topics;
import org.communique.outbox.OutboxChannels;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** Ingest's outgoing channels (the record's own topic decides which), written only by the shared outbox relay (org.communique.outbox). */
@ApplicationScoped
public class OutboxTopics implements OutboxChannels {

    // a relay batch is pipelined to the producer before any acknowledgement is awaited
    private static final long BUFFER = 4096;

    private final MutinyEmitter<String> releases;
    private final MutinyEmitter<String> sourceHealth;

    public OutboxTopics(@Channel(Channels.RELEASES) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
                        MutinyEmitter<String> releases,
                        @Channel(Channels.SOURCE_HEALTH) @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
                        MutinyEmitter<String> sourceHealth) {
        this.releases = releases;
        this.sourceHealth = sourceHealth;
    }

    @Override
    public MutinyEmitter<String> emitterFor(String topic) {
        // each record names its topic; the releases channel's producer settings serve any other topic too
        return Topics.SOURCES_HEALTH.equals(topic) ? sourceHealth : releases;
    }
}
