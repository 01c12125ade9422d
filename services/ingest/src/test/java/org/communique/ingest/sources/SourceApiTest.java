package org.communique.ingest.sources;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.ValidatableResponse;
import org.communique.ingest.Admin;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SourceApiTest {

    private static final String PROBLEM = "application/problem+json";

    @Test
    void pushSourceIsCreatedWithAKeyShownOnce() {
        Map<String, Object> request = source("PUSH");
        request.put("country", "kz");
        request.put("language", "RU");

        ExtractableResponse<?> created = Admin.createSource(request)
                .statusCode(201)
                .contentType(ContentType.JSON)
                .body("kind", equalTo("PUSH"))
                .body("country", equalTo("KZ"))
                .body("language", equalTo("ru"))
                .body("enabled", equalTo(true))
                .body("key", startsWith("cq_src_"))
                .extract();
        String id = created.path("id");

        assertThat(created.header("Location")).endsWith("/api/v1/sources/" + id);
        Admin.source(id).statusCode(200)
                .body("id", equalTo(id))
                .body("name", equalTo(request.get("name")))
                .body("key", nullValue());
    }

    @Test
    void createdKeyAuthenticatesItsSource() {
        String key = Admin.createSource(source("PUSH")).statusCode(201).extract().path("key");

        postRelease(key).statusCode(202);
    }

    @Test
    void feedSourceKeepsItsDefinition() {
        Map<String, Object> request = source("RSS");
        request.put("url", "https://mfa.gov.kg/ru/rss");
        request.put("pollInterval", "PT30M");
        request.put("language", "ru");

        String id = Admin.createSource(request)
                .statusCode(201)
                .body("url", equalTo("https://mfa.gov.kg/ru/rss"))
                .body("pollInterval", equalTo("PT30M"))
                .body("key", nullValue())
                .extract().path("id");

        Admin.request().queryParam("kind", "rss").get("/api/v1/sources").then().statusCode(200)
                .body("id", hasItem(id))
                .body("kind", not(hasItem("PUSH")));
    }

    @Test
    void pollIntervalDefaultsForPolledSources() {
        Map<String, Object> request = source("ATOM");
        request.put("url", "https://example.org/atom.xml");

        Admin.createSource(request).statusCode(201).body("pollInterval", equalTo("PT15M"));
    }

    @Test
    void htmlSourceKeepsItsSelectors() {
        Map<String, Object> request = source("HTML");
        request.put("url", "https://mfa.gov.kz/ru/press");
        request.put("selectors", Map.of("list", ".news-list a.title", "title", "h1", "body", "div.article",
                "date", "time[datetime]"));

        Admin.createSource(request)
                .statusCode(201)
                .body("selectors.list", equalTo(".news-list a.title"))
                .body("selectors.title", equalTo("h1"))
                .body("selectors.body", equalTo("div.article"))
                .body("selectors.date", equalTo("time[datetime]"));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Map<String, Object> request = new HashMap<>();
        request.put("name", " ");
        request.put("kind", "HTML");
        request.put("country", "XX");
        request.put("language", "russian");
        request.put("url", "ftp://mfa.gov.kz/press");
        request.put("pollInterval", "PT5S");
        request.put("selectors", Map.of("list", "a[", "title", "h1"));

        Admin.createSource(request)
                .statusCode(400)
                .contentType(PROBLEM)
                .body("errors.field", containsInAnyOrder("name", "country", "language", "url", "pollInterval",
                        "selectors.list", "selectors.body"));
    }

    @Test
    void unknownKindAndMissingUrlAreRejected() {
        Admin.createSource(Map.of("name", unique(), "kind", "TELEGRAM"))
                .statusCode(400).body("errors[0].field", equalTo("kind"));
        Admin.createSource(Map.of("name", unique(), "kind", "RSS"))
                .statusCode(400).body("errors[0].field", equalTo("url"));
        Admin.createSource(Map.of("name", unique(), "kind", "PUSH", "pollInterval", "PT15M"))
                .statusCode(400).body("errors[0].field", equalTo("pollInterval"));
        Admin.createSource(Map.of("name", unique(), "kind", "RSS", "url", "https://example.org/rss",
                        "selectors", Map.of("list", "a")))
                .statusCode(400).body("errors[0].field", equalTo("selectors"));
    }

    @Test
    void unknownFieldIsRejected() {
        Map<String, Object> request = source("PUSH");
        request.put("owner", "press office");

        Admin.createSource(request).statusCode(400).contentType(PROBLEM).body("errors[0].field", equalTo("owner"));
    }

    @Test
    void sameNameTwiceIsAConflict() {
        Map<String, Object> request = source("PUSH");
        Admin.createSource(request).statusCode(201);

        Admin.createSource(request).statusCode(409).contentType(PROBLEM).body("status", equalTo(409));
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        Map<String, Object> request = source("RSS");
        request.put("url", "https://example.org/feed.rss");
        request.put("country", "UZ");
        request.put("language", "uz");
        String id = Admin.createSource(request).statusCode(201).extract().path("id");

        Admin.updateSource(id, Map.of("pollInterval", "PT1H", "country", ""))
                .statusCode(200)
                .body("pollInterval", equalTo("PT1H"))
                .body("country", nullValue())
                .body("language", equalTo("uz"))
                .body("url", equalTo("https://example.org/feed.rss"));
        Admin.source(id).statusCode(200).body("pollInterval", equalTo("PT1H"));
    }

    @Test
    void updateIsValidatedLikeCreation() {
        Map<String, Object> request = source("RSS");
        request.put("url", "https://example.org/feed2.rss");
        String id = Admin.createSource(request).statusCode(201).extract().path("id");

        Admin.updateSource(id, Map.of("url", "file:///etc/passwd")).statusCode(400)
                .body("errors[0].field", equalTo("url"));
        Admin.updateSource(id, Map.of("kind", "ATOM")).statusCode(400)
                .body("errors[0].field", equalTo("kind"));
        Admin.updateSource(UUID.randomUUID().toString(), Map.of("name", unique())).statusCode(404)
                .contentType(PROBLEM);
    }

    @Test
    void disabledSourceIsRefusedUntilEnabledAgain() {
        Map<String, Object> created = Admin.createSource(source("PUSH")).statusCode(201).extract().as(Map.class);
        String id = (String) created.get("id");
        String key = (String) created.get("key");

        Admin.request().delete("/api/v1/sources/" + id).then().statusCode(200).body("enabled", equalTo(false));
        postRelease(key).statusCode(401);
        Admin.request().queryParam("enabled", "false").get("/api/v1/sources").then().body("id", hasItem(id));

        Admin.updateSource(id, Map.of("enabled", true)).statusCode(200).body("enabled", equalTo(true));
        postRelease(key).statusCode(202);
    }

    @Test
    void rotatedKeyKeepsTheOldOneForTheGracePeriod() {
        Map<String, Object> created = Admin.createSource(source("PUSH")).statusCode(201).extract().as(Map.class);
        String id = (String) created.get("id");
        String oldKey = (String) created.get("key");

        String newKey = Admin.request().contentType(ContentType.JSON).body(Map.of("grace", "PT1H"))
                .post("/api/v1/sources/" + id + "/keys")
                .then().statusCode(201)
                .body("sourceId", equalTo(id))
                .body("previousKeyValidUntil", not(nullValue()))
                .extract().path("key");

        postRelease(newKey).statusCode(202);
        postRelease(oldKey).statusCode(202);
        Admin.source(id).body("previousKeyValidUntil", not(nullValue()));

        // a second rotation without grace: only the newest key works
        String newest = Admin.request().contentType(ContentType.JSON).body(Map.of("grace", "PT0S"))
                .post("/api/v1/sources/" + id + "/keys")
                .then().statusCode(201).body("previousKeyValidUntil", nullValue())
                .extract().path("key");
        postRelease(oldKey).statusCode(401);
        postRelease(newKey).statusCode(401);
        postRelease(newest).statusCode(202);
    }

    @Test
    void expiredPreviousKeyIsRefused() {
        Map<String, Object> created = Admin.createSource(source("PUSH")).statusCode(201).extract().as(Map.class);
        String id = (String) created.get("id");
        String oldKey = (String) created.get("key");
        Admin.request().contentType(ContentType.JSON).body("{}").post("/api/v1/sources/" + id + "/keys")
                .then().statusCode(201);

        QuarkusTransaction.requiringNew().run(() -> Source.update(
                "previousKeyExpiresAt = ?1 where id = ?2", Instant.now().minusSeconds(1), UUID.fromString(id)));

        postRelease(oldKey).statusCode(401);
    }

    @Test
    void onlyPushSourcesHaveKeys() {
        Map<String, Object> request = source("RSS");
        request.put("url", "https://example.org/feed3.rss");
        String id = Admin.createSource(request).statusCode(201).extract().path("id");

        Admin.request().contentType(ContentType.JSON).body("{}").post("/api/v1/sources/" + id + "/keys")
                .then().statusCode(409).contentType(PROBLEM);
    }

    @Test
    void adminKeyIsRequired() {
        String sourceKey = Admin.createSource(source("PUSH")).statusCode(201).extract().path("key");

        given().get("/api/v1/sources").then().statusCode(401).contentType(PROBLEM)
                .header("WWW-Authenticate", startsWith("Bearer"));
        given().header("Authorization", "Bearer wrong").get("/api/v1/sources").then().statusCode(401)
                .header("WWW-Authenticate", equalTo("Bearer error=\"invalid_token\""));
        given().header("Authorization", "Bearer " + sourceKey).get("/api/v1/sources").then().statusCode(401);
        given().header("Authorization", "Bearer wrong").contentType(ContentType.JSON).body("{ not json")
                .post("/api/v1/sources").then().statusCode(401);
    }

    @Test
    void listFiltersAreValidated() {
        Admin.request().queryParam("kind", "FAX").get("/api/v1/sources").then().statusCode(400)
                .body("errors.field", equalTo(List.of("kind")));
        Admin.request().queryParam("enabled", "yes").get("/api/v1/sources").then().statusCode(400);
        Admin.request().get("/api/v1/sources/not-a-uuid").then().statusCode(404).contentType(PROBLEM);
    }

    private static ValidatableResponse postRelease(String key) {
        return given().header("Authorization", "Bearer " + key)
                .contentType(ContentType.JSON)
                .body(Map.of("title", "Briefing of the press secretary", "body", "Answers to questions of the media."))
                .post("/api/v1/releases")
                .then();
    }

    static Map<String, Object> source(String kind) {
        Map<String, Object> source = new HashMap<>();
        source.put("name", unique());
        source.put("kind", kind);
        return source;
    }

    static String unique() {
        return "Source " + UUID.randomUUID();
    }
}
