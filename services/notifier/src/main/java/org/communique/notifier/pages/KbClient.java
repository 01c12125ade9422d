package org.communique.notifier.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The enrichment's knowledge-base admin API ({@code /api/v1/kb/*}) as the operator page's editor calls it: the
 * admin key ({@code communique.pages.enrichment-admin-key}) added here, server-side; request bodies as the editor
 * built them (bounded field by field in {@link KbForms}); answers read up to {@value #MAX_ANSWER} bytes. A refusal
 * comes back as an {@link Answer} whose problem detail and field errors the page shows as they are.
 */
@Singleton
class KbClient {

    static final int MAX_ANSWER = 1 << 20;
    private static final Logger LOG = Logger.getLogger(KbClient.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What enrichment answered: {@code body} on success, else the problem's {@code detail} and field errors. */
    record Answer(int status, JsonNode body, String detail, List<String> errors, String etag) {

        Answer(int status, JsonNode body, String detail, List<String> errors) {
            this(status, body, detail, errors, null);
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }

        static Answer failed(int status, String detail) {
            return new Answer(status, null, detail, List.of());
        }
    }

    private final PagesConfig config;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    KbClient(PagesConfig config) {
        this.config = config;
    }

    boolean configured() {
        return config.enrichmentAdminKey().filter(k -> !k.isBlank()).isPresent();
    }

    Answer get(String path) {
        return send("GET", path, null);
    }

    /** @param path below the enrichment's root, starting {@code /api/v1/kb}; built only from checked segments */
    Answer send(String method, String path, JsonNode body) {
        return send(method, path, body, null);
    }

    /** With {@code ifMatch} (the {@code etag} of an earlier answer), enrichment refuses the change (412) if the record changed since. */
    Answer send(String method, String path, JsonNode body, String ifMatch) {
        if (!configured()) {
            return Answer.failed(503, "The knowledge-base editor is off: the notifier has no enrichment admin key "
                    + "(COMMUNIQUE_PAGES_ENRICHMENT_ADMIN_KEY).");
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(config.enrichmentUrl().replaceAll("/+$", "") + path))
                .timeout(Duration.ofSeconds(10))
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + config.enrichmentAdminKey().orElseThrow().strip());
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        if (body != null) {
            request.header("Content-Type", "application/json; charset=UTF-8")
                    .method(method, HttpRequest.BodyPublishers.ofString(body.toString()));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<InputStream> response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream in = response.body()) {
                bytes = in.readNBytes(MAX_ANSWER + 1);
            }
            if (bytes.length > MAX_ANSWER) {
                return Answer.failed(502, "The enrichment's answer is larger than " + MAX_ANSWER + " bytes.");
            }
            Answer answer = answer(response.statusCode(), bytes);
            return answer.ok() ? new Answer(answer.status(), answer.body(), null, List.of(),
                    response.headers().firstValue("ETag").orElse(null)) : answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Answer.failed(503, "Interrupted while asking the enrichment.");
        } catch (IOException | IllegalArgumentException e) {
            LOG.warnf("knowledge-base editor: %s %s failed: %s", method, path, e.toString());
            return Answer.failed(503, "The enrichment is not reachable just now (" + config.enrichmentUrl() + ").");
        }
    }

    private static Answer answer(int status, byte[] bytes) {
        JsonNode parsed = null;
        if (bytes.length > 0) {
            try {
                parsed = JSON.readTree(bytes);
            } catch (IOException e) {
                parsed = null;
            }
        }
        if (status >= 200 && status < 300) {
            return new Answer(status, parsed, null, List.of());
        }
        if (status == 412) {
            return Answer.failed(409, "Someone changed this record while you were editing it; see the page as it is now "
                    + "and make your change again.");
        }
        if (status == 401 || status == 403) {
            return Answer.failed(502, "The enrichment refused the notifier's admin key: "
                    + "COMMUNIQUE_PAGES_ENRICHMENT_ADMIN_KEY must be the enrichment's admin key.");
        }
        if (parsed == null || !parsed.isObject()) {
            return Answer.failed(status, "The enrichment answered HTTP " + status + ".");
        }
        String detail = parsed.path("detail").asText(parsed.path("title").asText("HTTP " + status));
        List<String> errors = new ArrayList<>();
        parsed.path("errors").forEach(e -> errors.add(e.path("field").asText() + ": " + e.path("message").asText()));
        return new Answer(status, null, detail, errors);
    }
}
