package org.communique.enrichment.kb;

import io.quarkus.hibernate.orm.panache.Panache;

import java.time.Instant;

/**
 * Moves the knowledge base to its next version inside the writing transaction: bumps {@code kb_meta}, logs the
 * change, and queues a PostgreSQL notification on {@value #CHANNEL}, which the database delivers to every listening
 * instance only when the transaction commits.
 */
final class KbVersions {

    static final String CHANNEL = "kb_changed";

    private KbVersions() {
    }

    /** @param meta the locked meta row */
    static long next(KbMeta meta, long atLeast, String action, String entity, String entityId, String body) {
        meta.kbVersion = Math.max(meta.kbVersion + 1, atLeast);
        meta.updatedAt = Instant.now();
        KbChangeRow change = new KbChangeRow();
        change.kbVersion = meta.kbVersion;
        change.changedAt = meta.updatedAt;
        change.action = action;
        change.entity = entity;
        change.entityId = entityId;
        change.body = body;
        change.persist();
        Panache.getEntityManager().createNativeQuery("SELECT pg_notify('" + CHANNEL + "', ?1)")
                .setParameter(1, Long.toString(meta.kbVersion)).getSingleResult();
        return meta.kbVersion;
    }
}
