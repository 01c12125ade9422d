package org.communique.ingest.stories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.outbox.OutboxEvent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;

/**
 * Where a release's transaction leaves its {@code press.releases} event: the event waits here for its
 * story and then moves to the outbox (see {@link StoryAssigner}). Queuing takes no lock that another
 * request could hold, so releases with similar text are accepted side by side.
 */
@ApplicationScoped
public class StoryQueue {

    private final EntityManager entityManager;
    private final Event<StoryQueued> queued;

    StoryQueue(EntityManager entityManager, Event<StoryQueued> queued) {
        this.entityManager = entityManager;
        this.queued = queued;
    }

    /**
     * Queues the events of many release versions (in list order) in the caller's transaction, on its
     * connection, with one statement.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueueAll(Connection connection, List<OutboxEvent> events) throws SQLException {
        if (events.isEmpty()) {
            return;
        }
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO story_queue (aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time, payload)
                SELECT aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time, payload
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::timestamptz[],
                            ?::text[])
                     WITH ORDINALITY AS e (aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time,
                                           payload, n)
                ORDER BY n""")) {
            insert.setArray(1, column(connection, "uuid", events, OutboxEvent::aggregateId));
            insert.setArray(2, column(connection, "text", events, OutboxEvent::topic));
            insert.setArray(3, column(connection, "text", events, OutboxEvent::key));
            insert.setArray(4, column(connection, "text", events, OutboxEvent::ceId));
            insert.setArray(5, column(connection, "text", events, OutboxEvent::ceType));
            insert.setArray(6, column(connection, "text", events, OutboxEvent::ceSource));
            insert.setArray(7, column(connection, "text", events, event -> event.time().toString()));
            insert.setArray(8, column(connection, "text", events, OutboxEvent::payload));
            insert.executeUpdate();
        }
        queued.fire(new StoryQueued());
    }

    private static Array column(Connection connection, String type, List<OutboxEvent> events,
                                Function<OutboxEvent, Object> field) throws SQLException {
        return connection.createArrayOf(type, events.stream().map(field).toArray());
    }

    /** Queues the event of a release version (a {@code PressRelease} payload) in the caller's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void enqueue(OutboxEvent event) {
        entityManager.createNativeQuery("""
                        INSERT INTO story_queue (aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time,
                                                 payload)
                        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, event.aggregateId())
                .setParameter(2, event.topic())
                .setParameter(3, event.key())
                .setParameter(4, event.ceId())
                .setParameter(5, event.ceType())
                .setParameter(6, event.ceSource())
                .setParameter(7, event.time())
                .setParameter(8, event.payload())
                .executeUpdate();
        queued.fire(new StoryQueued());
    }
}
