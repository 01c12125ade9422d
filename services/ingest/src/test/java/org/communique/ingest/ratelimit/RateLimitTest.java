package org.communique.ingest.ratelimit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.communique.ingest.Admin;
import org.communique.ingest.Feeders;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;

@QuarkusTest
class RateLimitTest {

    @Test
    void sourceOverItsLimitIsToldWhenToRetry() {
        String key = pushSource(3);

        post(key, 1).statusCode(202);
        post(key, 2).statusCode(202);
        post(key, 3).statusCode(202);
        post(key, 4).statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("type", equalTo("https://communique.org/problems/too-many-requests"));
    }

    @Test
    void limitsAreKeptPerSource() {
        String busy = pushSource(1);
        String quiet = pushSource(1);

        post(busy, 1).statusCode(202);
        post(busy, 2).statusCode(429);
        post(quiet, 1).statusCode(202);
    }

    @Test
    void limitAppliesOnlyToPushSources() {
        Admin.createSource(Map.of("name", "Feed " + UUID.randomUUID(), "kind", "RSS",
                        "url", "https://example.org/rss", "rateLimitPerMinute", 5))
                .statusCode(400)
                .body("errors[0].field", equalTo("rateLimitPerMinute"));
    }

    private static String pushSource(int perMinute) {
        return Admin.createSource(Map.of("name", "Limited " + UUID.randomUUID(), "kind", "PUSH",
                        "rateLimitPerMinute", perMinute))
                .statusCode(201)
                .body("rateLimitPerMinute", equalTo(perMinute))
                .extract().path("key");
    }

    private static ValidatableResponse post(String key, int n) {
        return given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Feeders.release("Statement number " + n, "Text of statement number " + n + "."))
                .post("/api/v1/releases")
                .then();
    }
}
