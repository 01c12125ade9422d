package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The enrichment's {@code GET /api/v1/names} for the page's autocomplete, so the browser stays on this origin (the
 * pages' CSP allows nothing else). Answers are cached briefly per (kind, language, query); an unreachable or refusing
 * enrichment means no suggestions, never an error on the page.
 */
@Singleton
class NamesProxy {

    private static final Logger LOG = Logger.getLogger(NamesProxy.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int CACHED = 2_000;
    private static final Duration FRESH = Duration.ofMinutes(1);

    private record Cached(JsonNode hits, long at) {
    }

    private final PagesConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final Map<String, Cached> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
            return size() > CACHED;
        }
    };

    NamesProxy(PagesConfig config) {
        this.config = config;
    }

    /** The suggestions as the enrichment gives them (a JSON array); an empty array when it cannot. */
    JsonNode lookup(String kind, String query, String language) {
        String key = kind + '\u0000' + language + '\u0000' + query.toLowerCase(java.util.Locale.ROOT);
        long now = System.nanoTime();
        synchronized (cache) {
            Cached hit = cache.get(key);
            if (hit != null && now - hit.at() < FRESH.toNanos()) {
                return hit.hits();
            }
        }
        JsonNode hits = fetch(kind, query, language, 10);
        synchronized (cache) {
            cache.put(key, new Cached(hits, now));
        }
        return hits;
    }

    /** Uncached, for the knowledge-base editor, which must see a person it just added. */
    JsonNode fresh(String kind, String query, String language, int limit) {
        return fetch(kind, query, language, limit);
    }

    private JsonNode fetch(String kind, String query, String language, int limit) {
        String url = config.enrichmentUrl().replaceAll("/+$", "") + "/api/v1/names?kind=" + kind + "&lang=" + language
                + "&limit=" + limit + "&q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3))
                    .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 200) {
                JsonNode hits = JSON.readTree(answer.body());
                if (hits.isArray()) {
                    return hits;
                }
            }
            LOG.debugf("names lookup answered %d", answer.statusCode());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            LOG.debugf("names lookup failed: %s", e.toString());
        }
        ArrayNode none = JsonNodeFactory.instance.arrayNode();
        return none;
    }
}
