package org.communique.enrichment.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.communique.enrichment.admin.Admin.admin;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/**
 * The people admin endpoint accepts and returns the offices {@code ambassador} (with its {@code post}, the state
 * accredited to) and {@code deputy_foreign_minister}; a missing, unknown or misplaced post is a 400 problem, two
 * ambassadors to one post at once a 409, and several deputies at once are fine.
 */
@QuarkusTest
class AmbassadorsAdminTest {

    private static Map<String, Object> term(String office, String from, String post) {
        Map<String, Object> term = new HashMap<>();
        term.put("office", office);
        term.put("from", from);
        if (post != null) {
            term.put("post", post);
        }
        return term;
    }

    private static Map<String, Object> person(String id, Map<String, Object> term) {
        return Map.of("id", id, "country", "KZ", "names", Map.of("en", "Test Envoy", "ru", "Тест Посланник"),
                "terms", List.of(term));
    }

    @Test
    void anAmbassadorIsStoredAndReturnedWithItsPost() {
        String id = Admin.uniqueId("envoy");
        admin().body(person(id, term("ambassador", "2001-02-03", "mn"))).post("/api/v1/kb/people").then()
                .statusCode(201)
                .body("terms[0].office", equalTo("ambassador"))
                .body("terms[0].post", equalTo("MN"));
        admin().get("/api/v1/kb/people/" + id).then().statusCode(200).body("terms[0].post", equalTo("MN"));
        admin().queryParam("office", "ambassador").queryParam("on", "2005-01-01").get("/api/v1/kb/people").then()
                .statusCode(200).body("id", hasItem(id));
        // a term without a post comes back without the field
        admin().get("/api/v1/kb/people/sadyr-japarov").then().statusCode(200)
                .body("terms[0].containsKey('post')", equalTo(false))
                .body("terms[0].containsKey('office')", equalTo(true));
    }

    @Test
    void aMissingOrUnknownPostIsAProblem() {
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2001-02-03", null))).post("/api/v1/kb/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("terms[0].post"));
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2001-02-03", "Atlantis")))
                .post("/api/v1/kb/people").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("terms[0].post"));
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2001-02-03", "KZ"))).post("/api/v1/kb/people")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("terms[0].post"));
        admin().body(person(Admin.uniqueId("envoy"), term("foreign_minister", "2001-02-03", "RU")))
                .post("/api/v1/kb/people").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("terms[0].post"));
    }

    @Test
    void onePostHasOneAmbassadorAtATimeWhileDeputiesShareTheirOffice() {
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2001-02-03", "IS"))).post("/api/v1/kb/people")
                .then().statusCode(201);
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2002-02-03", "IS"))).post("/api/v1/kb/people")
                .then().statusCode(409).contentType("application/problem+json");
        admin().body(person(Admin.uniqueId("envoy"), term("ambassador", "2002-02-03", "IE"))).post("/api/v1/kb/people")
                .then().statusCode(201);
        admin().body(person(Admin.uniqueId("deputy"), term("deputy_foreign_minister", "2001-02-03", null)))
                .post("/api/v1/kb/people").then().statusCode(201).body("terms[0].office", equalTo("deputy_foreign_minister"));
        admin().body(person(Admin.uniqueId("deputy"), term("deputy_foreign_minister", "2001-02-03", null)))
                .post("/api/v1/kb/people").then().statusCode(201);
    }
}
