package org.communique.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongConsumer;

/**
 * Offers releases at a fixed rate (open loop: each has its send time, whether or not earlier ones have been
 * answered, so a slow server shows in the latency rather than in a lower offered rate). A release that
 * finds {@code max-in-flight} POSTs outstanding is not sent and counts as refused by the client.
 */
final class LoadRunner {

    private static final ObjectMapper JSON = new ObjectMapper();

    final AtomicLong offered = new AtomicLong();
    final AtomicLong refusedByClient = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong failed = new AtomicLong();
    final Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    /** Release id → when its first 2xx (created) answer came, epoch millis. */
    final Map<String, Long> acceptedAt = new ConcurrentHashMap<>();
    /** Milliseconds from each POST's planned send time to its answer. */
    final ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Long> recentLatencies = new ConcurrentLinkedQueue<>();

    private final HttpClient http;
    private final BenchOptions options;
    private final List<String> sourceKeys;
    private final int rate;

    LoadRunner(HttpClient http, BenchOptions options, List<String> sourceKeys, int rate) {
        this.http = http;
        this.options = options;
        this.sourceKeys = sourceKeys;
        this.rate = rate;
    }

    /** Runs the load; {@code everySecond} is called with the second just finished. */
    void run(ReleaseGenerator generator, LongConsumer everySecond) throws InterruptedException {
        Semaphore inFlight = new Semaphore(options.maxInFlight());
        URI uri = URI.create(options.ingestUrl() + "/api/v1/releases");
        long total = (long) rate * options.durationSeconds();
        long intervalNanos = 1_000_000_000L / rate;
        long start = System.nanoTime();
        long nextSecond = 1;
        for (long i = 0; i < total; i++) {
            long planned = start + i * intervalNanos;
            long wait;
            while ((wait = planned - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            if (System.nanoTime() - start >= nextSecond * 1_000_000_000L) {
                everySecond.accept(nextSecond++);
            }
            offered.incrementAndGet();
            if (!inFlight.tryAcquire()) {
                // refused before it is written: under overload the client's own CPU goes to the POSTs it sends
                refusedByClient.incrementAndGet();
                continue;
            }
            ReleaseGenerator.Generated release = generator.next();
            HttpRequest request = HttpRequest.newBuilder(uri)
                    .header("Authorization", "Bearer " + sourceKeys.get(release.source()))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(release)))
                    .build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                inFlight.release();
                long latency = (System.nanoTime() - planned) / 1_000_000;
                if (failure != null) {
                    failed.incrementAndGet();
                    statuses.computeIfAbsent("error", s -> new AtomicLong()).incrementAndGet();
                    return;
                }
                latencies.add(latency);
                recentLatencies.add(latency);
                statuses.computeIfAbsent(Integer.toString(response.statusCode()), s -> new AtomicLong()).incrementAndGet();
                if (response.statusCode() / 100 == 2) {
                    accepted.incrementAndGet();
                    answered(response.body());
                }
            });
        }
        everySecond.accept(nextSecond);
    }

    private void answered(String body) {
        try {
            JsonNode receipt = JSON.readTree(body);
            String status = receipt.path("status").asText();
            outcomes.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
            if (!"unchanged".equals(status)) {
                acceptedAt.putIfAbsent(receipt.path("id").asText(), System.currentTimeMillis());
            }
        } catch (JsonProcessingException e) {
            outcomes.computeIfAbsent("unreadable", s -> new AtomicLong()).incrementAndGet();
        }
    }

    /** The p99 of the POSTs answered since the last call, in milliseconds. */
    long recentP99() {
        long[] recent = drain(recentLatencies);
        java.util.Arrays.sort(recent);
        return Stats.percentile(recent, 99);
    }

    static long[] drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> values = new java.util.ArrayList<>();
        Long value;
        while ((value = queue.poll()) != null) {
            values.add(value);
        }
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static String json(ReleaseGenerator.Generated release) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("externalId", release.externalId());
        body.put("title", release.title());
        body.put("body", release.body());
        body.put("language", release.language());
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
