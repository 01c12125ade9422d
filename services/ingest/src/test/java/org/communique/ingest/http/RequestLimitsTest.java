package org.communique.ingest.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

@QuarkusTest
class RequestLimitsTest {

    private static final int OVER_ONE_MIB = 1024 * 1024 + 1;

    @TestHTTPResource("/api/v1/releases")
    URI releases;

    private Feeder feeder;

    @BeforeEach
    void setUp() {
        feeder = Feeders.create("Limits feeder", null);
    }

    @Test
    void declaredOversizeBodyIsRejectedWithAProblem() throws Exception {
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofByteArray(oversizeJson()));

        assertPayloadTooLarge(response);
    }

    @Test
    void chunkedOversizeBodyIsRejectedWithAProblem() throws Exception {
        // an input stream has no known length, so the client sends it chunked, without Content-Length
        HttpResponse<String> response = post(HttpRequest.BodyPublishers.ofInputStream(
                () -> new ByteArrayInputStream(oversizeJson())));

        assertPayloadTooLarge(response);
    }

    @Test
    void nonJsonBodyIsUnsupported() {
        given().header("Authorization", feeder.authorization())
                .contentType("text/plain")
                .body("Minister meets ambassador")
                .post("/api/v1/releases")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("status", equalTo(415))
                .body("type", equalTo("https://communique.org/problems/unsupported-media-type"));
    }

    @Test
    void bodyWithoutContentTypeIsUnsupported() {
        given().header("Authorization", feeder.authorization())
                .body("{\"title\": \"t\", \"body\": \"b\"}".getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/releases")
                .then().statusCode(415)
                .contentType("application/problem+json");
    }

    private HttpResponse<String> post(HttpRequest.BodyPublisher body) throws IOException, InterruptedException {
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
        HttpRequest request = HttpRequest.newBuilder(releases)
                .timeout(Duration.ofSeconds(30))
                .header("Authorization", feeder.authorization())
                .header("Content-Type", "application/json")
                .POST(body)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.ofString());
    }

    private static byte[] oversizeJson() {
        String prefix = "{\"title\": \"Oversized\", \"body\": \"";
        String suffix = "\"}";
        return (prefix + "x".repeat(OVER_ONE_MIB) + suffix).getBytes(StandardCharsets.UTF_8);
    }

    private static void assertPayloadTooLarge(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        JsonNode problem = new ObjectMapper().readTree(response.body());
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("type").asText()).isEqualTo("https://communique.org/problems/payload-too-large");
        assertThat(problem.path("detail").asText()).contains("1048576");
    }
}
