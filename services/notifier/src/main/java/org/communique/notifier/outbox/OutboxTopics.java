package org.communique.notifier.outbox;

import io.smallrye.reactive.messaging.MutinyEmitter;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.contracts.Topics;
import org.communique.notifier.Channels;
import org.communique.outbox.OutboxChannels;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** The notifier's outgoing channel, written only by the shared outbox relay (org.communique.outbox). */
@ApplicationScoped
public class OutboxTopics implements OutboxChannels {

    public OutboxTopics(@Channel(Channels.ALERT_DELIVERIES) MutinyEmitter<String> deliveries) {
        // the emitter declares the channel, so that the connector creates its producer; the outbox sends
        // through that producer directly
    }

    @Override
    public String channelFor(String topic) {
        if (!Topics.ALERTS_DELIVERIES.equals(topic)) {
            throw new IllegalArgumentException("the notifier publishes nothing to " + topic);
        }
        return Channels.ALERT_DELIVERIES;
    }
}
