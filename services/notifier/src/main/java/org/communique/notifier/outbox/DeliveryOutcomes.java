package org.communique.notifier.outbox;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import jakarta.inject.Singleton;
import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.outbox.OutboxMessage;
import org.communique.outbox.PublishedListener;
import org.communique.platform.metrics.PipelineMetrics;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.Optional;

/**
 * Counts delivery outcomes (delivered, retried, failed) as they reach {@code alerts.deliveries}: every
 * channel's attempts pass through the outbox, so the counts are those operators see on the topic.
 */
@Singleton
class DeliveryOutcomes implements PublishedListener {

    private static final Logger LOG = Logger.getLogger(DeliveryOutcomes.class);
    private static final String OUTCOME = "outcome";

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
        Optional<AlertDelivery.Outcome> outcome = outcomeOf(row.payload);
        if (outcome.isEmpty()) {
            LOG.debugf("delivery outcome not counted: no outcome in outbox row %s", row.id);
            return;
        }
        metrics.count(switch (outcome.get()) {
            case DELIVERED -> PipelineMetrics.Stage.DELIVERED;
            case RETRY_SCHEDULED -> PipelineMetrics.Stage.RETRIED;
            case FAILED -> PipelineMetrics.Stage.FAILED;
        });
    }

    /**
     * The event's top-level {@code outcome}, read without decoding the rest: this runs for every delivery a
     * fan-out makes, and a whole decode of each event was a visible share of the notifier's CPU.
     */
    static Optional<AlertDelivery.Outcome> outcomeOf(String payload) {
        try (JsonParser parser = EventJson.mapper().createParser(payload)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return Optional.empty();
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (OUTCOME.equals(field) && value == JsonToken.VALUE_STRING) {
                    return Optional.of(AlertDelivery.Outcome.valueOf(parser.getText()));
                }
                parser.skipChildren();
            }
            return Optional.empty();
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
