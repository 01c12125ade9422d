package org.communique.ingest.health;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import org.communique.contracts.Topics;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.communique.testing.TopicProbe;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;

/**
 * With the broker stopped, ingest still answers 202 (the outbox holds the release), stays ready and live,
 * and reports the backlog; once the broker is back the release is published and the backlog drains.
 */
@QuarkusTest
@TestProfile(BrokerDownProfile.class)
class ReadyWhileBrokerDownTest {

    @Test
    void acceptsAndStaysReadyWhileTheBrokerIsStopped() {
        Feeder feeder = Feeders.create("Ministry of Foreign Affairs of Tajikistan", "TJ");
        StoppableBroker.kafka().stop();

        Map<String, Object> release = Feeders.release("Tajikistan and Kyrgyzstan sign a border treaty",
                "The foreign ministers signed the treaty in Bishkek.");
        String id = feeder.post(release).statusCode(202).body("status", equalTo("created")).extract().path("id");

        JsonPath ready = readiness();
        assertThat(ready.getString("status")).isEqualTo("UP");
        assertThat(ready.getList("checks.name")).contains(OutboxBacklogCheck.NAME)
                .noneMatch(name -> name.toString().contains("Kafka"));
        assertThat(ready.getList("checks.status")).containsOnly("UP");
        assertThat(backlog(ready)).isGreaterThanOrEqualTo(1);
        // the relay keeps failing to send meanwhile; that must not take the pod out of the Service or restart it
        await().during(Duration.ofSeconds(12)).atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            assertThat(readiness().getString("status")).isEqualTo("UP");
            given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        });

        StoppableBroker.kafka().restart();
        try (TopicProbe probe = TopicProbe.of(StoppableBroker.kafka().bootstrapServers(), Topics.PRESS_RELEASES)) {
            await().atMost(Duration.ofMinutes(2)).until(() -> probe.recordsWithKey(id), records -> !records.isEmpty());
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> backlog(readiness()) == 0);
    }

    private static JsonPath readiness() {
        return given().get("/q/health/ready").then().statusCode(200).extract().jsonPath();
    }

    private static long backlog(JsonPath ready) {
        return ready.getLong("checks.find { it.name == '" + OutboxBacklogCheck.NAME + "' }.data.unsent");
    }
}
