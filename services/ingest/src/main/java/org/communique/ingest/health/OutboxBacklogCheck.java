package org.communique.ingest.health;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import org.communique.outbox.OutboxRelay;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;

/**
 * Ingest can take releases whenever its database can: a 202 means the release and its outbox row are
 * committed, and the relay publishes them once Kafka is back. So readiness leaves Kafka out (see
 * application.properties) and reports instead how many outbox rows wait for the broker and for how long.
 * It is DOWN only when the backlog cannot be read, i.e. when the database is not reachable. Like the relay's
 * backlog gauge, it counts from the oldest unsent row the relay knows of, not from the first row (see
 * {@link OutboxRelay#oldestUnsentBound}).
 */
@Readiness
@ApplicationScoped
public class OutboxBacklogCheck implements HealthCheck {

    static final String NAME = "Outbox backlog";

    private static final String QUERY = "SELECT count(*), min(created_at) FROM outbox WHERE sent_at IS NULL AND id >= ?";

    private final AgroalDataSource dataSource;
    private final OutboxRelay relay;

    OutboxBacklogCheck(AgroalDataSource dataSource, OutboxRelay relay) {
        this.dataSource = dataSource;
        this.relay = relay;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(QUERY)) {
            statement.setLong(1, relay.oldestUnsentBound());
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                long unsent = row.getLong(1);
                Timestamp oldest = row.getTimestamp(2);
                response.up().withData("unsent", unsent);
                if (oldest != null) {
                    long age = Math.max(0, Duration.between(oldest.toInstant(), Instant.now()).toSeconds());
                    response.withData("oldestUnsentAgeSeconds", age);
                }
                return response.build();
            }
        } catch (SQLException e) {
            return response.down().withData("error", "outbox not readable: " + e.getSQLState()).build();
        }
    }
}
