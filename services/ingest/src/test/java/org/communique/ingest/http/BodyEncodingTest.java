package org.communique.ingest.http;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.communique.ingest.Admin;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

/** Pushed JSON in the wrong encoding is refused with a problem that says so; nothing is stored half-decoded. */
@QuarkusTest
class BodyEncodingTest {

    private static final String JSON = "{\"externalId\": \"%s\", \"title\": \"Визит министра\", \"body\": \"Глава МИД прибыл в Бишкек.\"}";

    private Feeder feeder;

    @BeforeEach
    void setUp() {
        feeder = Feeders.create("Encoding feeder", "KG");
    }

    @Test
    void windows1251BytesSentAsUtf8AreABadRequest() {
        given().header("Authorization", feeder.authorization())
                .contentType("application/json")
                .body(String.format(JSON, "cp1251-as-utf8").getBytes(Charset.forName("windows-1251")))
                .post("/api/v1/releases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("detail", containsString("UTF-8"))
                .body("errors[0].field", equalTo("title"))
                .body(not(containsString("Exception")));
        assertNothingStored();
    }

    @Test
    void aDeclaredLegacyCharsetIsUnsupported() {
        given().header("Authorization", feeder.authorization())
                .contentType("application/json; charset=windows-1251")
                .body(String.format(JSON, "declared-cp1251").getBytes(Charset.forName("windows-1251")))
                .post("/api/v1/releases")
                .then().statusCode(415)
                .contentType("application/problem+json")
                .body("detail", containsString("UTF-8"))
                .body("detail", containsString("windows-1251"));
        assertNothingStored();
    }

    @Test
    void utf8WithItsCharsetDeclaredIsAccepted() {
        given().header("Authorization", feeder.authorization())
                .contentType(ContentType.JSON.withCharset(StandardCharsets.UTF_8))
                .body(String.format(JSON, "declared-utf8").getBytes(StandardCharsets.UTF_8))
                .post("/api/v1/releases")
                .then().statusCode(202);
        Admin.request().queryParam("source", feeder.source().id().toString()).get("/api/v1/releases")
                .then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].title", equalTo("Визит министра"));
    }

    private void assertNothingStored() {
        Admin.request().queryParam("source", feeder.source().id().toString()).get("/api/v1/releases")
                .then().statusCode(200)
                .body("$", hasSize(0));
    }
}
