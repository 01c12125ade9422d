package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the enrichment service's {@code GET /api/v1/names} (and, through {@link EnrichmentAdminStub}, its
 * knowledge-base admin API) (tested against the real knowledge base in
 * enrichment's NamesApiTest) in the notifier's page tests: the same query parameters and answer shape, over a
 * handful of entries a test can add to (a hostile name for the XSS corpus, an official with a fresh id).
 */
public class EnrichmentNamesStub implements QuarkusTestResourceLifecycleManager {

    record Entry(String kind, String id, Map<String, String> names, String country) {
    }

    private static final List<Entry> ENTRIES = new CopyOnWriteArrayList<>(List.of(
            new Entry("country", "KG", Map.of("ru", "Кыргызстан", "en", "Kyrgyzstan", "kk", "Қырғызстан", "ky", "Кыргызстан"), null),
            new Entry("country", "KZ", Map.of("ru", "Казахстан", "en", "Kazakhstan", "kk", "Қазақстан", "ky", "Казакстан"), null),
            new Entry("official", "sadyr-japarov", Map.of("ru", "Садыр Жапаров", "en", "Sadyr Japarov"), "KG")));
    private static final ObjectMapper JSON = new ObjectMapper();
    private static HttpServer server;

    static void add(String kind, String id, Map<String, String> names, String country) {
        ENTRIES.add(new Entry(kind, id, names, country));
    }

    /** The one entry of {@code id}, replacing an earlier one (the admin stub's people as the names lookup sees them). */
    static synchronized void put(String kind, String id, Map<String, String> names, String country) {
        ENTRIES.removeIf(e -> e.kind().equals(kind) && e.id().equals(id));
        ENTRIES.add(new Entry(kind, id, Map.copyOf(names), country));
    }

    @Override
    public synchronized Map<String, String> start() {
        if (server == null) {
            try {
                server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            server.createContext("/api/v1/names", exchange -> {
                Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
                byte[] body = JSON.writeValueAsBytes(search(query.get("kind"), query.getOrDefault("q", ""),
                        query.getOrDefault("lang", "en")));
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.createContext("/api/v1/kb", new EnrichmentAdminStub());
            server.start();
        }
        return Map.of("communique.pages.enrichment-url", "http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static List<Map<String, String>> search(String kind, String q, String lang) {
        String wanted = q.toLowerCase(Locale.ROOT);
        List<Map<String, String>> hits = new ArrayList<>();
        for (Entry e : ENTRIES) {
            boolean matches = e.kind().equals(kind) && e.names().values().stream()
                    .anyMatch(n -> (" " + n.toLowerCase(Locale.ROOT)).contains(" " + wanted));
            if (matches) {
                Map<String, String> hit = new LinkedHashMap<>();
                hit.put("kind", e.kind());
                hit.put("id", e.id());
                hit.put("name", e.names().getOrDefault(lang, e.names().get("en")));
                if (e.country() != null) {
                    hit.put("country", e.country());
                }
                hits.add(hit);
            }
        }
        return hits;
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    query.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
                }
            }
        }
        return query;
    }

    @Override
    public void stop() {
        // shared by every Quarkus start in this JVM
    }
}
