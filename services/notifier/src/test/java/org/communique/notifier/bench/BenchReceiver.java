package org.communique.notifier.bench;

import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServerOptions;

import io.vertx.core.json.JsonObject;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fan-out benchmark's webhook receiver, run as a process of its own so that it does not share the
 * measuring JVM. Listens on every local address (so that 127.0.x.y are distinct endpoints for the
 * notifier), answers 204 to each POST and notes its arrival time; {@code GET /stats?since=<epoch ms>}
 * answers "count firstMs lastMs p50Ms p99Ms" over the arrivals since then, as latencies from then.
 * Non-blocking (Vert.x), keeps connections open as long as the sender wants, so that the figures are the
 * notifier's and not the receiver's. Webhooks to paths under {@code /timed/} are also read for their release
 * id, and {@code GET /firsts} answers "releaseId epochMs" lines, the first arrival of each such release (the
 * low-rate latency of the benchmark); {@code GET /connections} answers how many connections were accepted so far
 * (the benchmark's own requests included). A benchmark tool only: never started by the build.
 */
public final class BenchReceiver {

    private static final long[] ARRIVALS = new long[2_000_000];
    private static final AtomicInteger COUNT = new AtomicInteger();
    private static final Map<String, Long> FIRSTS = new ConcurrentHashMap<>();
    private static final AtomicInteger CONNECTIONS = new AtomicInteger();

    private BenchReceiver() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Vertx vertx = Vertx.vertx();
        vertx.createHttpServer(new HttpServerOptions().setAcceptBacklog(8192).setIdleTimeout(0))
                .connectionHandler(connection -> CONNECTIONS.incrementAndGet())
                .requestHandler(request -> {
                    if (request.path().equals("/connections")) {
                        request.response().end(Integer.toString(CONNECTIONS.get()));
                        return;
                    }
                    if (request.path().equals("/stats")) {
                        long since = Long.parseLong(request.getParam("since"));
                        request.response().end(stats(since));
                        return;
                    }
                    if (request.path().equals("/firsts")) {
                        StringBuilder lines = new StringBuilder();
                        FIRSTS.forEach((release, at) -> lines.append(release).append(' ').append(at).append('\n'));
                        request.response().end(lines.toString());
                        return;
                    }
                    boolean timed = request.path().startsWith("/timed/");
                    request.body().onComplete(read -> {
                        long now = System.currentTimeMillis();
                        int slot = COUNT.getAndIncrement();
                        if (slot < ARRIVALS.length) {
                            ARRIVALS[slot] = now;
                        }
                        if (timed && read.succeeded()) {
                            String release = new JsonObject(read.result()).getJsonObject("data")
                                    .getJsonObject("release").getJsonObject("release").getString("id");
                            FIRSTS.putIfAbsent(release, now);
                        }
                        request.response().setStatusCode(204).end();
                    });
                })
                .listen(port)
                .toCompletionStage().toCompletableFuture().join();
        System.out.println("bench receiver listening on port " + port);
    }

    private static String stats(long since) {
        int count = Math.min(COUNT.get(), ARRIVALS.length);
        long[] latencies = Arrays.stream(ARRIVALS, 0, count).filter(at -> at >= since).map(at -> at - since).sorted()
                .toArray();
        if (latencies.length == 0) {
            return "0 0 0 0 0";
        }
        return latencies.length + " " + latencies[0] + " " + latencies[latencies.length - 1] + " "
                + latencies[latencies.length / 2] + " " + latencies[(int) Math.min(latencies.length - 1,
                Math.ceil(latencies.length * 0.99) - 1)];
    }
}
