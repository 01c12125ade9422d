package org.communique.ingest.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Ingest can take releases whenever its database can: a 202 means the release and its outbox row are
 * committed, and the relay publishes them once Kafka is back. So readiness leaves Kafka out (see
 * application.properties) and reports instead how many outbox rows wait for the broker and for how long.
 * It is DOWN only when the backlog cannot be read, i.e. when the database is not reachable.
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    static final String NAME = "Outbox backlog";

    private static final String QUERY = "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL";

    private final AgroalDataSource dataSource;

    OutboxBacklogCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(QUERY)) {
            row.next();
            long unsent = row.getLong(1);
            Timestamp oldest = row.getTimestamp(2);
            response.up().withData("unsent", unsent);
            if (oldest != null) {
                long age = Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toSeconds());
                response.withData("oldestUnsentAgeSeconds", age);
            }
            return response.build();
        } catch (SQLException e) {
            return response.down().withData("error", "outbox not readable: " + e.getSQLState()).build();
        }
    }
}
