package org.communique.notifier.deliveries;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/** Writes the {@code delivery_attempts} rows of a batch of attempts in one statement. */
@ApplicationScoped
public class AttemptLog {

    private static final String INSERT = """
            INSERT INTO delivery_attempts (alert_id, subscription_id, release_id, channel, attempt, attempted_at,
                                           outcome, status_code, error, duration_ms, next_attempt_at)
            SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::uuid[], ?::text[], ?::int[], ?::timestamptz[], ?::text[],
                                 ?::int[], ?::text[], ?::bigint[], ?::timestamptz[])
            """;

    private final AgroalDataSource dataSource;

    public AttemptLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void insertAll(List<DeliveryAttempt> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, array(connection, "uuid", rows, row -> row.alertId));
            insert.setArray(2, array(connection, "uuid", rows, row -> row.subscriptionId));
            insert.setArray(3, array(connection, "uuid", rows, row -> row.releaseId));
            insert.setArray(4, array(connection, "text", rows, row -> row.channel));
            insert.setArray(5, array(connection, "integer", rows, row -> row.attempt));
            // timestamps as ISO-8601 text with their zone, whatever the JVM's time zone
            insert.setArray(6, array(connection, "text", rows, row -> row.attemptedAt.toString()));
            insert.setArray(7, array(connection, "text", rows, row -> row.outcome.name()));
            insert.setArray(8, array(connection, "integer", rows, row -> row.statusCode));
            insert.setArray(9, array(connection, "text", rows, row -> row.error));
            insert.setArray(10, array(connection, "bigint", rows, row -> row.durationMillis));
            insert.setArray(11, array(connection, "text", rows,
                    row -> row.nextAttemptAt == null ? null : row.nextAttemptAt.toString()));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot record " + rows.size() + " delivery attempts", e);
        }
    }

    private static java.sql.Array array(Connection connection, String type, List<DeliveryAttempt> rows,
                                        Function<DeliveryAttempt, Object> column) throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(column).toArray());
    }
}
