package org.communique.notifier.webhooks;

import org.communique.notifier.delivery.SendResult;
import io.netty.channel.ConnectTimeoutException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.communique.notifier.NotifierConfig;
import org.communique.platform.net.PinnedRequests;
import org.communique.platform.net.ResolvedTarget;
import org.communique.platform.net.UnexpectedPeerException;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Pattern;

/**
 * POSTs one webhook to an address {@link TargetGuard} checked, with the URL's host name as Host header
 * and TLS server name (certificates are verified against the name). Redirects are not followed, the
 * response body is discarded unread (and the connection closed if it goes on), and the whole exchange
 * is bounded by the request timeout even if the target trickles its response.
 *
 * <p>Vert.x' HTTP client is used because it can be told which socket address to connect to
 * ({@code RequestOptions.setServer}) independently of the host name; {@code java.net.http} always
 * resolves the name itself, so a check before it can be undone by DNS rebinding. As a second line,
 * the peer address of the connection is compared with the checked one before anything is sent.
 */
@Singleton
public class WebhookSender {

    private static final int MAX_ERROR_LENGTH = 300;
    // socket addresses in exception messages ("/10.1.2.3:443", "host/[fd00::1]:80", "192.0.2.7"): the owner
    // sees the error, and what a name resolved to is not theirs to learn
    private static final Pattern SOCKET_ADDRESS = Pattern.compile(
            "(?:[\\w.-]*/)?\\b\\d{1,3}(?:\\.\\d{1,3}){3}(?::\\d+)?\\b"
                    + "|[\\w.-]*/\\[?[0-9A-Fa-f]{0,4}:[0-9A-Fa-f:.]*(?:%\\w+)?\\]?(?::\\d+)?"
                    + "|\\[[0-9A-Fa-f:.]+(?:%\\w+)?\\](?::\\d+)?");
    private static final long MAX_RESPONSE_BYTES = 64 * 1024;

    private final Vertx vertx;
    private final HttpClient client;
    private final Duration requestTimeout;

    @Inject
    public WebhookSender(Vertx vertx, NotifierConfig config) {
        this(vertx, config.webhooks().connectTimeout(), config.webhooks().requestTimeout(),
                config.webhooks().perEndpointConcurrency());
    }

    WebhookSender(Vertx vertx, Duration connectTimeout, Duration requestTimeout, int connectionsPerEndpoint) {
        this.vertx = vertx;
        this.requestTimeout = requestTimeout;
        this.client = vertx.createHttpClient(PinnedRequests.clientOptions(connectTimeout)
                .setKeepAlive(true)
                // receivers commonly close idle connections after 5 s (Node.js' default); a request sent on a
                // connection the server is closing fails for nothing, so idle ones are let go a little sooner
                .setKeepAliveTimeout(4)
                .setMaxPoolSize(connectionsPerEndpoint));
    }

    @PreDestroy
    void close() {
        client.close();
    }

    /** Sends and waits for the outcome (for callers on a thread that may block). */
    SendResult send(ResolvedTarget target, WebhookMessage message) {
        try {
            return sendAsync(target, message).get();
        } catch (ExecutionException e) {
            return SendResult.error(describe(e.getCause()), 0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.error("interrupted while shutting down", 0);
        }
    }

    /**
     * Sends without blocking any thread: the returned stage completes, always normally, with the outcome,
     * at the latest after the request timeout (the request is reset then).
     */
    public CompletableFuture<SendResult> sendAsync(ResolvedTarget target, WebhookMessage message) {
        InetAddress address = target.addresses().get(0);
        RequestOptions options = PinnedRequests.options(target, address, HttpMethod.POST)
                .putHeader("Content-Type", "application/json")
                .putHeader("User-Agent", "Communique-Notifier/1")
                .putHeader("webhook-id", message.id())
                .putHeader("webhook-timestamp", Long.toString(message.timestampSeconds()))
                .putHeader("webhook-signature", message.signature());
        long started = System.nanoTime();
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        CompletableFuture<SendResult> outcome = new CompletableFuture<>();
        long timer = vertx.setTimer(requestTimeout.toMillis(), id -> {
            if (outcome.complete(SendResult.error("no response within " + requestTimeout.toMillis() + " ms",
                    elapsedMillis(started)))) {
                reset(sent.get());
            }
        });
        client.request(options)
                .compose(request -> {
                    sent.set(request);
                    if (!PinnedRequests.connectedTo(request, address)) {
                        request.reset();
                        return Future.failedFuture(new UnexpectedPeerException());
                    }
                    return request.send(Buffer.buffer(message.body()));
                })
                .compose(response -> discardBody(response).map(done -> SendResult.status(response.statusCode(),
                        elapsedMillis(started), response.getHeader("Retry-After"))))
                .onComplete(done -> {
                    vertx.cancelTimer(timer);
                    outcome.complete(done.succeeded() ? done.result()
                            : SendResult.error(describe(done.cause()), elapsedMillis(started)));
                });
        return outcome;
    }

    /** Reads and drops the body; one that goes on past a limit closes the connection. */
    private static Future<Void> discardBody(HttpClientResponse response) {
        AtomicLong received = new AtomicLong();
        try {
            response.handler(chunk -> {
                if (received.addAndGet(chunk.length()) > MAX_RESPONSE_BYTES) {
                    response.request().connection().close();
                }
            });
            return response.end().otherwiseEmpty();
        } catch (IllegalStateException alreadyEnded) {
            // a short response can be complete before this callback runs: there is nothing left to read,
            // and its status is the outcome (seen as "Response already ended" recorded instead of a 500)
            return Future.succeededFuture();
        }
    }

    private static void reset(HttpClientRequest request) {
        if (request != null) {
            request.reset();
        }
    }

    /** A short description of a transport failure; exception messages never contain response content. */
    static String describe(Throwable failure) {
        if (failure instanceof ConnectTimeoutException) {
            return "connect timed out";
        }
        if (failure instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (failure instanceof UnexpectedPeerException) {
            return "connected to another address than the one checked";
        }
        if (failure instanceof UnknownHostException) {
            return "host does not resolve";
        }
        String kind = failure instanceof SSLException ? "TLS error"
                : failure instanceof IOException ? "I/O error" : failure.getClass().getSimpleName();
        String message = failure.getMessage() == null ? kind
                : kind + ": " + SOCKET_ADDRESS.matcher(failure.getMessage()).replaceAll("<address>");
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
