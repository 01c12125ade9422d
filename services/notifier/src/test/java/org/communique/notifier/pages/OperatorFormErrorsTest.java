package org.communique.notifier.pages;

import io.quarkus.test.junit.QuarkusTest;
import org.communique.contracts.Topics;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

/** Every malformed field of the operator's replay form is a 400 problem naming the field, never an error page. */
@QuarkusTest
class OperatorFormErrorsTest {

    private static final String DLQ = Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED);

    @Test
    void aPartitionThatIsNotANumberIsAFieldProblem() {
        replay(DLQ, "abc", "0").then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("partition"))
                .body(not(containsString("Exception")), not(containsString("<html")));
    }

    @Test
    void everyOtherMalformedFieldIsAFieldProblemToo() {
        replay(DLQ, "0", "12x").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("offset"));
        replay(DLQ, "-1", "-5").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("partition")).body("errors.field", hasItem("offset"));
        replay(DLQ, "99999999999", "0").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("partition"));
        replay(Topics.PRESS_RELEASES, "0", "0").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("topic"));
        given().formParam("adminKey", "test-admin-key").post("/operator/replay").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", hasItem("topic")).body("errors.field", hasItem("partition"))
                .body("errors.field", hasItem("offset"));
    }

    @Test
    void aPartitionOrOffsetThatHoldsNoRecordIsAFieldProblem() {
        replay(DLQ, "7", "0").then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("partition"));
        replay(DLQ, "0", Long.toString(Long.MAX_VALUE)).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("offset"));
    }

    @Test
    void withoutTheKeyTheFieldsAreNotEvenLookedAt() {
        given().formParam("adminKey", "wrong").formParam("topic", DLQ).formParam("partition", "abc")
                .formParam("offset", "0").post("/operator/replay").then().statusCode(401);
    }

    private static io.restassured.response.Response replay(String topic, String partition, String offset) {
        return given().formParam("adminKey", "test-admin-key").formParam("topic", topic)
                .formParam("partition", partition).formParam("offset", offset).post("/operator/replay");
    }
}
