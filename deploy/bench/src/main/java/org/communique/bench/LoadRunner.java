package org.communique.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * <p>
 * The POSTs go out through a Vert.x client (one event loop, kept-alive connections), whose callbacks do the
 * counting: no thread, future chain or JSON tree per request.
 */
final class LoadRunner {

    private static final JsonFactory JSON = new JsonFactory();
    private static final CharSequence JSON_TYPE = HttpHeaders.createOptimized("application/json");

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
    private final List<CharSequence> authorizations;
    private final int rate;

    LoadRunner(HttpClient http, BenchOptions options, List<String> sourceKeys, int rate) {
        this.http = http;
        this.options = options;
        this.authorizations = sourceKeys.stream().map(key -> HttpHeaders.createOptimized("Bearer " + key)).toList();
        this.rate = rate;
    }

    /** Runs the load; {@code everySecond} is called with the second just finished. */
    void run(ReleaseGenerator generator, LongConsumer everySecond) throws InterruptedException {
        Semaphore inFlight = new Semaphore(options.maxInFlight());
        String uri = options.ingestUrl() + "/api/v1/releases";
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
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.POST).setAbsoluteURI(uri)
                    .putHeader(HttpHeaders.AUTHORIZATION, authorizations.get(release.source()))
                    .putHeader(HttpHeaders.CONTENT_TYPE, JSON_TYPE);
            Buffer body = Buffer.buffer(json(release));
            http.request(request)
                    .compose(post -> post.send(body))
                    .compose(response -> response.body().map(answer -> {
                        answered(response.statusCode(), answer, planned);
                        return answer;
                    }))
                    .onComplete(done -> {
                        inFlight.release();
                        if (done.failed()) {
                            failed.incrementAndGet();
                            statuses.computeIfAbsent("error", s -> new AtomicLong()).incrementAndGet();
                        }
                    });
        }
        everySecond.accept(nextSecond);
    }

    private void answered(int status, Buffer body, long planned) {
        long latency = (System.nanoTime() - planned) / 1_000_000;
        latencies.add(latency);
        recentLatencies.add(latency);
        statuses.computeIfAbsent(Integer.toString(status), s -> new AtomicLong()).incrementAndGet();
        if (status / 100 != 2) {
            return;
        }
        accepted.incrementAndGet();
        byte[] receipt = body.getBytes();
        try {
            String outcome = JsonPath.text(receipt, "status");
            outcome = outcome == null ? "" : outcome;
            outcomes.computeIfAbsent(outcome, s -> new AtomicLong()).incrementAndGet();
            if (!"unchanged".equals(outcome)) {
                String id = JsonPath.text(receipt, "id");
                acceptedAt.putIfAbsent(id == null ? "" : id, System.currentTimeMillis());
            }
        } catch (IOException e) {
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

    /** The release as ingest's API takes it, written straight to bytes. */
    static byte[] json(ReleaseGenerator.Generated release) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(release.body().length() * 2 + 256);
        try (JsonGenerator json = JSON.createGenerator(bytes)) {
            json.writeStartObject();
            json.writeStringField("externalId", release.externalId());
            json.writeStringField("title", release.title());
            json.writeStringField("body", release.body());
            json.writeStringField("language", release.language());
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
