package org.communique.notifier.webhooks;

import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The HTTP side of a delivery against a real server on loopback. */
class WebhookSenderTest {

    private final WebhookReceiver receiver = WebhookReceiver.shared();
    private final WebhookSender sender = new WebhookSender(Duration.ofSeconds(5), Duration.ofSeconds(15));

    @Test
    void postsTheBodyWithStandardWebhooksHeaders() {
        String path = receiver.newPath();
        String secret = WebhookSecrets.generate();

        SendResult result = sender.send(WebhookMessage.signed(URI.create(receiver.url(path)), secret, "alert-1",
                1_700_000_000L, "{\"type\":\"alert.created\"}"));

        assertThat(result.delivered()).isTrue();
        assertThat(result.statusCode()).isEqualTo(204);
        WebhookReceiver.Request request = receiver.requestsTo(path).get(0);
        assertThat(request.body()).isEqualTo("{\"type\":\"alert.created\"}");
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("webhook-id")).isEqualTo("alert-1");
        assertThat(request.header("webhook-timestamp")).isEqualTo("1700000000");
        assertThat(request.header("webhook-signature"))
                .isEqualTo(WebhookSigner.sign(secret, "alert-1", 1_700_000_000L, "{\"type\":\"alert.created\"}"));
    }

    @Test
    void doesNotFollowRedirects() {
        String path = receiver.newPath();
        String elsewhere = receiver.newPath();
        receiver.redirect(path, receiver.url(elsewhere));

        SendResult result = send(path, sender);

        assertThat(result.statusCode()).isEqualTo(302);
        assertThat(result.delivered()).isFalse();
        assertThat(receiver.requestsTo(elsewhere)).isEmpty();
    }

    @Test
    void errorStatusesAreFailuresAndTheResponseIsNotKept() {
        String path = receiver.newPath();
        receiver.respondWith(path, 503);

        SendResult result = send(path, sender);

        assertThat(result.statusCode()).isEqualTo(503);
        assertThat(result.delivered()).isFalse();
        assertThat(result.error()).isNull();
    }

    @Test
    void givesUpOnATargetThatDoesNotAnswerInTime() {
        String path = receiver.newPath();
        receiver.hang(path);
        WebhookSender impatient = new WebhookSender(Duration.ofSeconds(5), Duration.ofMillis(300));
        try {
            SendResult result = send(path, impatient);

            assertThat(result.statusCode()).isNull();
            assertThat(result.error()).isEqualTo("no response within 300 ms");
            assertThat(result.durationMillis()).isBetween(250L, 10_000L);
        } finally {
            receiver.releaseHangingRequests();
        }
    }

    @Test
    void reportsAnUnreachableTargetWithoutDetails() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        SendResult result = sender.send(WebhookMessage.signed(URI.create("http://127.0.0.1:" + closedPort + "/hook"),
                WebhookSecrets.generate(), "alert-2", 1L, "{}"));

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isEqualTo("connection refused or unreachable");
    }

    private SendResult send(String path, WebhookSender via) {
        return via.send(WebhookMessage.signed(URI.create(receiver.url(path)), WebhookSecrets.generate(), "alert",
                1_700_000_000L, "{}"));
    }
}
