package org.communique.ingest.outbox;

import jakarta.inject.Singleton;
import org.communique.contracts.Topics;
import org.communique.outbox.OutboxMessage;
import org.communique.outbox.PublishedListener;
import org.communique.platform.metrics.PipelineMetrics;

/** The pipeline's first stage: a release counts as ingested once the broker acknowledged it on press.releases. */
@Singleton
class IngestedCount implements PublishedListener {

    private final PipelineMetrics metrics;

    IngestedCount(PipelineMetrics metrics) {
        this.metrics = metrics;
        metrics.register(PipelineMetrics.Stage.INGESTED);
    }

    @Override
    public void published(OutboxMessage row) {
        if (Topics.PRESS_RELEASES.equals(row.topic)) {
            metrics.count(PipelineMetrics.Stage.INGESTED);
        }
    }
}
