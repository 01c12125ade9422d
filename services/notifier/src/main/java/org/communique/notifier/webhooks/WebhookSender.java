package org.communique.notifier.webhooks;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import org.communique.notifier.NotifierConfig;

import javax.net.ssl.SSLException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one webhook. Redirects are not followed, the response body is discarded unread, and the whole
 * exchange is bounded by the request timeout even if the target trickles its response.
 */
@Singleton
public class WebhookSender {

    private static final int MAX_ERROR_LENGTH = 300;

    private final HttpClient client;
    private final Duration requestTimeout;

    @Inject
    public WebhookSender(NotifierConfig config) {
        this(config.webhooks().connectTimeout(), config.webhooks().requestTimeout());
    }

    WebhookSender(Duration connectTimeout, Duration requestTimeout) {
        this.requestTimeout = requestTimeout;
        this.client = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    SendResult send(WebhookMessage message) {
        HttpRequest request = HttpRequest.newBuilder(message.url())
                .timeout(requestTimeout)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Communique-Notifier/1")
                .header("webhook-id", message.id())
                .header("webhook-timestamp", Long.toString(message.timestampSeconds()))
                .header("webhook-signature", message.signature())
                .POST(HttpRequest.BodyPublishers.ofString(message.body(), StandardCharsets.UTF_8))
                .build();
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<Void>> response =
                client.sendAsync(request, HttpResponse.BodyHandlers.discarding());
        try {
            int status = response.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS).statusCode();
            return SendResult.status(status, elapsedMillis(started));
        } catch (TimeoutException e) {
            response.cancel(true);
            return SendResult.error("no response within " + requestTimeout.toMillis() + " ms", elapsedMillis(started));
        } catch (ExecutionException e) {
            return SendResult.error(describe(e.getCause()), elapsedMillis(started));
        } catch (InterruptedException e) {
            response.cancel(true);
            Thread.currentThread().interrupt();
            return SendResult.error("interrupted while shutting down", elapsedMillis(started));
        }
    }

    /** A short description of a transport failure; exception messages never contain response content. */
    static String describe(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "connect timed out";
        }
        if (failure instanceof HttpTimeoutException) {
            return "timed out waiting for the response";
        }
        if (failure instanceof ConnectException) {
            return "connection refused or unreachable";
        }
        if (failure instanceof UnresolvedAddressException
                || failure instanceof java.net.UnknownHostException) {
            return "host does not resolve";
        }
        String kind = failure instanceof SSLException ? "TLS error"
                : failure instanceof IOException ? "I/O error" : failure.getClass().getSimpleName();
        String message = failure.getMessage() == null ? kind : kind + ": " + failure.getMessage();
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) : message;
    }

    private static long elapsedMillis(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }
}
