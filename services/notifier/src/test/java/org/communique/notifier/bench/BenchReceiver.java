package org.communique.notifier.bench;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The fan-out benchmark's webhook receiver, run as a process of its own so that it does not share the
 * measuring JVM. Listens on every local address (so that 127.0.x.y are distinct endpoints for the
 * notifier), answers 204 to each POST and notes its arrival time; {@code GET /stats?since=<epoch ms>}
 * answers "count firstMs lastMs p50Ms p99Ms" over the arrivals since then, as latencies from then.
 * A benchmark tool only: never started by the build.
 */
public final class BenchReceiver {

    private static final long[] ARRIVALS = new long[2_000_000];
    private static final AtomicInteger COUNT = new AtomicInteger();

    private BenchReceiver() {
    }

    public static void main(String[] args) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(Integer.parseInt(args[0])), 4096);
        server.setExecutor(Executors.newFixedThreadPool(64));
        server.createContext("/stats", exchange -> {
            try (exchange) {
                long since = Long.parseLong(exchange.getRequestURI().getQuery().replace("since=", ""));
                byte[] body = stats(since).getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        });
        server.createContext("/", exchange -> {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                in.readAllBytes();
                int slot = COUNT.getAndIncrement();
                if (slot < ARRIVALS.length) {
                    ARRIVALS[slot] = System.currentTimeMillis();
                }
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.start();
        System.out.println("bench receiver listening on port " + args[0]);
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
