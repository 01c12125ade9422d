package org.communique.notifier.pages;

import io.quarkus.test.junit.QuarkusTest;
import org.communique.contracts.Topics;
import org.communique.notifier.support.TestSourceHealth;
import org.communique.testing.InProcessKafka;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** The operator page answers only to the admin key, lists dead letters with reasons, and replays one. */
@QuarkusTest
class OperatorPageTest {

    @Test
    void withoutTheAdminKeyNothingIsShown() {
        given().get("/operator").then().statusCode(200).body(containsString("name=\"adminKey\""));
        given().formParam("adminKey", "wrong").post("/operator").then().statusCode(401)
                .body(not(containsString("Dead letters")));
        given().formParam("adminKey", "wrong").formParam("topic", "press.releases.enriched.dlq")
                .formParam("partition", "0").formParam("offset", "0")
                .post("/operator/replay").then().statusCode(401);
    }

    @Test
    void deadLettersAreListedWithTheirReasonAndOneCanBeReplayed() {
        String key = "broken-" + UUID.randomUUID();
        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED, key, "<script>alert(1)</script>");
        String dlq = Topics.deadLetter(Topics.PRESS_RELEASES_ENRICHED);
        try (TopicProbe letters = TopicProbe.of(InProcessKafka.bootstrapServers(), dlq);
             TopicProbe enriched = TopicProbe.of(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED)) {
            await().atMost(Duration.ofSeconds(30)).until(() -> !letters.recordsWithKey(key).isEmpty());
            var letter = letters.recordsWithKey(key).get(0);

            given().formParam("adminKey", "test-admin-key").post("/operator").then().statusCode(200)
                    .header("Cache-Control", "no-store")
                    .body(containsString(key), containsString("Topics"), containsString("Consumer lag"),
                            containsString("&lt;script&gt;alert(1)&lt;/script&gt;"),
                            not(containsString("<script>alert(1)")));

            given().formParam("adminKey", "test-admin-key").formParam("topic", dlq)
                    .formParam("partition", letter.partition()).formParam("offset", letter.offset())
                    .post("/operator/replay").then().statusCode(200)
                    .body(containsString("replayed " + dlq + "-" + letter.partition() + "@" + letter.offset()));
            await().atMost(Duration.ofSeconds(30)).until(() -> enriched.recordsWithKey(key).size() == 2);

            given().formParam("adminKey", "test-admin-key").formParam("topic", "press.releases")
                    .formParam("partition", "0").formParam("offset", "0")
                    .post("/operator/replay").then().statusCode(400);
        }
    }

    @Test
    void sourcesAreListedWithTheirHealthFailingFirstAndTopicsWithARate() {
        UUID failing = UUID.randomUUID();
        String name = "Operator test feed " + failing;
        TestSourceHealth.publish(TestSourceHealth.failing(failing, name, 4, "HTTP 503 <b>from</b> the feed", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).until(() -> given().formParam("adminKey", "test-admin-key")
                .post("/operator").then().extract().body().asString().contains(name));

        String page = given().formParam("adminKey", "test-admin-key").formParam("lang", "en").post("/operator").then().statusCode(200)
                .body(containsString("<h2>Sources</h2>"), containsString("FAILING"),
                        containsString("HTTP 503 &lt;b&gt;from&lt;/b&gt; the feed"), not(containsString("<b>from</b>")))
                .extract().body().asString();
        // the failing source comes before any healthy one
        String sources = page.substring(page.indexOf("id=\"sources\""), page.indexOf("</table>", page.indexOf("id=\"sources\"")));
        org.assertj.core.api.Assertions.assertThat(sources.indexOf(name)).isLessThan(
                sources.contains("<td>OK</td>") ? sources.indexOf("<td>OK</td>") : Integer.MAX_VALUE);

        TopicProbe.send(InProcessKafka.bootstrapServers(), Topics.PRESS_RELEASES_ENRICHED, "rate-" + UUID.randomUUID(), "{}");
        await().pollDelay(Duration.ofMillis(1100)).pollInterval(Duration.ofMillis(1100)).atMost(Duration.ofSeconds(30)).until(() -> given()
                .formParam("adminKey", "test-admin-key").post("/operator").then().extract().body().asString()
                .matches("(?s).*<td>press\\.releases\\.enriched</td><td>\\d+</td><td>\\d+</td><td>\\d+\\.\\d/min over \\d+s</td>.*"));
    }
}
