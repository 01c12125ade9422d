package org.communique.notifier.outbox;

import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.communique.contracts.EventTypes;
import org.communique.contracts.Topics;
import org.communique.outbox.OutboxEvent;

import java.time.Instant;
import java.util.UUID;

/** {@code alerts.deliveries} records as outbox events: keyed by release, ordered per alert. */
public final class DeliveryEvents {

    static final String SOURCE = "/communique/notifier";

    private DeliveryEvents() {
    }

    public static OutboxEvent of(AlertDelivery delivery, Instant now) {
        return new OutboxEvent(delivery.alertId(), Topics.ALERTS_DELIVERIES, delivery.releaseId().toString(),
                UUID.randomUUID().toString(),
                EventTypes.ALERT_DELIVERY, SOURCE, now, EventJson.encode(delivery));
    }
}
