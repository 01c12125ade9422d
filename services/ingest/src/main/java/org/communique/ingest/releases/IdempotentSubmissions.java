package org.communique.ingest.releases;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.Sha256;
import org.communique.platform.problem.Violations;
import org.communique.platform.problem.ProblemException;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import com.google.re2j.Pattern;

/**
 * {@code Idempotency-Key} on POST /api/v1/releases: the first successful answer to a key is stored in the
 * transaction that stores the release, and replayed to every retry of the same request while the key is
 * young. A retry that arrives while the first request is still running waits for it (the key's row is
 * inserted first, so PostgreSQL makes the second insert wait), then gets its answer. The same key with a
 * different request is a 422. A request that fails stores nothing, so its retry runs afresh.
 */
@ApplicationScoped
public class IdempotentSubmissions {

    public static final String HEADER = "Idempotency-Key";
    static final int MAX_KEY_LENGTH = 255;
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e](?:[\\x20-\\x7e]*[\\x21-\\x7e])?");

    private final EntityManager entityManager;

    private final IngestConfig config;

    public IdempotentSubmissions(EntityManager entityManager, IngestConfig config) {
        this.entityManager = entityManager;
        this.config = config;
    }

    /** The answer, and whether it is a replay of an earlier one. */
    public record Answer(IngestReceipt receipt, boolean replayed) {
    }

    static void validate(String key) {
        if (key.length() > MAX_KEY_LENGTH || !KEY.matcher(key).matches()) {
            Violations violations = new Violations();
            violations.add(HEADER, "must be 1 to " + MAX_KEY_LENGTH + " visible ASCII characters, such as a UUID");
            violations.throwIfAny();
        }
    }

    /** The 422 for a key already used for a different request while it is young. */
    static ProblemException reused(IngestConfig config) {
        return new ProblemException(422, "idempotency-key-reused", "Idempotency key reused",
                "this " + HEADER + " was used for a different request in the last "
                        + config.idempotency().retention().toHours() + " h");
    }

    /** The SHA-256 of a submission as JSON: what tells a retry from another request under the same key. */
    static String requestHash(ReleaseSubmission submission) {
        return Sha256.hex(EventJson.encode(submission));
    }

    @Transactional
    public Answer submit(UUID sourceId, String key, ReleaseSubmission submission, Supplier<IngestReceipt> ingest) {
        validate(key);
        String requestHash = requestHash(submission);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        if (!claim(sourceId, key, requestHash, now)) {
            Object[] stored = stored(sourceId, key);
            Instant createdAt = (Instant) stored[1];
            if (createdAt.isAfter(now.minus(config.idempotency().retention()))) {
                if (!requestHash.equals(stored[0])) {
                    throw reused(config);
                }
                return new Answer(EventJson.decode((String) stored[2], IngestReceipt.class), true);
            }
            // an expired key is a new key
            entityManager.createNativeQuery("""
                            UPDATE idempotency_keys SET request_hash = :hash, created_at = :now, status = NULL,
                                   response = NULL, location = NULL
                            WHERE source_id = :source AND key = :key""")
                    .setParameter("hash", requestHash).setParameter("now", now)
                    .setParameter("source", sourceId).setParameter("key", key)
                    .executeUpdate();
        }
        IngestReceipt receipt = ingest.get();
        entityManager.createNativeQuery("""
                        UPDATE idempotency_keys SET status = 202, response = :response, location = :location
                        WHERE source_id = :source AND key = :key""")
                .setParameter("response", EventJson.encode(receipt))
                .setParameter("location", ReleaseResource.PATH + "/" + receipt.id())
                .setParameter("source", sourceId).setParameter("key", key)
                .executeUpdate();
        return new Answer(receipt, false);
    }

    /** True if this request owns the key now; waits while a concurrent request with the key is running. */
    private boolean claim(UUID sourceId, String key, String requestHash, Instant now) {
        return entityManager.createNativeQuery("""
                        INSERT INTO idempotency_keys (source_id, key, request_hash, created_at)
                        VALUES (:source, :key, :hash, :now)
                        ON CONFLICT DO NOTHING""")
                .setParameter("source", sourceId).setParameter("key", key)
                .setParameter("hash", requestHash).setParameter("now", now)
                .executeUpdate() == 1;
    }

    private Object[] stored(UUID sourceId, String key) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                        SELECT request_hash, created_at, response FROM idempotency_keys
                        WHERE source_id = :source AND key = :key
                        FOR UPDATE""")
                .setParameter("source", sourceId).setParameter("key", key)
                .getResultList();
        Object[] row = rows.get(0);
        Object createdAt = row[1];
        row[1] = createdAt instanceof java.time.OffsetDateTime offset ? offset.toInstant()
                : createdAt instanceof java.sql.Timestamp timestamp ? timestamp.toInstant() : createdAt;
        return row;
    }

    @Scheduled(identity = "idempotency-key-pruner", every = "1h", delayed = "3m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void prune() {
        entityManager.createNativeQuery("DELETE FROM idempotency_keys WHERE created_at < :cutoff")
                .setParameter("cutoff", Instant.now().minus(config.idempotency().retention()))
                .executeUpdate();
    }
}
