package org.communique.ingest.sources;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class SourceAuthenticationTest {

    private static final Map<String, String> RELEASE = Map.of(
            "title", "Statement on the anniversary of diplomatic relations",
            "body", "Thirty years ago the two countries established diplomatic relations.");

    @Test
    void missingKeyIsUnauthorized() {
        assertUnauthorized(given(), "Bearer");
    }

    @Test
    void otherSchemeIsUnauthorized() {
        assertUnauthorized(given().header("Authorization", "Basic dXNlcjpwYXNz"), "Bearer");
    }

    @Test
    void unknownKeyIsUnauthorized() {
        assertUnauthorized(given().header("Authorization", "Bearer not-a-known-key"), "Bearer error=\"invalid_token\"");
    }

    @Test
    void disabledSourceIsUnauthorized() {
        Feeder feeder = Feeders.create("Retired feeder", null);
        QuarkusTransaction.requiringNew().run(() -> Source.update("enabled = false where id = ?1", feeder.source().id()));

        assertUnauthorized(given().header("Authorization", feeder.authorization()), "Bearer error=\"invalid_token\"");
    }

    @Test
    void schemeIsCaseInsensitive() {
        Feeder feeder = Feeders.create("Lower-case feeder", null);

        given().header("Authorization", "bearer " + feeder.key())
                .contentType(ContentType.JSON).body(RELEASE)
                .post("/api/v1/releases")
                .then().statusCode(202);
    }

    @Test
    void keyIsCheckedBeforeTheBody() {
        given().header("Authorization", "Bearer not-a-known-key")
                .contentType(ContentType.JSON).body("{ not json")
                .post("/api/v1/releases")
                .then().statusCode(401);
    }

    @Test
    void readingNeedsAKeyToo() {
        given().get("/api/v1/releases/00000000-0000-0000-0000-000000000000")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"));
    }

    private static void assertUnauthorized(RequestSpecification request, String challenge) {
        request.contentType(ContentType.JSON).body(RELEASE)
                .post("/api/v1/releases")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo(challenge))
                .body("type", equalTo("https://communique.org/problems/unauthorized"))
                .body("status", equalTo(401))
                .body("instance", equalTo("/api/v1/releases"));
    }
}
