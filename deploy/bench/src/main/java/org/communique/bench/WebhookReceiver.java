package org.communique.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The bench's webhook endpoint, a JVM of its own so that receiving does not share a process with loading:
 * answers every POST with 204 and prints one line per delivery, {@code <epoch millis> <release id>}, after a
 * first line {@code listening <port>}. Stops when its standard input closes (the bench has gone).
 */
public final class WebhookReceiver {

    private static final ObjectMapper JSON = new ObjectMapper();

    private WebhookReceiver() {
    }

    public static void main(String[] args) throws IOException {
        BufferedWriter out = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 1024);
        server.setExecutor(Executors.newFixedThreadPool(16));
        server.createContext("/", exchange -> receive(exchange, out));
        server.start();
        synchronized (out) {
            out.write("listening " + server.getAddress().getPort() + "\n");
            out.flush();
        }
        var flusher = Executors.newSingleThreadScheduledExecutor();
        flusher.scheduleAtFixedRate(() -> {
            synchronized (out) {
                try {
                    out.flush();
                } catch (IOException e) {
                    System.exit(0);
                }
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        // the bench closes our standard input when it is done (or dies): then we go too
        while (System.in.read() >= 0) {
            // nothing is sent on standard input
        }
        server.stop(0);
        System.exit(0);
    }

    private static void receive(HttpExchange exchange, BufferedWriter out) throws IOException {
        long now = System.currentTimeMillis();
        String releaseId = "-";
        try (InputStream body = exchange.getRequestBody()) {
            JsonNode alert = JSON.readTree(body);
            releaseId = alert.path("data").path("release").path("release").path("id").asText("-");
        } catch (IOException e) {
            // not an alert (a test ping, say): counted without a release
        }
        exchange.sendResponseHeaders(204, -1);
        exchange.close();
        synchronized (out) {
            out.write(now + " " + releaseId + "\n");
        }
    }
}
