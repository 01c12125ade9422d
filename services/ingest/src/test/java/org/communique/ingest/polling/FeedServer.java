package org.communique.ingest.polling;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real HTTP server in the test JVM playing a ministry's site: each path serves what the test says, and
 * honours ETag / Last-Modified like a well-behaved server. Every request is recorded.
 */
final class FeedServer implements AutoCloseable {

    /** What one path answers; tests change it between polls. */
    static final class Page {
        volatile int status = 200;
        volatile String contentType;
        volatile byte[] body = new byte[0];
        volatile String etag;
        volatile String lastModified;
        volatile boolean hang;
        volatile String location;
        volatile String contentEncoding;
        volatile Duration dripEvery;
        volatile long endlessLength;

        Page body(String text, Charset charset, String contentType) {
            this.body = text.getBytes(charset);
            this.contentType = contentType;
            return this;
        }

        Page etag(String etag) {
            this.etag = etag;
            return this;
        }

        Page lastModified(String lastModified) {
            this.lastModified = lastModified;
            return this;
        }

        Page status(int status) {
            this.status = status;
            return this;
        }

        /** Answer {@code status} with a Location header. */
        Page redirect(int status, String location) {
            this.status = status;
            this.location = location;
            return this;
        }

        /** Serve {@code compressed} as is, with {@code Content-Encoding: gzip}. */
        Page gzipped(byte[] compressed, String contentType) {
            this.body = compressed;
            this.contentType = contentType;
            this.contentEncoding = "gzip";
            return this;
        }

        /** Answer 200 at once, then send one byte of body every {@code every}, without end. */
        Page drip(Duration every) {
            this.dripEvery = every;
            return this;
        }

        /** Announce a body of {@code length} bytes and send zeros as fast as the client reads them. */
        Page endless(long length) {
            this.endlessLength = length;
            return this;
        }

        /** Accept the request, then never answer (until the server closes). */
        Page hang() {
            this.hang = true;
            return this;
        }
    }

    record Request(String path, String ifNoneMatch, String ifModifiedSince, String userAgent, String host) {
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final Map<String, Page> pages = new ConcurrentHashMap<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final AtomicInteger total = new AtomicInteger();
    private final AtomicLong bodyBytesSent = new AtomicLong();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile boolean recording = true;

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    static FeedServer start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            FeedServer feeds = new FeedServer(server);
            server.createContext("/", feeds::handle);
            server.setExecutor(feeds.executor);
            server.start();
            return feeds;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts requests only, for load tests that make too many to keep. */
    FeedServer countOnly() {
        recording = false;
        return this;
    }

    Page page(String path) {
        return pages.computeIfAbsent(path, p -> new Page());
    }

    int port() {
        return server.getAddress().getPort();
    }

    String url(String path) {
        return "http://localhost:" + server.getAddress().getPort() + path;
    }

    int count(String path) {
        AtomicInteger count = counts.get(path);
        return count == null ? 0 : count.get();
    }

    int total() {
        return total.get();
    }

    /** Body bytes written by drip and endless pages (until the client hung up). */
    long bodyBytesSent() {
        return bodyBytesSent.get();
    }

    List<Request> requests(String path) {
        return requests.stream().filter(r -> r.path().equals(path)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        var headers = exchange.getRequestHeaders();
        if (recording) {
            requests.add(new Request(path, headers.getFirst("If-None-Match"), headers.getFirst("If-Modified-Since"),
                    headers.getFirst("User-Agent"), headers.getFirst("Host")));
        }
        counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        total.incrementAndGet();
        Page page = pages.get(path);
        try (exchange) {
            if (page == null) {
                send(exchange, 404, "text/plain", "no such page".getBytes(StandardCharsets.UTF_8));
                return;
            }
            if (page.hang) {
                closing.await(60, TimeUnit.SECONDS);
                return;
            }
            if (page.etag != null) {
                exchange.getResponseHeaders().set("ETag", page.etag);
            }
            if (page.lastModified != null) {
                exchange.getResponseHeaders().set("Last-Modified", page.lastModified);
            }
            if (page.location != null) {
                exchange.getResponseHeaders().set("Location", page.location);
            }
            if (page.contentEncoding != null) {
                exchange.getResponseHeaders().set("Content-Encoding", page.contentEncoding);
            }
            if (page.dripEvery != null || page.endlessLength > 0) {
                stream(exchange, page);
                return;
            }
            boolean etagMatches = page.etag != null && page.etag.equals(headers.getFirst("If-None-Match"));
            boolean unmodified = page.etag == null && page.lastModified != null
                    && page.lastModified.equals(headers.getFirst("If-Modified-Since"));
            if (page.status == 200 && (etagMatches || unmodified)) {
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            send(exchange, page.status, page.contentType, page.body);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A hostile site: drips bytes or sends an endless body until the client closes the connection. */
    private void stream(HttpExchange exchange, Page page) throws IOException, InterruptedException {
        exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
        exchange.sendResponseHeaders(200, page.endlessLength > 0 ? page.endlessLength : 0);
        byte[] chunk = new byte[page.endlessLength > 0 ? 64 * 1024 : 1];
        chunk[0] = '<';
        try (OutputStream out = exchange.getResponseBody()) {
            while (closing.getCount() > 0) {
                out.write(chunk);
                out.flush();
                bodyBytesSent.addAndGet(chunk.length);
                if (page.dripEvery != null && closing.await(page.dripEvery.toMillis(), TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        } catch (IOException clientHungUp) {
            // what a hostile site sees when the fetcher gives up
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
