package org.communique.notifier.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Topics;
import org.communique.notifier.Channels;
import org.communique.outbox.OutboxChannels;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.OnOverflow;

/** The notifier's outgoing channel, written only by the shared outbox relay (org.communique.outbox). */
@ApplicationScoped
public class OutboxTopics implements OutboxChannels {

    // a relay batch is pipelined to the producer before any acknowledgement is awaited
    private static final long BUFFER = 4096;

    private final MutinyEmitter<String> deliveries;

    public OutboxTopics(@Channel(Channels.ALERT_DELIVERIES)
                        @OnOverflow(value = OnOverflow.Strategy.BUFFER, bufferSize = BUFFER)
                        MutinyEmitter<String> deliveries) {
        this.deliveries = deliveries;
    }

    @Override
    public MutinyEmitter<String> emitterFor(String topic) {
        if (!Topics.ALERTS_DELIVERIES.equals(topic)) {
            throw new IllegalArgumentException("the notifier publishes nothing to " + topic);
        }
        return deliveries;
    }
}
