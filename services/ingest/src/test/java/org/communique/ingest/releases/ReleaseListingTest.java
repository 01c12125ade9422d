package org.communique.ingest.releases;

import io.quarkus.test.junit.QuarkusTest;
import org.communique.ingest.Admin;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class ReleaseListingTest {

    @Test
    void adminListsWhatOneSourceProducedNewestFirst() {
        Feeder feeder = Feeders.create("Listed feeder", "AZ");
        Feeder other = Feeders.create("Unlisted feeder", "AM");
        String first = feeder.post(Feeders.release("Azerbaijan and Georgia hold consultations", "In Tbilisi."))
                .statusCode(202).extract().path("id");
        String second = feeder.post(Feeders.release("Azerbaijan joins a transport corridor agreement", "In Baku."))
                .statusCode(202).extract().path("id");
        other.post(Feeders.release("Armenia hosts a forum", "In Yerevan.")).statusCode(202);

        Admin.request().queryParam("source", feeder.source().id().toString())
                .get("/api/v1/releases")
                .then().statusCode(200)
                .body("id", contains(second, first))
                .body("source.id", contains(feeder.source().id().toString(), feeder.source().id().toString()));
        Admin.request().queryParam("source", feeder.source().id().toString()).queryParam("limit", 1)
                .queryParam("offset", 1)
                .get("/api/v1/releases")
                .then().statusCode(200)
                .body("id", contains(first));
    }

    @Test
    void listingNeedsTheAdminKeyAndASource() {
        Feeder feeder = Feeders.create("Curious feeder", null);

        given().header("Authorization", feeder.authorization())
                .queryParam("source", feeder.source().id().toString())
                .get("/api/v1/releases").then().statusCode(401);
        Admin.request().get("/api/v1/releases").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("source"));
        Admin.request().queryParam("source", UUID.randomUUID().toString()).get("/api/v1/releases")
                .then().statusCode(404);
        Admin.request().queryParam("source", feeder.source().id().toString()).queryParam("limit", "0")
                .get("/api/v1/releases").then().statusCode(400).body("errors", hasSize(1));
    }
}
