package org.communique.ingest;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.QuarkusTransaction;

import java.util.UUID;

/**
 * Events a release (or a source) has queued for publishing: in the outbox, or still on the story queue
 * waiting for their story. Counted in one statement, so a row moving from one to the other is counted once.
 */
public final class QueuedEvents {

    private QueuedEvents() {
    }

    public static long ofRelease(String releaseId) {
        return count("aggregate_id = CAST(?1 AS uuid)", releaseId);
    }

    public static long ofSource(UUID sourceId) {
        return count("ce_source = ?1", "/communique/ingest/sources/" + sourceId);
    }

    private static long count(String where, String value) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) Panache.getEntityManager()
                .createNativeQuery("SELECT (SELECT count(*) FROM outbox WHERE " + where + ")"
                        + " + (SELECT count(*) FROM story_queue WHERE " + where + ")")
                .setParameter(1, value)
                .getSingleResult()).longValue());
    }
}
