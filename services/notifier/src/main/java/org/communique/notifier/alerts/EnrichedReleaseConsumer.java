package org.communique.notifier.alerts;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.notifier.Channels;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code press.releases.enriched}. Idempotent: redelivered records and new versions of a
 * release find their alerts already present. A record that does not decode throws, is nacked and
 * goes to the dead-letter topic.
 */
@ApplicationScoped
public class EnrichedReleaseConsumer {

    private final AlertWriter writer;

    public EnrichedReleaseConsumer(AlertWriter writer) {
        this.writer = writer;
    }

    @Incoming(Channels.ENRICHED_RELEASES)
    @Blocking
    @Transactional
    public void consume(String record) {
        writer.write(EventJson.decode(record, EnrichedRelease.class));
    }
}
