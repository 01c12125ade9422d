package org.communique.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;

/** What the load needs first: PUSH sources with their keys (through ingest's API) and subscriptions (notifier's). */
final class Setup {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Countries no generated release names: subscriptions to them match nothing but still cost matching. */
    private static final List<String> ELSEWHERE = List.of("BR", "AR", "CL", "PE", "MX", "CA", "AU", "NZ", "ZA",
            "NG", "EG", "MA", "KE", "ET", "GH", "SN", "PT", "IE", "IS", "NO", "FI", "EE", "LV", "LT", "PL", "CZ",
            "SK", "HU", "RO", "BG", "GR", "HR", "SI", "RS", "AL", "MK", "MT", "CY", "JP", "KR", "VN", "TH", "MY",
            "ID", "PH", "SG", "LK", "NP", "BD", "PK");

    private final HttpClient http;
    private final BenchOptions options;

    Setup(HttpClient http, BenchOptions options) {
        this.http = http;
        this.options = options;
    }

    /** Bearer keys of new PUSH sources, with a rate limit the bench cannot reach. */
    List<String> sources() throws IOException, InterruptedException {
        List<String> keys = new ArrayList<>();
        long run = System.currentTimeMillis();
        for (int i = 0; i < options.sources(); i++) {
            String body = JSON.writeValueAsString(java.util.Map.of(
                    "name", "Bench source " + i + " (" + run + ")", "kind", "PUSH", "country", "KZ",
                    "rateLimitPerMinute", 1_000_000));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.ingestUrl() + "/api/v1/sources"))
                    .header("Authorization", "Bearer " + options.adminKey())
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IOException("creating a source: " + response.statusCode() + " " + response.body());
            }
            JsonNode created = JSON.readTree(response.body());
            keys.add(created.path("key").asText());
        }
        return keys;
    }

    /**
     * Creates the subscriptions, {@code matching} of them for every release the bench posts (any country it
     * uses) on webhooks spread over the endpoints, the others for countries and words it never uses.
     *
     * @param from the number already created (by an earlier step)
     * @param to the number there should be
     * @return how many were created
     */
    int subscriptions(ReceiverProcess receiver, Progress progress, int from, int to) throws InterruptedException {
        Semaphore inFlight = new Semaphore(8);
        List<CompletableFuture<Boolean>> created = new ArrayList<>();
        for (int i = from; i < to; i++) {
            String filter;
            String url;
            if (i < options.matching()) {
                // every release, not one per story: the bench's templated releases share much of their text
                filter = "{\"countries\": [\"KZ\", \"KG\", \"UZ\", \"TJ\", \"RU\", \"CN\", \"TR\"], "
                        + "\"storyDedupe\": false}";
                url = receiver.url(i % options.endpoints());
            } else {
                filter = "{\"countries\": [\"" + ELSEWHERE.get(i % ELSEWHERE.size()) + "\"], \"keywords\": [\"benchword"
                        + i + "\"]}";
                url = receiver.url(options.endpoints() + i % options.endpoints());
            }
            String body = "{\"filter\": " + filter + ", \"channel\": {\"type\": \"webhook\", \"url\": \"" + url + "\"}}";
            inFlight.acquire();
            created.add(http.sendAsync(HttpRequest.newBuilder(URI.create(options.notifierUrl() + "/api/v1/subscriptions"))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString())
                    .handle((response, failure) -> {
                        inFlight.release();
                        boolean ok = failure == null && response.statusCode() == 201;
                        if (!ok) {
                            progress.warn("subscription not created: " + (failure != null ? failure.toString()
                                    : response.statusCode() + " " + response.body()));
                        }
                        return ok;
                    }));
            if ((i + 1) % 1000 == 0) {
                progress.say("subscriptions: " + (i + 1) + " of " + to);
            }
        }
        return (int) created.stream().filter(CompletableFuture::join).count();
    }
}
