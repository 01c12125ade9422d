package org.communique.ingest;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.communique.contracts.SourceRef;
import org.communique.ingest.sources.Source;
import org.communique.ingest.sources.SourceKeys;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Test feeders: each test creates its own PUSH source, so tests never see each other's releases. */
public final class Feeders {

    private Feeders() {
    }

    public record Feeder(SourceRef source, String key) {

        public String authorization() {
            return "Bearer " + key;
        }

        public ValidatableResponse post(Map<String, ?> release) {
            return given().header("Authorization", authorization())
                    .contentType(ContentType.JSON)
                    .body(release)
                    .post("/api/v1/releases")
                    .then();
        }

        public ValidatableResponse post(String json) {
            return given().header("Authorization", authorization())
                    .contentType(ContentType.JSON)
                    .body(json)
                    .post("/api/v1/releases")
                    .then();
        }

        public ValidatableResponse get(String id) {
            return given().header("Authorization", authorization())
                    .get("/api/v1/releases/" + id)
                    .then();
        }
    }

    public static Feeder create(String name, String country) {
        String key = "test-key-" + UUID.randomUUID();
        Source source = Source.newPushSource(name + " " + UUID.randomUUID(), country, SourceKeys.hash(key));
        QuarkusTransaction.requiringNew().run(() -> source.persist());
        return new Feeder(source.ref(), key);
    }

    /** A release body as a mutable map, so a test can remove, null or change single fields. */
    public static Map<String, Object> release(String title, String body) {
        Map<String, Object> release = new LinkedHashMap<>();
        release.put("title", title);
        release.put("body", body);
        return release;
    }
}
