package org.communique.ingest.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.communique.contracts.SourceStatus;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** The poll schedule and state of one polled source; it survives restarts, like everything a poll learns. */
@Entity
@Table(name = "source_polls")
public class SourcePoll extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 2_000;

    @Id
    @Column(name = "source_id")
    public UUID sourceId;

    @Column(name = "next_poll_at", nullable = false)
    public Instant nextPollAt;

    /** Validators of the last response read in full, sent back for a conditional GET. */
    public String etag;

    @Column(name = "last_modified")
    public String lastModified;

    @Column(name = "last_polled_at")
    public Instant lastPolledAt;

    @Column(name = "last_success_at")
    public Instant lastSuccessAt;

    @Column(name = "consecutive_failures", nullable = false)
    public int consecutiveFailures;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceStatus status = SourceStatus.OK;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_error_at")
    public Instant lastErrorAt;

    /** JSON summary of the last poll (see org.communique.ingest.polling.PollOutcome). */
    @Column(name = "last_outcome")
    public String lastOutcome;

    static SourcePoll dueAt(UUID sourceId, Instant when) {
        SourcePoll poll = new SourcePoll();
        poll.sourceId = sourceId;
        poll.nextPollAt = when;
        return poll;
    }

    public static SourcePoll findForUpdate(UUID sourceId) {
        return findById(sourceId, LockModeType.PESSIMISTIC_WRITE);
    }

    /**
     * Claims up to {@code limit} enabled polled sources that are due, oldest due first, skipping those another
     * instance is claiming, and leases them until {@code leaseUntil}: nobody else polls them meanwhile, and if
     * this instance dies mid-poll they are polled again once the lease is over.
     */
    @SuppressWarnings("unchecked")
    public static List<UUID> claimDue(Instant now, Instant leaseUntil, int limit) {
        List<UUID> due = getEntityManager().createNativeQuery("""
                        SELECT p.source_id FROM source_polls p JOIN sources s ON s.id = p.source_id
                        WHERE s.enabled AND s.kind <> 'PUSH' AND p.next_poll_at <= :now
                        ORDER BY p.next_poll_at
                        LIMIT :limit
                        FOR UPDATE OF p SKIP LOCKED""", UUID.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList();
        if (!due.isEmpty()) {
            update("nextPollAt = ?1 where sourceId in ?2", leaseUntil, due);
        }
        return due;
    }

    public void recordError(String error, Instant at) {
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
        lastErrorAt = at;
    }
}
