package org.communique.notifier.alerts;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.notifier.Channels;
import org.communique.platform.metrics.PipelineMetrics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import java.time.Clock;
import java.time.Duration;

/**
 * Consumes {@code press.releases.enriched}. Idempotent: redelivered records and new versions of a
 * release find their alerts already present. A record that does not decode throws, is nacked and
 * goes to the dead-letter topic.
 */
@ApplicationScoped
public class EnrichedReleaseConsumer {

    private final AlertWriter writer;
    private final PipelineMetrics metrics;
    private final Clock clock;

    public EnrichedReleaseConsumer(AlertWriter writer, PipelineMetrics metrics, Clock clock) {
        this.writer = writer;
        this.metrics = metrics;
        this.clock = clock;
        metrics.register(PipelineMetrics.Stage.MATCHED, PipelineMetrics.Stage.DEAD_LETTERED);
        metrics.ingestToAlertTimer();
    }

    @Incoming(Channels.ENRICHED_RELEASES)
    @Blocking
    @Transactional
    public void consume(String record) {
        EnrichedRelease enriched;
        try {
            enriched = EventJson.decode(record, EnrichedRelease.class);
        } catch (EventJson.MalformedEventException e) {
            metrics.count(PipelineMetrics.Stage.DEAD_LETTERED);
            throw e;
        }
        int alerts = writer.write(enriched);
        if (alerts > 0) {
            metrics.count(PipelineMetrics.Stage.MATCHED, alerts);
            metrics.ingestToAlert(Duration.between(enriched.release().ingestedAt(), clock.instant()));
        }
    }
}
