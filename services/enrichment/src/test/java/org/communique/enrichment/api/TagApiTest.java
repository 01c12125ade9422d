package org.communique.enrichment.api;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.communique.enrichment.SampleReleases;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;

@QuarkusTest
class TagApiTest {

    @Test
    void tagsTheSampleRelease() {
        given().contentType(ContentType.JSON)
                .body(Map.of("title", SampleReleases.TITLE, "text", SampleReleases.TEXT, "publishedAt", "2024-02-01"))
                .when().post("/api/v1/tag")
                .then().statusCode(200)
                .body("tags.language", equalTo("ru"))
                .body("tags.countries.code", containsInAnyOrder("KZ", "KG"))
                .body("tags.officials.id", containsInAnyOrder("sadyr-japarov", "murat-nurtleu", "kassym-jomart-tokayev"))
                .body("tags.officials.resolvedFrom", hasItem("name"))
                .body("tags.events[0].type", equalTo("VISIT"))
                .body("tags.events[0].visitorCountry", equalTo("KG"))
                .body("tags.events[0].hostCountry", equalTo("KZ"))
                .body("tags.events[0].kind", equalTo("OFFICIAL"))
                .body("tags.events[0].status", equalTo("PLANNED"))
                .body("tags.events[0].date.value", equalTo("2024"))
                .body("tags.events[0].date.precision", equalTo("YEAR"))
                .body("tags.kbVersion", greaterThan(0));
    }

    @Test
    void acceptsADateTimeAndResolvesRolesOnItsDate() {
        given().contentType(ContentType.JSON)
                .body(Map.of("text", "Глава МИД Казахстана провёл брифинг.", "publishedAt", "2020-05-12T09:30:00+06:00"))
                .when().post("/api/v1/tag")
                .then().statusCode(200)
                .body("tags.officials[0].id", equalTo("mukhtar-tileuberdi"))
                .body("tags.officials[0].resolvedFrom", equalTo("role"));
    }

    @Test
    void missingTextIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("title", "Заголовок"))
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("text"));
    }

    @Test
    void textOverOneMebibyteIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "а".repeat(600 * 1024)))
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("text"));
    }

    @Test
    void aBadDateIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Текст", "publishedAt", "01.02.2024"))
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("publishedAt"));
    }

    @Test
    void anUnsupportedLanguageOrUnknownFieldIsAProblem() {
        given().contentType(ContentType.JSON).body(Map.of("text", "Текст", "language", "de"))
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("language"));
        Map<String, Object> body = new HashMap<>();
        body.put("text", "Текст");
        body.put("colour", "blue");
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void malformedJsonIsAProblem() {
        given().contentType(ContentType.JSON).body("{\"text\": ")
                .when().post("/api/v1/tag")
                .then().statusCode(400).contentType("application/problem+json");
    }
}
