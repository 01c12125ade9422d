package org.communique.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class JsonPathTest {

    private static final String ALERT = """
            {"specversion": "1.0", "type": "org.communique.alert", "data": {"subscriptionId": "s-1",
             "release": {"story": {"id": "st-9", "release": {"id": "not-this"}},
                         "release": {"title": "Визит", "tags": ["a", {"id": "nor-this"}], "id": "r-42", "n": 3}},
             "matched": [1, 2, {"release": {"id": "x"}}]}}
            """;

    @Test
    void findsTheScalarAtThePathAndNothingElse() throws Exception {
        assertThat(JsonPath.text(bytes(ALERT), "data", "release", "release", "id")).isEqualTo("r-42");
        assertThat(JsonPath.text(bytes(ALERT), "data", "release", "release", "n")).isEqualTo("3");
        assertThat(JsonPath.text(bytes(ALERT), "data", "release", "release", "missing")).isNull();
        assertThat(JsonPath.text(bytes(ALERT), "data", "release")).isNull();
        assertThat(JsonPath.text(bytes("[1, 2]"), "id")).isNull();
        assertThat(JsonPath.text(bytes(""), "id")).isNull();
    }

    @Test
    void givesWhatATreeGivesForEveryFieldOfAReceipt() throws Exception {
        ObjectMapper tree = new ObjectMapper();
        for (String receipt : List.of("{\"id\": \"0f6c\", \"status\": \"created\", \"version\": 1}",
                "{\"status\": \"unchanged\", \"links\": {\"self\": \"/x\"}, \"id\": \"a\"}",
                "{\"id\": null, \"status\": true}")) {
            for (String field : List.of("id", "status")) {
                assertThat(JsonPath.text(bytes(receipt), field)).isEqualTo(tree.readTree(receipt).path(field).asText());
            }
        }
    }

    @Test
    void malformedJsonFailsEvenAfterThePath() {
        assertThatThrownBy(() -> JsonPath.text(bytes("{\"id\": \"r-1\", \"rest\": [1, 2"), "id"))
                .isInstanceOf(java.io.IOException.class);
        assertThatThrownBy(() -> JsonPath.text(bytes("{\"id\": \"r-1\" \"x\": 1}"), "id"))
                .isInstanceOf(java.io.IOException.class);
    }

    @Test
    void theReceiverCountsAnythingButAnAlertWithoutARelease() {
        assertThat(WebhookReceiver.releaseId(bytes(ALERT))).isEqualTo("r-42");
        assertThat(WebhookReceiver.releaseId(bytes("ping"))).isEqualTo(WebhookReceiver.NO_RELEASE);
        assertThat(WebhookReceiver.releaseId(bytes("{\"data\": {\"release\": {\"release\": {\"id\": \"r-1\"}}"))) // truncated
                .isEqualTo(WebhookReceiver.NO_RELEASE);
        assertThat(WebhookReceiver.releaseId(bytes("{\"data\": {}}"))).isEqualTo(WebhookReceiver.NO_RELEASE);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
