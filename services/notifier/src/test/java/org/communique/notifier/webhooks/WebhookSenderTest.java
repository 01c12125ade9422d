package org.communique.notifier.webhooks;

import org.communique.notifier.subscriptions.WebhookSecrets;
import org.communique.notifier.delivery.SendResult;
import io.vertx.core.Vertx;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.communique.platform.net.HostResolver;
import org.communique.platform.net.PrivateTargetAllowlist;
import org.communique.platform.net.RefusedTargetException;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.TargetGuard;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The HTTP side of a delivery against a real server on loopback. */
class WebhookSenderTest {

    private static Vertx vertx;

    private final WebhookReceiver receiver = WebhookReceiver.shared();
    private final WebhookSender sender = new WebhookSender(vertx, Duration.ofSeconds(5), Duration.ofSeconds(15), 4);
    private final TargetGuard loopbackOnly = new TargetGuard(PrivateTargetAllowlist.of(List.of("127.0.0.0/8")),
            HostResolver.SYSTEM);

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    @Test
    void postsTheBodyWithStandardWebhooksHeaders() {
        String path = receiver.newPath();
        String secret = WebhookSecrets.generate();

        SendResult result = sender.send(target(receiver.url(path)), WebhookMessage.signed(URI.create(receiver.url(path)),
                secret, "alert-1", 1_700_000_000L, "{\"type\":\"alert.created\"}"));

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
        WebhookSender impatient = new WebhookSender(vertx, Duration.ofSeconds(5), Duration.ofMillis(300), 4);
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

        String url = "http://127.0.0.1:" + closedPort + "/hook";
        SendResult result = sender.send(target(url), WebhookMessage.signed(URI.create(url),
                WebhookSecrets.generate(), "alert-2", 1L, "{}"));

        assertThat(result.statusCode()).isNull();
        assertThat(result.error()).isEqualTo("connection refused or unreachable");
    }

    @Test
    void returnsRetryAfterAsSentAndNeverTheBody() {
        String path = receiver.newPath();
        receiver.respondWith(path, 429);
        receiver.retryAfter(path, "120");

        SendResult result = send(path, sender);

        assertThat(result.statusCode()).isEqualTo(429);
        assertThat(result.retryAfter()).isEqualTo("120");
        assertThat(result.mayAskToComeBackLater()).isTrue();
        assertThat(String.valueOf(result)).doesNotContain(WebhookReceiver.ERROR_BODY);
    }

    @Test
    void connectsToTheCheckedAddressAndSendsTheNameAsHost() throws Exception {
        // DNS rebinding: the name answers loopback (allowed here) when checked, a private address afterwards
        AtomicInteger lookups = new AtomicInteger();
        HostResolver rebinding = host -> new InetAddress[] {InetAddress.getByName(
                lookups.incrementAndGet() == 1 ? "127.0.0.1" : "10.0.0.1")};
        TargetGuard guard = new TargetGuard(PrivateTargetAllowlist.of(List.of("127.0.0.0/8")), rebinding);
        String path = receiver.newPath();
        int port = URI.create(receiver.url(path)).getPort();
        URI url = URI.create("http://rebinding.test:" + port + path);

        ResolvedTarget target = guard.check(url);
        SendResult first = sender.send(target, WebhookMessage.signed(url, WebhookSecrets.generate(), "a", 1L, "{}"));
        SendResult second = sender.send(target, WebhookMessage.signed(url, WebhookSecrets.generate(), "b", 1L, "{}"));

        assertThat(first.statusCode()).isEqualTo(204);
        assertThat(second.statusCode()).isEqualTo(204);
        assertThat(lookups).hasValue(1);
        assertThat(receiver.requestsTo(path)).extracting(r -> r.header("host"))
                .containsOnly("rebinding.test:" + port);
        // had the second answer come first, nothing would have been sent
        assertThatThrownBy(() -> guard.check(url)).isInstanceOf(RefusedTargetException.class);
    }

    private ResolvedTarget target(String url) {
        try {
            return loopbackOnly.check(url);
        } catch (RefusedTargetException e) {
            throw new AssertionError(e);
        }
    }

    private SendResult send(String path, WebhookSender via) {
        return via.send(target(receiver.url(path)), WebhookMessage.signed(URI.create(receiver.url(path)),
                WebhookSecrets.generate(), "alert", 1_700_000_000L, "{}"));
    }
}
