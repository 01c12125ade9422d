package org.communique.notifier.outbox;

import org.communique.contracts.AlertDelivery;
import org.communique.contracts.EventJson;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class DeliveryOutcomesTest {

    @Test
    void readsTheOutcomeOfEveryKindFromTheEncodedEvent() {
        for (AlertDelivery.Outcome outcome : AlertDelivery.Outcome.values()) {
            AlertDelivery delivery = new AlertDelivery(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                    "webhook", 2, outcome, 503, "the endpoint said {\"outcome\":\"DELIVERED\"}",
                    Instant.parse("2026-12-05T19:00:00Z"), 120L);

            assertThat(DeliveryOutcomes.outcomeOf(EventJson.encode(delivery))).contains(outcome);
        }
    }

    @Test
    void nestedFieldsOfTheSameNameAndBrokenEventsAreNotCounted() {
        assertThat(DeliveryOutcomes.outcomeOf("{\"error\":{\"outcome\":\"FAILED\"}}")).isEmpty();
        assertThat(DeliveryOutcomes.outcomeOf("{\"outcome\":\"MAYBE\"}")).isEmpty();
        assertThat(DeliveryOutcomes.outcomeOf("{\"outcome\":")).isEmpty();
        assertThat(DeliveryOutcomes.outcomeOf("[]")).isEmpty();
    }
}
