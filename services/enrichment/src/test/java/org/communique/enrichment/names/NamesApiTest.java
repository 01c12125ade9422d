package org.communique.enrichment.names;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;

@QuarkusTest
class NamesApiTest {

    @Test
    void suggestsAnOfficialByTheStartOfHisSurnameWithTheIdTheFilterTakes() {
        given().queryParam("q", "Жапар").queryParam("kind", "official").queryParam("lang", "ru")
                .when().get("/api/v1/names")
                .then().statusCode(200)
                .body("id", hasItem("sadyr-japarov"))
                .body("find { it.id == 'sadyr-japarov' }.name", equalTo("Садыр Жапаров"))
                .body("find { it.id == 'sadyr-japarov' }.country", equalTo("KG"))
                // word-start matches sort by the shown name: the README's example
                .body("id", contains("akylbek-japarov", "sadyr-japarov"));
    }

    @Test
    void suggestsCountriesInKazakhAndKyrgyzWithTheirCodes() {
        given().queryParam("q", "қазақ").queryParam("kind", "country").queryParam("lang", "kk")
                .when().get("/api/v1/names")
                .then().statusCode(200).body("id", hasItem("KZ")).body("kind", everyItem(equalTo("country")));
        given().queryParam("q", "Kyrgyz").queryParam("kind", "country").queryParam("lang", "ky")
                .when().get("/api/v1/names")
                .then().statusCode(200).body("[0].id", equalTo("KG"));
    }

    @Test
    void answersAtMostTheLimit() {
        given().queryParam("q", "а").queryParam("kind", "country").queryParam("lang", "ru").queryParam("limit", "3")
                .when().get("/api/v1/names")
                .then().statusCode(200).body("size()", lessThanOrEqualTo(3));
    }

    @Test
    void badInputIsAProblemNamingEachField() {
        given().queryParam("q", "x".repeat(51)).queryParam("kind", "planet").queryParam("lang", "fr")
                .queryParam("limit", "1000")
                .when().get("/api/v1/names")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors", hasSize(4))
                .body("errors.field", hasItem("q")).body("errors.field", hasItem("kind"))
                .body("errors.field", hasItem("lang")).body("errors.field", hasItem("limit"));
        given().queryParam("kind", "country")
                .when().get("/api/v1/names")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("q"));
        // no kind at all is a field error too, not a server error
        given().queryParam("q", "Japarov")
                .when().get("/api/v1/names")
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", hasItem("kind"));
    }
}
