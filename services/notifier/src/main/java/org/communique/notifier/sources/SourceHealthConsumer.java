package org.communique.notifier.sources;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.contracts.SourceHealth;
import org.communique.notifier.Channels;
import org.communique.platform.metrics.PipelineMetrics;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Consumes {@code sources.health}, keeping the latest health of each source. Idempotent and order-safe:
 * a redelivered record, or one older than the stored health, changes nothing and tells nobody. A record
 * that does not decode throws, is nacked and goes to the dead-letter topic.
 */
@ApplicationScoped
public class SourceHealthConsumer {

    private final SourceHealthStore store;
    private final Event<SourceHealthChanged> changed;
    private final PipelineMetrics metrics;

    public SourceHealthConsumer(SourceHealthStore store, Event<SourceHealthChanged> changed, PipelineMetrics metrics) {
        this.store = store;
        this.changed = changed;
        this.metrics = metrics;
    }

    @Incoming(Channels.SOURCES_HEALTH)
    @Blocking
    @Transactional
    public void consume(String record) {
        SourceHealth health;
        try {
            health = EventJson.decode(record, SourceHealth.class);
        } catch (EventJson.MalformedEventException e) {
            metrics.count(PipelineMetrics.Stage.DEAD_LETTERED);
            throw e;
        }
        if (store.record(health)) {
            changed.fire(new SourceHealthChanged(health.source().id(), health.status(), health.changedAt()));
        }
    }
}
