package org.communique.enrichment.admin;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.communique.enrichment.admin.Admin.admin;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class PeopleAdminTest {

    @Test
    void withoutTheAdminKeyNothingIsReadOrWritten() {
        given().get("/api/v1/kb/people").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
        given().header("Authorization", "Bearer not-the-key").get("/api/v1/kb/people/sadyr-japarov")
                .then().statusCode(401).contentType("application/problem+json");
        given().header("Authorization", "Basic dGVzdDp0ZXN0").contentType(ContentType.JSON)
                .body(Admin.person(Admin.uniqueId("x"), "X Y", "Икс Игрек", "2001-01-01", null))
                .post("/api/v1/kb/people").then().statusCode(401);
    }

    @Test
    void listsAndGetsPeopleWithTheirTerms() {
        admin().get("/api/v1/kb/people/sadyr-japarov").then().statusCode(200)
                .body("country", equalTo("KG"))
                .body("names.ru", equalTo("Садыр Жапаров"))
                .body("terms.office", hasItem("president"));
        admin().queryParam("country", "KZ").queryParam("office", "foreign_minister").queryParam("on", "2020-05-12")
                .get("/api/v1/kb/people").then().statusCode(200)
                .body("id", containsInAnyOrder("mukhtar-tileuberdi"));
        admin().queryParam("q", "жапар").get("/api/v1/kb/people").then().statusCode(200)
                .body("id", hasItem("sadyr-japarov"));
        admin().get("/api/v1/kb/people/nobody-at-all").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void createsAPersonAndBumpsTheVersion() {
        int before = given().get("/api/v1/kb").then().extract().path("kbVersion");
        String id = Admin.uniqueId("tester");
        admin().body(Admin.person(id, "Tester Proverkin", "Тестер Проверкин", "2001-01-01", "2002-01-01"))
                .post("/api/v1/kb/people").then().statusCode(201)
                .header("Location", containsString("/api/v1/kb/people/" + id))
                .header(AppliedChanges.KB_VERSION, notNullValue())
                .body("id", equalTo(id))
                .body("names.kk", equalTo("Tester Proverkin"))
                .body("surnameAlone", equalTo(true));
        int after = given().get("/api/v1/kb").then().extract().path("kbVersion");
        org.assertj.core.api.Assertions.assertThat(after).isGreaterThan(before);
        admin().body(Admin.person(id, "Tester Proverkin", "Тестер Проверкин", "2001-01-01", null))
                .post("/api/v1/kb/people").then().statusCode(409).contentType("application/problem+json");
        admin().get("/api/v1/kb/changes?after=" + before).then().statusCode(200)
                .body("id", hasItem(id))
                .body("kbVersion", hasItem(greaterThan(before)));
    }

    @Test
    void russianAndEnglishNamesAndAValidCountryAreRequired() {
        Map<String, Object> person = new HashMap<>(Admin.person(Admin.uniqueId("bad"), "Only English", "Только", "2001-01-01", null));
        person.put("names", Map.of("en", "Only English"));
        person.put("country", "XX");
        admin().body(person).post("/api/v1/kb/people").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("names.ru"))
                .body("errors.field", hasItem("country"));
        Map<String, Object> badTerm = new HashMap<>(Admin.person(Admin.uniqueId("bad"), "A B", "А Б", "2001-01-01", null));
        badTerm.put("terms", List.of(Map.of("office", "king", "from", "2001-01-01")));
        admin().body(badTerm).post("/api/v1/kb/people").then().statusCode(400)
                .body("errors.field", hasItem("terms[0].office"));
    }

    @Test
    void anOfficeIsNeverHeldByTwoPeopleAtOnce() {
        Map<String, Object> rival = new HashMap<>(Admin.person(Admin.uniqueId("rival"), "Rival Claimant", "Соперник Претендентов",
                "2022-01-01", "2022-06-01"));
        rival.put("country", "KG");
        rival.put("terms", List.of(Map.of("office", "president", "from", "2022-01-01", "to", "2022-06-01")));
        admin().body(rival).post("/api/v1/kb/people").then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("sadyr-japarov"));
    }

    @Test
    void namesAndTermsAreEditedOneByOne() {
        String id = Admin.uniqueId("editor");
        admin().body(Admin.person(id, "Editbek Pravkin", "Эдитбек Правкин", "2003-01-01", "2004-01-01"))
                .post("/api/v1/kb/people").then().statusCode(201);
        admin().body(Map.of("name", "Editbek Pravkine", "kind", "alias")).post("/api/v1/kb/people/" + id + "/names")
                .then().statusCode(200).body("aliases", hasItem("Editbek Pravkine"));
        admin().body(Map.of("name", "Правкин")).delete("/api/v1/kb/people/" + id + "/names/Правкин")
                .then().statusCode(404);
        admin().body(Map.of("office", "foreign_minister", "from", "2005-01-01", "to", "2006-01-01"))
                .post("/api/v1/kb/people/" + id + "/terms").then().statusCode(200)
                .body("terms", hasSize(2));
        admin().body(Map.of("office", "foreign_minister", "from", "2003-06-01"))
                .post("/api/v1/kb/people/" + id + "/terms").then().statusCode(400)
                .body("errors.field", hasItem("terms[2]"));
        admin().body(List.of(Map.of("office", "prime_minister", "from", "2007-01-01", "note", "date approximate")))
                .put("/api/v1/kb/people/" + id + "/terms").then().statusCode(200)
                .body("terms", hasSize(1))
                .body("terms[0].office", equalTo("prime_minister"))
                .body("terms[0].note", equalTo("date approximate"));
        admin().delete("/api/v1/kb/people/" + id).then().statusCode(204);
        admin().get("/api/v1/kb/people/" + id).then().statusCode(404);
    }
}
