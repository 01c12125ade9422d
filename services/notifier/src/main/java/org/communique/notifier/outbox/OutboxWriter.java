package org.communique.notifier.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * Queues an event for Kafka in the caller's transaction, so it is published if and only if the state
 * change that produced it commits. {@link OutboxRelay} does the publishing.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = """
            INSERT INTO outbox (event_id, ce_type, kafka_key, payload, created_at) VALUES (?, ?, ?, ?, ?)
            """;

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public OutboxWriter(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void add(String ceType, String kafkaKey, String payload) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setObject(1, UUID.randomUUID());
            insert.setString(2, ceType);
            insert.setString(3, kafkaKey);
            insert.setString(4, payload);
            insert.setObject(5, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot queue an outbox event", e);
        }
    }
}
