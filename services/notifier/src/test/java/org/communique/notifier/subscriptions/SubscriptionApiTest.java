package org.communique.notifier.subscriptions;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.notifier.support.SubscriptionsApi;
import org.communique.notifier.support.SubscriptionsApi.Created;
import org.communique.notifier.support.TestDatabase;
import org.communique.notifier.support.WebhookReceiver;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

@QuarkusTest
class SubscriptionApiTest {

    private static final String PROBLEM_JSON = "application/problem+json";

    @Inject
    AgroalDataSource dataSource;

    private final WebhookReceiver receiver = WebhookReceiver.shared();

    @Test
    void creatingReturnsTheIdTokenAndSecretOnce() throws Exception {
        ExtractableResponse<Response> response = given()
                .contentType(ContentType.JSON)
                .body("{\"filter\": {\"countries\": [\"KZ\"]}, \"channel\": {\"type\": \"webhook\", \"url\": \""
                        + receiver.url(receiver.newPath()) + "\"}}")
                .post("/api/v1/subscriptions")
                .then()
                .statusCode(201)
                .header("Cache-Control", "no-store")
                .extract();
        String id = response.path("id");
        String token = response.path("token");
        String secret = response.path("secret");

        assertThat(response.header("Location")).endsWith("/api/v1/subscriptions/" + id);
        assertThat(token).hasSizeGreaterThan(30);
        assertThat(secret).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(secret.substring("whsec_".length()))).hasSizeGreaterThanOrEqualTo(24);

