package org.communique.ingest.http;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.communique.ingest.Feeders;
import org.communique.ingest.Feeders.Feeder;
import org.junit.jupiter.api.Test;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * While every connection of the pool is held, a request that needs the database is answered 503
 * problem+json with Retry-After, not 500; once connections are free again it is answered normally.
 */
@QuarkusTest
@TestProfile(TinyPoolProfile.class)
class PoolExhaustedTest {

    @Inject
    DataSource dataSource;

    @Test
    void aRequestThatCannotGetAConnectionIsAnswered503WithRetryAfter() throws SQLException {
        Feeder feeder = Feeders.create("Pool exhaustion feeder", "KZ");
        String missing = "/api/v1/releases/" + UUID.randomUUID();
        List<Connection> held = new ArrayList<>();
        Response answer;
        try {
            // take every connection the pool has (background jobs may hold one for a moment)
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                try {
                    held.add(dataSource.getConnection());
                } catch (SQLException e) {
                    return true;
                }
                return false;
            });
            answer = given().header("Authorization", feeder.authorization()).get(missing);
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
        }

        assertThat(held).isNotEmpty();
        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.contentType()).startsWith("application/problem+json");
        assertThat(answer.header("Retry-After")).isEqualTo("5");
        assertThat(answer.<String>path("type")).endsWith("service-unavailable");
        assertThat(answer.asString()).doesNotContain("SQLException").doesNotContain("at org.");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                given().header("Authorization", feeder.authorization()).get(missing).statusCode()).isEqualTo(404));
    }
}
