package org.communique.enrichment;

import io.quarkus.test.junit.QuarkusTest;
import org.communique.platform.kafka.ConsumerLagCheck;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static io.restassured.RestAssured.get;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;

/** Readiness reports the enrichment group's lag, read from the broker (a number, not "unknown"). */
@QuarkusTest
class ConsumerLagReadinessTest {

    @Test
    void readinessReportsTheConsumerGroupsLag() {
        String lag = "checks.find { it.name == '" + ConsumerLagCheck.NAME + "' }.data.enrichment";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> get("/q/health/ready").then()
                .statusCode(200)
                .body("status", equalTo("UP"))
                .body(lag, greaterThanOrEqualTo(0)));
    }
}
