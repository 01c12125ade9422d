package org.communique.enrichment.admin;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.communique.enrichment.admin.Admin.admin;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

@QuarkusTest
class CountriesAndOrganizationsAdminTest {

    @Test
    void countriesAreListedWithTheirAliases() {
        admin().get("/api/v1/kb/countries").then().statusCode(200).body("code", hasItem("KG"));
        admin().get("/api/v1/kb/countries/KG").then().statusCode(200)
                .body("names.ru", equalTo("Кыргызстан"))
                .body("aliases.text", hasItem("Киргизия"));
        admin().get("/api/v1/kb/countries/XX").then().statusCode(404);
        given().get("/api/v1/kb/countries/KG").then().statusCode(401);
    }

    @Test
    void anAliasIsAddedAndRemoved() {
        admin().body(Map.of("kind", "city", "text", "Сулюкта"))
                .post("/api/v1/kb/countries/KG/aliases").then().statusCode(200)
                .body("aliases.text", hasItem("Сулюкта"));
        admin().queryParam("text", "Сулюкта").delete("/api/v1/kb/countries/KG/aliases").then().statusCode(200)
                .body("aliases.text", not(hasItem("Сулюкта")));
        admin().body(Map.of("kind", "river", "text", "Нарын")).post("/api/v1/kb/countries/KG/aliases")
                .then().statusCode(400).body("errors.field", hasItem("alias.kind"));
    }

    @Test
    void aNameOfOneCountryCannotBeGivenToAnother() {
        admin().body(Map.of("kind", "city", "text", "Алматы")).post("/api/v1/kb/countries/KG/aliases")
                .then().statusCode(409).contentType("application/problem+json")
                .body("detail", containsString("KZ/KG"));
    }

    @Test
    void organisationsAreCreatedChangedAndDeleted() {
        String id = Admin.uniqueId("ORG").toUpperCase();
        Map<String, Object> org = Map.of("id", id, "names", Map.of("en", "Council of Testing", "ru", "Совет испытаний"),
                "abbreviations", List.of("СИ" + id.substring(4)));
        admin().body(org).post("/api/v1/kb/organizations").then().statusCode(201).body("names.en", equalTo("Council of Testing"));
        admin().body(Map.of("names", Map.of("en", "Council of Trials", "ru", "Совет испытаний")))
                .put("/api/v1/kb/organizations/" + id).then().statusCode(200).body("names.en", equalTo("Council of Trials"));
        admin().delete("/api/v1/kb/organizations/" + id).then().statusCode(204);
        admin().get("/api/v1/kb/organizations/" + id).then().statusCode(404);
    }

    @Test
    void anOrganisationCannotTakeACountrysAbbreviation() {
        Map<String, Object> org = Map.of("id", "RK-CLUB", "names", Map.of("en", "RK Club", "ru", "Клуб РК"),
                "abbreviations", List.of("РК"));
        admin().body(org).post("/api/v1/kb/organizations").then().statusCode(409).body("detail", containsString("РК"));
        admin().body(Map.of("id", "NO-NAMES")).post("/api/v1/kb/organizations").then().statusCode(400)
                .body("errors.field", hasItem("names.ru"));
    }
}
