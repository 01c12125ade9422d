package org.communique.notifier.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.communique.contracts.EventJson;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver in the test JVM for the process-level tests: counts arrivals per {@code webhook-id}
 * and the webhook-ids seen per (path, release id) pair, answering 204 to everything.
 */
public final class CountingReceiver implements AutoCloseable {

    private final Map<String, AtomicInteger> arrivals = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> idsPerPair = new ConcurrentHashMap<>();
    private final AtomicInteger requests = new AtomicInteger();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(16);

    private CountingReceiver(HttpServer server) {
        this.server = server;
    }

    public static CountingReceiver start() throws IOException {
        return start(Duration.ZERO);
    }

    /** One that answers each webhook {@code answerAfter} after reading it, like a receiver doing some work. */
    public static CountingReceiver start(Duration answerAfter) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        CountingReceiver receiver = new CountingReceiver(server);
        server.setExecutor(receiver.executor);
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                String webhookId = exchange.getRequestHeaders().getFirst("webhook-id");
                JsonNode json = EventJson.mapper().readTree(body);
                String releaseId = json.path("data").path("release").path("release").path("id").asText();
                receiver.arrivals.computeIfAbsent(webhookId, id -> new AtomicInteger()).incrementAndGet();
                receiver.idsPerPair.computeIfAbsent(exchange.getRequestURI().getPath() + " " + releaseId,
                        pair -> ConcurrentHashMap.newKeySet()).add(webhookId);
                receiver.requests.incrementAndGet();
                if (!answerAfter.isZero()) {
                    try {
                        Thread.sleep(answerAfter.toMillis());
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
        return receiver;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    public int requests() {
        return requests.get();
    }

    /** (path, release) pairs that received at least one webhook. */
    public int pairs() {
        return idsPerPair.size();
    }

    /** The webhook-ids that arrived for this path and release. */
    public Set<String> webhookIds(String path, Object releaseId) {
        return idsPerPair.getOrDefault(path + " " + releaseId, Set.of());
    }

    public Set<String> pairKeys() {
        return idsPerPair.keySet();
    }

    /** Webhook-ids that arrived more than once (the same alert resent, which receivers dedupe on). */
    public long resent() {
        return arrivals.values().stream().filter(count -> count.get() > 1).count();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
