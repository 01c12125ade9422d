package org.communique.enrichment.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.communique.enrichment.admin.Admin.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/**
 * Two operators read a record and both change it: with the {@code ETag} of their read in {@code If-Match}, the
 * second is refused (412) instead of silently undoing the first one's change.
 */
@QuarkusTest
class ConcurrentEditsTest {

    @Test
    void aReplacementBasedOnAStaleReadIsRefusedAndChangesNothing() {
        String id = Admin.uniqueId("etag");
        admin().body(Admin.person(id, "Etag Testerov", "Этаг Тестеров", "1911-01-01", null))
                .post("/api/v1/kb/people").then().statusCode(201);
        String read = admin().get("/api/v1/kb/people/" + id).then().statusCode(200).extract().header("ETag");

        // the first operator ends the term, with the tag of the read
        String afterFirst = admin().header("If-Match", read)
                .body(List.of(Map.of("office", "foreign_minister", "from", "1911-01-01", "to", "1913-05-01")))
                .put("/api/v1/kb/people/" + id + "/terms").then().statusCode(200)
                .body("terms[0].to", equalTo("1913-05-01"))
                .header("ETag", not(equalTo(read))).extract().header("ETag");

        // the second, with the same stale read, would put the open term back
        admin().header("If-Match", read)
                .body(List.of(Map.of("office", "foreign_minister", "from", "1911-01-01"),
                        Map.of("office", "president", "from", "1914-01-01")))
                .put("/api/v1/kb/people/" + id + "/terms").then().statusCode(412)
                .contentType("application/problem+json")
                .body("detail", containsString("changed since it was read"));
        admin().header("If-Match", read)
                .body(Admin.person(id, "Etag Renamed", "Этаг Переименов", "1911-01-01", null))
                .put("/api/v1/kb/people/" + id).then().statusCode(412);
        admin().get("/api/v1/kb/people/" + id).then().statusCode(200)
                .header("ETag", equalTo(afterFirst))
                .body("names.en", equalTo("Etag Testerov"))
                .body("terms", hasSize(1))
                .body("terms[0].to", equalTo("1913-05-01"));

        // read again, the change goes through; without If-Match the API behaves as before
        admin().header("If-Match", afterFirst)
                .body(Admin.person(id, "Etag Renamed", "Этаг Переименов", "1911-01-01", "1913-05-01"))
                .put("/api/v1/kb/people/" + id).then().statusCode(200).body("names.en", equalTo("Etag Renamed"));
        admin().body(Admin.person(id, "Etag Again", "Этаг Снова", "1911-01-01", "1913-05-01"))
                .put("/api/v1/kb/people/" + id).then().statusCode(200).body("names.en", equalTo("Etag Again"));
        admin().delete("/api/v1/kb/people/" + id).then().statusCode(204);
    }

    @Test
    void aCountryIsTaggedAndGuardedTheSameWay() {
        String read = admin().get("/api/v1/kb/countries/MN").then().statusCode(200).extract().header("ETag");
        Map<String, Object> country = admin().get("/api/v1/kb/countries/MN").then().extract().as(Map.class);

        admin().header("If-Match", "\"0123456789abcdef01234567\"").body(country)
                .put("/api/v1/kb/countries/MN").then().statusCode(412).contentType("application/problem+json");
        admin().header("If-Match", read).body(country)
                .put("/api/v1/kb/countries/MN").then().statusCode(200).header("ETag", equalTo(read));
    }

    @Test
    void anOrganisationReplacedMeanwhileIsNotOverwritten() {
        String id = Admin.uniqueId("ORGTAG").toUpperCase();
        admin().body(Map.of("id", id, "names", Map.of("en", "Council of Tags", "ru", "Совет меток")))
                .post("/api/v1/kb/organizations").then().statusCode(201);
        String read = admin().get("/api/v1/kb/organizations/" + id).then().statusCode(200).extract().header("ETag");

        String afterFirst = admin().header("If-Match", read)
                .body(Map.of("names", Map.of("en", "Council of Labels", "ru", "Совет ярлыков")))
                .put("/api/v1/kb/organizations/" + id).then().statusCode(200)
                .header("ETag", not(equalTo(read))).extract().header("ETag");
        admin().header("If-Match", read)
                .body(Map.of("names", Map.of("en", "Council of Stale Reads", "ru", "Совет старых чтений")))
                .put("/api/v1/kb/organizations/" + id).then().statusCode(412)
                .contentType("application/problem+json");
        admin().get("/api/v1/kb/organizations/" + id).then().statusCode(200)
                .header("ETag", equalTo(afterFirst)).body("names.en", equalTo("Council of Labels"));
        admin().delete("/api/v1/kb/organizations/" + id).then().statusCode(204);
    }
}
