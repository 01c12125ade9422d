package org.communique.ingest;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.Map;

import static io.restassured.RestAssured.given;

/** The operator, with the admin key of the test profile (src/test/resources/META-INF/microprofile-config.properties). */
public final class Admin {

    public static final String KEY = "test-admin-key";

    private Admin() {
    }

    public static RequestSpecification request() {
        return given().header("Authorization", "Bearer " + KEY);
    }

    public static ValidatableResponse createSource(Map<String, ?> source) {
        return request().contentType(ContentType.JSON).body(source).post("/api/v1/sources").then();
    }

    public static ValidatableResponse updateSource(String id, Map<String, ?> changes) {
        return request().contentType(ContentType.JSON).body(changes).patch("/api/v1/sources/" + id).then();
    }

    public static ValidatableResponse source(String id) {
        return request().get("/api/v1/sources/" + id).then();
    }
}
