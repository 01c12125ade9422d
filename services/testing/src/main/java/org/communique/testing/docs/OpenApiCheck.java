package org.communique.testing.docs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Reads a running service's /q/openapi and checks it against the service itself: every operation is
 * described, every operation that declares a credential answers 401 without one, and every operation
 * that declares none does not ask for one. Returns the mismatches; an empty list means the document
 * tells the truth.
 */
public final class OpenApiCheck {

    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private OpenApiCheck(URI base) {
        this.base = base;
    }

    public static OpenApiCheck of(URI base) {
        return new OpenApiCheck(base);
    }

    public JsonNode document() throws IOException, InterruptedException {
        HttpResponse<String> response = get("/q/openapi?format=json", Map.of("Accept", "application/json"));
        if (response.statusCode() != 200) {
            throw new IllegalStateException("/q/openapi answered " + response.statusCode());
        }
        return JSON.readTree(response.body());
    }

    public int swaggerUiStatus() throws IOException, InterruptedException {
        return get("/q/swagger-ui/", Map.of("Accept", "text/html")).statusCode();
    }

    /** Mismatches between what the document says and what the service does. */
    public List<String> mismatches() throws IOException, InterruptedException {
        JsonNode doc = document();
        List<String> problems = new ArrayList<>();
        JsonNode schemes = doc.path("components").path("securitySchemes");
        for (String scheme : List.of("adminKey", "sourceKey", "subscriptionToken")) {
            if (!schemes.has(scheme)) {
                problems.add("security scheme " + scheme + " missing");
            }
        }
        Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            if (!path.getKey().startsWith("/api/") && !path.getKey().startsWith("/feeds/")) {
                continue;
            }
            Iterator<Map.Entry<String, JsonNode>> operations = path.getValue().fields();
            while (operations.hasNext()) {
                Map.Entry<String, JsonNode> operation = operations.next();
                if (!METHODS.contains(operation.getKey())) {
                    continue;
                }
                String name = operation.getKey().toUpperCase() + " " + path.getKey();
                JsonNode op = operation.getValue();
                if (op.path("summary").asText("").isBlank()) {
                    problems.add(name + ": no summary");
                }
                boolean secured = op.path("security").size() > 0;
                int status = callWithoutCredentials(operation.getKey(), path.getKey());
                if (secured && status != 401) {
                    problems.add(name + ": declares a credential but answered " + status + " without one");
                }
                if (!secured && status == 401) {
                    problems.add(name + ": declares no credential but answered 401");
                }
            }
        }
        return problems;
    }

    private int callWithoutCredentials(String method, String template) throws IOException, InterruptedException {
        String path = template.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        HttpRequest.BodyPublisher body = Set.of("post", "put", "patch").contains(method)
                ? HttpRequest.BodyPublishers.ofString("{}") : HttpRequest.BodyPublishers.noBody();
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json")
                .header("Accept", "*/*")
                .method(method.toUpperCase(), body)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private HttpResponse<String> get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10));
        headers.forEach(request::header);
        return http.send(request.GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
