package org.communique.ingest.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.inject.Singleton;
import org.communique.platform.metrics.PipelineMetrics;

import java.util.concurrent.atomic.AtomicLong;

@Singleton
public class OutboxMetrics {

    private final AtomicLong backlog = new AtomicLong();
    private final Counter published;
    private final Counter failed;
    private final Counter reconciled;
    private final PipelineMetrics pipeline;

    OutboxMetrics(MeterRegistry registry, PipelineMetrics pipeline) {
        this.pipeline = pipeline;
        pipeline.register(PipelineMetrics.Stage.INGESTED);
        Gauge.builder("communique.ingest.outbox.backlog", backlog, AtomicLong::get)
                .description("Outbox rows not yet acknowledged by Kafka, as of the relay's last poll")
                .register(registry);
        published = Counter.builder("communique.ingest.outbox.published")
                .description("Outbox rows acknowledged by Kafka and marked sent")
                .register(registry);
        failed = Counter.builder("communique.ingest.outbox.failed")
                .description("Attempts to publish an outbox row that Kafka did not acknowledge")
                .register(registry);
        reconciled = Counter.builder("communique.ingest.outbox.reconciled")
                .description("Rows in doubt found on Kafka and marked sent without being sent again")
                .register(registry);
    }

    void reconciled(int count) {
        reconciled.increment(count);
    }

    void backlog(long unsent) {
        backlog.set(unsent);
    }

    void published(int count) {
        published.increment(count);
    }

    /** A release acknowledged on press.releases: the pipeline's first stage. */
    void ingested() {
        pipeline.count(PipelineMetrics.Stage.INGESTED);
    }

    void failed(int count) {
        failed.increment(count);
    }
}
