package org.communique.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;

/**
 * Queues events in the caller's transaction; they are published only if that transaction commits. Any
 * number of events costs one statement, so a consumer that records a whole batch of outcomes writes their
 * events in one go.
 */
@ApplicationScoped
public class Outbox {

    private static final String INSERT = """
            WITH appended AS (
                INSERT INTO outbox (aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time, payload,
                                    created_at)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::timestamptz[], ?::text[], ?::timestamptz[])
                RETURNING id)
            SELECT min(id) FROM appended""";

    private final AgroalDataSource dataSource;
    private final Event<OutboxAppended> appended;

    public Outbox(AgroalDataSource dataSource, Event<OutboxAppended> appended) {
        this.dataSource = dataSource;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void append(OutboxEvent event) {
        appendAll(List.of(event));
    }

    /** Queues the events in list order (the relay publishes them in this order, per aggregate). */
    @Transactional(Transactional.TxType.MANDATORY)
    public void appendAll(List<OutboxEvent> events) {
        if (events.isEmpty()) {
            return;
        }
        // timestamps go as ISO-8601 text (with their zone), whatever the JVM's time zone
        String now = Instant.now().toString();
        long firstId;
        // the connection is the transaction's own: Agroal hands out the one enlisted in it
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT)) {
            insert.setArray(1, connection.createArrayOf("uuid", column(events, OutboxEvent::aggregateId)));
            insert.setArray(2, connection.createArrayOf("text", column(events, OutboxEvent::topic)));
            insert.setArray(3, connection.createArrayOf("text", column(events, OutboxEvent::key)));
            insert.setArray(4, connection.createArrayOf("text", column(events, OutboxEvent::ceId)));
            insert.setArray(5, connection.createArrayOf("text", column(events, OutboxEvent::ceType)));
            insert.setArray(6, connection.createArrayOf("text", column(events, OutboxEvent::ceSource)));
            insert.setArray(7, connection.createArrayOf("text", column(events, event -> event.time().toString())));
            insert.setArray(8, connection.createArrayOf("text", column(events, OutboxEvent::payload)));
            insert.setArray(9, connection.createArrayOf("text", column(events, event -> now)));
            try (ResultSet first = insert.executeQuery()) {
                first.next();
                firstId = first.getLong(1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot queue " + events.size() + " outbox events", e);
        }
        appended.fire(new OutboxAppended(firstId));
    }

    private static Object[] column(List<OutboxEvent> events, Function<OutboxEvent, Object> field) {
        return events.stream().map(field).toArray();
    }
}
