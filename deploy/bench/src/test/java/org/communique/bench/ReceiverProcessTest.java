package org.communique.bench;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The receiver in its own JVM, as the bench starts it: answers 204 and reports each delivery's release. */
class ReceiverProcessTest {

    @Test
    void answersEveryPostAndReportsTheFirstDeliveryOfEachRelease() throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        try (ReceiverProcess receiver = ReceiverProcess.start()) {
            long before = System.currentTimeMillis();
            String alert = "{\"type\": \"alert\", \"data\": {\"release\": {\"release\": {\"id\": \"r-%d\"}}}}";
            for (String body : new String[] {alert.formatted(1), alert.formatted(2), alert.formatted(1), "ping"}) {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(receiver.url(3)))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                assertThat(response.statusCode()).isEqualTo(204);
            }

            await().atMost(Duration.ofSeconds(10)).until(() -> receiver.deliveries.get() == 4);
            assertThat(receiver.firstDelivery).containsOnlyKeys("r-1", "r-2", WebhookReceiver.NO_RELEASE);
            assertThat(receiver.firstDelivery.get("r-1")).isBetween(before, System.currentTimeMillis());
        }
    }
}
