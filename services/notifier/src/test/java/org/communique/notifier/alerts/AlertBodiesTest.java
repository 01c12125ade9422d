package org.communique.notifier.alerts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.communique.contracts.Alert;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;
import org.communique.notifier.support.TestReleases;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class AlertBodiesTest {

    private final UUID alertId = UUID.randomUUID();
    private final UUID subscriptionId = UUID.randomUUID();
    private final Instant createdAt = Instant.parse("2026-03-14T09:30:15.123456Z");
    private final EnrichedRelease release = TestReleases.kyrgyzVisitToKazakhstan(UUID.randomUUID(), 3);

    @Test
    void aBodyBuiltAroundTheEncodedReleaseIsTheWholeAlertEncoded() throws Exception {
        String whole = EventJson.encode(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId,
                release)));

        String built = AlertBodies.encodeAround(alertId, subscriptionId, createdAt, EventJson.encode(release));

        assertThat(built).isEqualTo(whole);
    }

    @Test
    void theUtf8BodyIsTheWholeAlertInUtf8() {
        String whole = EventJson.encode(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId,
                release)));

        byte[] built = AlertBodies.encodeAround(alertId, subscriptionId, createdAt,
                EventJson.encode(release).getBytes(StandardCharsets.UTF_8));

        assertThat(new String(built, StandardCharsets.UTF_8)).isEqualTo(whole);
        assertThat(built).isEqualTo(whole.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theStoredFormIsReencodedWhateverOrderItsKeysComeIn() throws Exception {
        // jsonb gives keys back in its own order, with its own spacing
        JsonNode node = EventJson.mapper().readTree(EventJson.encode(release));
        StringBuilder reordered = new StringBuilder("{ ");
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        Collections.reverse(names);
        for (int i = 0; i < names.size(); i++) {
            reordered.append(i == 0 ? "" : ", ").append('"').append(names.get(i)).append("\": ")
                    .append(node.get(names.get(i)).toString());
        }
        reordered.append(" }");

        String body = AlertBodies.encode(alertId, subscriptionId, createdAt, reordered.toString());

        // maps' entries by key (Map.of iterates in an order of its own)
        assertThat(body).isEqualTo(EventJson.mapper().writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .writeValueAsString(new Alert(Alert.TYPE, createdAt, new Alert.Data(alertId, subscriptionId, release))));
        Alert decoded = EventJson.decode(body, Alert.class);
        assertThat(decoded.data().release()).isEqualTo(release);
    }

    @Test
    void aMapsEntriesComeOutInTheSameOrderWhateverOrderTheyCameIn() throws Exception {
        // jsonb orders an object's keys shortest first; the consumer's record has its producer's order
        ObjectNode node = (ObjectNode) EventJson.mapper().readTree(EventJson.encode(release));
        ObjectNode official = (ObjectNode) node.get("tags").get("officials").get(0);
        ObjectNode reversed = EventJson.mapper().createObjectNode();
        reversed.put("ru", "Тестовый Министр");
        reversed.put("en", "Test Minister");
        reversed.put("kk", "Сынақ министрі");
        ObjectNode forward = EventJson.mapper().createObjectNode();
        forward.put("en", "Test Minister");
        forward.put("kk", "Сынақ министрі");
        forward.put("ru", "Тестовый Министр");

        official.set("names", reversed);
        String fromReversed = AlertBodies.canonical(node.toString());
        official.set("names", forward);
        String fromForward = AlertBodies.canonical(node.toString());

        assertThat(fromReversed).isEqualTo(fromForward).contains("\"names\":{\"en\":\"Test Minister\",\"kk\":");
        assertThat(AlertBodies.canonicalUtf8(EventJson.decode(node.toString(), EnrichedRelease.class)))
                .isEqualTo(fromForward.getBytes(StandardCharsets.UTF_8));
    }
}
