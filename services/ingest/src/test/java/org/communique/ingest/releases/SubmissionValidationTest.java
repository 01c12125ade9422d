package org.communique.ingest.releases;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

@QuarkusTest
class SubmissionValidationTest {

    private static final String INVALID = "https://communique.org/problems/invalid-request";

    private Feeder feeder;

    @BeforeEach
    void setUp() {
        feeder = Feeders.create("Validation feeder", "KZ");
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("title", null, "is required"),
                Arguments.of("title", "   ", "must not be blank"),
                Arguments.of("title", "<p> </p>", "must not be blank"),
                Arguments.of("title", "t".repeat(1_001), "must be at most 1000 characters of text"),
                Arguments.of("body", null, "is required"),
                Arguments.of("body", "\n\t ", "must not be blank"),
                Arguments.of("body", "b".repeat(200_001), "must be at most 200000 characters of text"),
                Arguments.of("externalId", " ", "must not be blank when present"),
                Arguments.of("externalId", "x".repeat(257), "must be at most 256 characters"),
                Arguments.of("externalId", "id\u0000with-nul", "must not contain control characters"),
                Arguments.of("url", "ftp://mfa.gov.kz/news/1", "must be an absolute http or https URL"),
                Arguments.of("url", "/ru/news/1", "must be an absolute http or https URL"),
                Arguments.of("url", "https://mfa.gov.kz/news with spaces", "must be an absolute http or https URL"),
                Arguments.of("url", "https://user:secret@mfa.gov.kz/news/1", "must be an absolute http or https URL"),
                Arguments.of("url", "https://mfa.gov.kz/" + "a".repeat(2_048), "must be at most 2048 characters"),
                Arguments.of("language", "russian", "must be an ISO 639-1 two-letter language code, such as ru, kk, ky or en"),
                Arguments.of("language", "xx", "must be an ISO 639-1 two-letter language code, such as ru, kk, ky or en"),
                Arguments.of("publishedAt", "2026-03-14", "must be an ISO 8601 date-time with an offset, such as 2026-03-14T10:30:00+05:00"),
                Arguments.of("publishedAt", "2026-03-14T10:30:00", "must be an ISO 8601 date-time with an offset, such as 2026-03-14T10:30:00+05:00"),
                Arguments.of("publishedAt", "yesterday", "must be an ISO 8601 date-time with an offset, such as 2026-03-14T10:30:00+05:00"));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @MethodSource("invalidFields")
    void invalidFieldIsReported(String field, String value, String message) {
        Map<String, Object> release = Feeders.release("Minister receives the ambassador of Japan",
                "The sides discussed cooperation in education.");
        release.put(field, value);

        feeder.post(release)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID))
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo(field))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void everyInvalidFieldIsReportedAtOnce() {
        Map<String, Object> release = Feeders.release(" ", null);
        release.put("language", "english");

        feeder.post(release)
                .statusCode(400)
                .body("errors.field", contains("title", "body", "language"));
    }

    @Test
    void unknownFieldIsRejected() {
        Map<String, Object> release = Feeders.release("A title", "A body");
        release.put("author", "Press service");

        feeder.post(release)
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID))
                .body("errors[0].field", equalTo("author"))
                .body("errors[0].message", equalTo("unknown field"));
    }

    @Test
    void malformedJsonIsRejected() {
        feeder.post("{\"title\": \"Unfinished")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://communique.org/problems/malformed-json"))
                .body("status", equalTo(400));
    }

    @Test
    void fieldOfTheWrongJsonTypeIsRejected() {
        feeder.post("{\"title\": {\"en\": \"A title\"}, \"body\": \"A body\"}")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://communique.org/problems/malformed-json"))
                .body("errors[0].field", equalTo("title"));
    }

    @Test
    void missingBodyIsRejected() {
        given().header("Authorization", feeder.authorization())
                .contentType(ContentType.JSON)
                .post("/api/v1/releases")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(INVALID))
                .body("detail", containsString("JSON object"));
    }

    @Test
    void jsonArrayIsRejected() {
        feeder.post("[]")
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400));
    }
}
