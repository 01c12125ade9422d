package org.communique.ingest.outbox;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

@Entity
@Table(name = "outbox")
public class OutboxMessage extends PanacheEntityBase {

    private static final int MAX_ERROR_LENGTH = 2_000;

    /** Increases with insertion order; the relay publishes in this order. */
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "aggregate_id", nullable = false)
    public UUID aggregateId;

    @Column(nullable = false)
    public String topic;

    @Column(name = "message_key", nullable = false)
    public String messageKey;

    @Column(name = "ce_id", nullable = false)
    public String ceId;

    @Column(name = "ce_type", nullable = false)
    public String ceType;

    @Column(name = "ce_source", nullable = false)
    public String ceSource;

    @Column(name = "ce_time", nullable = false)
    public Instant ceTime;

    @Column(nullable = false)
    public String payload;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    /** Set once the broker has acknowledged the record. */
    @Column(name = "sent_at")
    public Instant sentAt;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    static OutboxMessage of(OutboxEvent event) {
        OutboxMessage message = new OutboxMessage();
        message.aggregateId = event.aggregateId();
        message.topic = event.topic();
        message.messageKey = event.key();
        message.ceId = event.ceId();
        message.ceType = event.ceType();
        message.ceSource = event.ceSource();
        message.ceTime = event.time();
        message.payload = event.payload();
        message.createdAt = Instant.now();
        return message;
    }

    /**
     * Locks up to {@code limit} unsent rows, oldest first, skipping rows another relay holds. A row waits
     * while an older row of the same aggregate is unsent, so a release's versions reach Kafka in order
     * even with several relays, and one batch never holds two rows of one aggregate.
     */
    static List<OutboxMessage> claimUnsent(int limit) {
        return claim("ORDER BY o.id", limit);
    }

    /** Like {@link #claimUnsent(int)}, but the rows tried least often come first. */
    static List<OutboxMessage> claimLeastTried(int limit) {
        return claim("ORDER BY o.attempts, o.id", limit);
    }

    @SuppressWarnings("unchecked")
    private static List<OutboxMessage> claim(String orderBy, int limit) {
        return getEntityManager().createNativeQuery("""
                        SELECT o.* FROM outbox o
                        WHERE o.sent_at IS NULL
                          AND NOT EXISTS (SELECT 1 FROM outbox older
                                          WHERE older.aggregate_id = o.aggregate_id
                                            AND older.sent_at IS NULL
                                            AND older.id < o.id)
                        %s
                        LIMIT :limit
                        FOR UPDATE SKIP LOCKED""".formatted(orderBy), OutboxMessage.class)
                .setParameter("limit", limit)
                .getResultList();
    }

    static long countUnsent() {
        return count("sentAt is null");
    }

    static long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }

    OutboxEvent event() {
        return new OutboxEvent(aggregateId, topic, messageKey, ceId, ceType, ceSource, ceTime, payload);
    }

    void markSent(Instant now) {
        attempts++;
        sentAt = now;
        lastError = null;
    }

    void markFailed(Throwable failure) {
        attempts++;
        String error = failure.getClass().getName() + ": " + failure.getMessage();
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }
}
