package org.communique.notifier.outbox;

import jakarta.inject.Singleton;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.outbox.OutboxMessage;
import org.communique.outbox.PublishedListener;
import org.communique.platform.metrics.PipelineMetrics;
import org.jboss.logging.Logger;

/**
 * Counts delivery outcomes (delivered, retried, failed) as they reach {@code alerts.deliveries}: every
 * channel's attempts pass through the outbox, so the counts are those operators see on the topic.
 */
@Singleton
class DeliveryOutcomes implements PublishedListener {

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);

    private final PipelineMetrics metrics;

    DeliveryOutcomes(PipelineMetrics metrics) {
        this.metrics = metrics;
        metrics.register(PipelineMetrics.Stage.DELIVERED, PipelineMetrics.Stage.RETRIED, PipelineMetrics.Stage.FAILED);
    }

    @Override
    public void published(OutboxMessage row) {
        if (!EventTypes.ALERT_DELIVERY.equals(row.ceType)) {
            return;
        }
        try {
            AlertDelivery delivery = EventJson.decode(row.payload, AlertDelivery.class);
            metrics.count(switch (delivery.outcome()) {
                case DELIVERED -> PipelineMetrics.Stage.DELIVERED;
                case RETRY_SCHEDULED -> PipelineMetrics.Stage.RETRIED;
                case FAILED -> PipelineMetrics.Stage.FAILED;
            });
        } catch (RuntimeException e) {
            LOG.debugf("delivery outcome not counted: %s", e.getMessage());
        }
    }
}