        Map<String, Object> stored = TestDatabase.rows(dataSource,
                "SELECT token_hash, webhook_secret, status FROM subscriptions WHERE id = ?", UUID.fromString(id)).get(0);
        String sha256 = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        assertThat(stored.get("token_hash")).isEqualTo(sha256);
        assertThat(stored.get("webhook_secret")).isEqualTo(secret);
        assertThat(stored.get("status")).isEqualTo("ACTIVE");
    }

    @Test
    void theOwnerReadsTheSubscriptionButNeverItsSecrets() {
        String url = receiver.url(receiver.newPath());
        Created created = SubscriptionsApi.createWebhook(
                "{\"visit\": {\"visitorCountries\": [\"KG\"], \"hostCountries\": [\"KZ\"]}, \"events\": [\"VISIT\"]}", url);

        given().header("Authorization", "Bearer " + created.token())
                .get("/api/v1/subscriptions/{id}", created.id())
                .then()
                .statusCode(200)
                .body("id", equalTo(created.id()))
                .body("status", equalTo("ACTIVE"))
                .body("filter.events", contains("VISIT"))
                .body("filter.visit.visitorCountries", contains("KG"))
                .body("filter.visit.hostCountries", contains("KZ"))
                .body("filter.countries", nullValue())
                .body("channel.type", equalTo("webhook"))
                .body("channel.url", equalTo(url))
                .body("token", nullValue())
                .body("secret", nullValue());
    }

    @Test
    void newFilterFieldsAreStoredNormalisedAndShown() {
        Created created = SubscriptionsApi.createWebhook("{\"keywords\": [\"  официальный   визит \", \"visit\"],"
                + " \"languages\": [\"ru\", \"kk\"], \"sources\": [\"5B0C1D2E-3F40-4A51-8B62-7C8D9EAF0B1C\"],"
                + " \"storyDedupe\": false, \"roles\": [\"president\", \"ambassador:KZ\"]}", receiver.url(receiver.newPath()));

        given().header("Authorization", "Bearer " + created.token())
                .get("/api/v1/subscriptions/{id}", created.id())
                .then()
                .statusCode(200)
                .body("filter.keywords", contains("visit", "официальный визит"))
                .body("filter.languages", contains("kk", "ru"))
                .body("filter.sources", contains("5b0c1d2e-3f40-4a51-8b62-7c8d9eaf0b1c"))
                .body("filter.storyDedupe", is(false))
                .body("filter.roles", contains("ambassador:KZ", "president"));
        Created defaults = create();
        given().header("Authorization", "Bearer " + defaults.token())
                .get("/api/v1/subscriptions/{id}", defaults.id())
                .then().statusCode(200).body("filter.storyDedupe", is(true));
    }

    @Test
    void readingNeedsThisSubscriptionsBearerToken() {
        Created mine = create();
        Created other = create();

        given().get("/api/v1/subscriptions/{id}", mine.id())
                .then().statusCode(401).contentType(PROBLEM_JSON).header("WWW-Authenticate", "Bearer");
        given().header("Authorization", "Bearer not-the-token").get("/api/v1/subscriptions/{id}", mine.id())
                .then().statusCode(401).contentType(PROBLEM_JSON).body("status", is(401));
        given().header("Authorization", "Bearer " + other.token()).get("/api/v1/subscriptions/{id}", mine.id())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "Basic " + mine.token()).get("/api/v1/subscriptions/{id}", mine.id())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "bearer " + mine.token()).get("/api/v1/subscriptions/{id}", mine.id())
                .then().statusCode(200);
    }

    @Test
    void unknownSubscriptionsAreNotFound() {
        Created mine = create();

        given().header("Authorization", "Bearer " + mine.token()).get("/api/v1/subscriptions/{id}", UUID.randomUUID())
                .then().statusCode(404).contentType(PROBLEM_JSON).body("status", is(404));
        given().header("Authorization", "Bearer " + mine.token()).get("/api/v1/subscriptions/not-a-uuid")
                .then().statusCode(404).contentType(PROBLEM_JSON);
    }

    @Test
    void deletingEndsTheSubscription() {
        Created created = create();

        given().header("Authorization", "Bearer nope").delete("/api/v1/subscriptions/{id}", created.id())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "Bearer " + created.token()).delete("/api/v1/subscriptions/{id}", created.id())
                .then().statusCode(204);
        given().header("Authorization", "Bearer " + created.token()).get("/api/v1/subscriptions/{id}", created.id())
                .then().statusCode(404).contentType(PROBLEM_JSON);
        given().header("Authorization", "Bearer " + created.token()).delete("/api/v1/subscriptions/{id}", created.id())
                .then().statusCode(404).contentType(PROBLEM_JSON);

        List<Map<String, Object>> stored = TestDatabase.rows(dataSource,
                "SELECT status, deleted_at FROM subscriptions WHERE id = ?", UUID.fromString(created.id()));
        assertThat(stored.get(0).get("status")).isEqualTo("DELETED");
        assertThat(stored.get(0).get("deleted_at")).isNotNull();
    }

    @Test
    void deliveriesStartEmptyAndNeedTheToken() {
        Created created = create();

        given().header("Authorization", "Bearer " + created.token())
                .get("/api/v1/subscriptions/{id}/deliveries", created.id())
                .then().statusCode(200).body("deliveries", empty());
        given().get("/api/v1/subscriptions/{id}/deliveries", created.id())
                .then().statusCode(401).contentType(PROBLEM_JSON);
        given().header("Authorization", "Bearer " + created.token())
                .queryParam("limit", 0)
                .get("/api/v1/subscriptions/{id}/deliveries", created.id())
                .then().statusCode(400).contentType(PROBLEM_JSON).body("errors[0].field", equalTo("limit"));
    }

    @Test
    void locationPointsAtTheNewSubscription() {
        Created created = create();

        given().header("Authorization", "Bearer " + created.token())
                .get("/api/v1/subscriptions/" + created.id())
                .then().statusCode(200).body("channel.url", endsWith("/hooks/x"));
    }

    private Created create() {
        // Antarctica: no test release matches, so these subscriptions stay quiet
        return SubscriptionsApi.createWebhook("{\"countries\": [\"AQ\"]}", receiver.url("/hooks/x"));
    }
}
