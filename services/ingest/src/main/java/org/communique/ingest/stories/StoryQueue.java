package org.communique.ingest.stories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.outbox.OutboxEvent;

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
