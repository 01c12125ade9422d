package org.communique.enrichment.admin;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/** Requests as the operator (the test profile's admin key), and people invented for the tests. */
final class Admin {

    static final String KEY = "test-admin-key";

    private Admin() {
    }

    static RequestSpecification admin() {
        return given().header("Authorization", "Bearer " + KEY).contentType(ContentType.JSON);
    }

    static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A fictional foreign minister of Tuvalu (no one else in the knowledge base holds that office). */
    static Map<String, Object> person(String id, String en, String ru, String from, String to) {
        Map<String, Object> term = new java.util.HashMap<>();
        term.put("office", "foreign_minister");
        term.put("from", from);
        term.put("to", to);
        return Map.of("id", id, "country", "TV", "names", Map.of("en", en, "ru", ru), "terms", List.of(term));
    }
}
