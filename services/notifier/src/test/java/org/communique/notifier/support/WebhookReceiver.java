package org.communique.notifier.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * A real HTTP server on 127.0.0.1 that records every request and answers each path with a chosen
 * status (204 unless told otherwise). One per test JVM, so webhook URLs stay valid across test classes.
 */
public final class WebhookReceiver {

    /** Sent with error statuses; the service must never repeat it anywhere. */
    public static final String ERROR_BODY = "receiver-internal-detail-7f3a";

    public record Request(String path, Map<String, String> headers, String body) {

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    private static WebhookReceiver shared;
    private static WebhookReceiver other;

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Integer> statuses = new ConcurrentHashMap<>();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, String> retryAfter = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> hanging = new ConcurrentHashMap<>();

    private WebhookReceiver() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public static synchronized WebhookReceiver shared() {
        if (shared == null) {
            shared = new WebhookReceiver();
        }
        return shared;
    }

    /** A second receiver on another port: another endpoint as far as per-endpoint limits go. */
    public static synchronized WebhookReceiver other() {
        if (other == null) {
            other = new WebhookReceiver();
        }
        return other;
    }

    /** A fresh path on this receiver, so each test sees only its own requests. */
    public String newPath() {
        return "/hooks/" + UUID.randomUUID();
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public void respondWith(String path, int status) {
        statuses.put(path, status);
    }

    public void redirect(String path, String location) {
        redirects.put(path, location);
    }

    /** Error responses to {@code path} carry this {@code Retry-After}. */
    public void retryAfter(String path, String value) {
        retryAfter.put(path, value);
    }

    /** Requests to {@code path} get no response until {@link #releaseHangingRequests()}. */
    public void hang(String path) {
        hanging.put(path, new CountDownLatch(1));
    }

    /** Answers every request held so far; the paths answer at once from then on. */
    public void releaseHangingRequests() {
        hanging.values().forEach(CountDownLatch::countDown);
    }

    public List<Request> requestsTo(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void awaitRelease(CountDownLatch released) {
        try {
            released.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String path = exchange.getRequestURI().getPath();
            Map<String, String> headers = exchange.getRequestHeaders().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().toLowerCase(Locale.ROOT), e -> String.join(",", e.getValue()),
                            (a, b) -> a + "," + b));
            requests.add(new Request(path, Map.copyOf(headers), body));

            CountDownLatch held = hanging.get(path);
            if (held != null) {
                awaitRelease(held);
                exchange.sendResponseHeaders(204, -1);
                return;
            }
            String location = redirects.get(path);
            if (location != null) {
                exchange.getResponseHeaders().add("Location", location);
                exchange.sendResponseHeaders(302, -1);
                return;
            }
            int status = statuses.getOrDefault(path, 204);
            if (status >= 400) {
                if (retryAfter.containsKey(path)) {
                    exchange.getResponseHeaders().add("Retry-After", retryAfter.get(path));
                }
                byte[] error = ERROR_BODY.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, error.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(error);
                }
            } else {
                exchange.sendResponseHeaders(status, -1);
            }
        }
    }
}
