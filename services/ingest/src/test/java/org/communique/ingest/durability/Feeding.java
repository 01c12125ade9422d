package org.communique.ingest.durability;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Feeders posting numbered releases to ingest from several threads, retrying each until it is acknowledged
 * (202). While ingest is down, they wait at a gate that the test opens once it has restarted ingest.
 */
final class Feeding implements AutoCloseable {

    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

    private final Supplier<IngestProcess> ingest;
    private final String key;
    private final int releases;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final LinkedBlockingQueue<Integer> pending = new LinkedBlockingQueue<>();
    private final Map<Integer, String> acknowledged = new ConcurrentHashMap<>();
    private final AtomicInteger attempts = new AtomicInteger();
    private final ExecutorService threads;
    private final Object gateLock = new Object();
    private volatile CountDownLatch gate = new CountDownLatch(0);
    private volatile int generation;

    Feeding(Supplier<IngestProcess> ingest, String key, int releases, int threads) {
        this.ingest = ingest;
        this.key = key;
        this.releases = releases;
        IntStream.range(0, releases).forEach(pending::add);
        this.threads = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            this.threads.submit(this::feed);
        }
    }

    /** Called by the test once a restarted ingest is ready. */
    void reopen() {
        synchronized (gateLock) {
            generation++;
            gate.countDown();
        }
    }

    int acknowledgedCount() {
        return acknowledged.size();
    }

    Set<String> acknowledgedIds() {
        return Set.copyOf(acknowledged.values());
    }

    int attempts() {
        return attempts.get();
    }

    boolean done() {
        return acknowledged.size() == releases;
    }

    private void feed() {
        try {
            while (!done()) {
                Integer n = pending.poll(200, TimeUnit.MILLISECONDS);
                if (n == null) {
                    continue;
                }
                gate.await(5, TimeUnit.MINUTES);
                int seen = generation;
                IngestProcess current = ingest.get();
                try {
                    attempts.incrementAndGet();
                    HttpResponse<String> response = http.send(request(current, n), HttpResponse.BodyHandlers.ofString());
                    Matcher id = ID.matcher(response.body());
                    if (response.statusCode() == 202 && id.find()) {
                        acknowledged.put(n, id.group(1));
                    } else {
                        pending.add(n);
                    }
                } catch (IOException e) {
                    pending.add(n);
                    if (!current.isAlive()) {
                        closeGate(seen);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    // only the first feeder to notice closes it, and never after the test reopened it for a new ingest
    private void closeGate(int seen) {
        synchronized (gateLock) {
            if (seen == generation && gate.getCount() == 0) {
                gate = new CountDownLatch(1);
            }
        }
    }

    private HttpRequest request(IngestProcess target, int n) {
        return HttpRequest.newBuilder(URI.create(target.url() + "/api/v1/releases"))
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + key)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json(n)))
                .build();
    }

    /** Release n: its own external id and its own words, so no two releases are one story. */
    static String json(int n) {
        Random random = new Random(n);
        StringBuilder body = new StringBuilder();
        for (int word = 0; word < 60; word++) {
            int length = 4 + random.nextInt(6);
            for (int c = 0; c < length; c++) {
                body.append((char) ('a' + random.nextInt(26)));
            }
            body.append(word % 12 == 11 ? ". " : " ");
        }
        return "{\"externalId\":\"durability-" + n + "\",\"title\":\"Durability release " + n
                + "\",\"body\":\"" + body.toString().strip() + "\",\"language\":\"en\"}";
    }

    @Override
    public void close() {
        threads.shutdownNow();
    }
}
