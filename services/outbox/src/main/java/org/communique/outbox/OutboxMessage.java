package org.communique.outbox;

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

    /** The record may be on Kafka already; see OutboxReconciler. Such a row is never claimed for sending. */
    @Column(name = "in_doubt", nullable = false)
    public boolean inDoubt;

    /** A row for the event, not yet persisted (tests persist rows of their own making). */
    public static OutboxMessage of(OutboxEvent event) {
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

    static boolean anyInDoubt() {
        return count("sentAt is null and inDoubt = true") > 0;
    }

    /** Every unsent row: an instance starting up cannot know which its predecessor had sent. */
    static int markUnsentInDoubt() {
        return update("inDoubt = true where sentAt is null and inDoubt = false");
    }

    /** Unsent rows in doubt, oldest first, as they are now. */
    @SuppressWarnings("unchecked")
    static List<Doubt> inDoubt(int limit) {
        List<Object[]> rows = getEntityManager().createQuery("""
                        select o.id, o.ceId, o.topic, o.createdAt, o.attempts from OutboxMessage o
                        where o.sentAt is null and o.inDoubt = true order by o.id""", Object[].class)
                .setMaxResults(limit)
                .getResultList();
        return rows.stream().map(row -> new Doubt((Long) row[0], (String) row[1], (String) row[2], (Instant) row[3],
                (Integer) row[4])).toList();
    }

    /** Rows whose record is on Kafka: sent, without sending them again. */
    static int markFoundSent(List<Long> ids, Instant now) {
        return ids.isEmpty() ? 0 : update("sentAt = ?1, inDoubt = false, lastError = null where id in ?2 and sentAt is null",
                now, ids);
    }

    /** A row not found on Kafka may be sent, unless it failed again meanwhile (its attempts changed). */
    static int clearDoubt(Doubt doubt) {
        return update("inDoubt = false where id = ?1 and attempts = ?2 and sentAt is null and inDoubt = true",
                doubt.id(), doubt.attempts());
    }

    /** An unsent row in doubt, as the reconciler saw it. */
    record Doubt(long id, String ceId, String topic, Instant createdAt, int attempts) {
    }

    static long deleteSentBefore(Instant cutoff) {
        return delete("sentAt < ?1", cutoff);
    }

    OutboxEvent event() {
        return new OutboxEvent(aggregateId, topic, messageKey, ceId, ceType, ceSource, ceTime, payload);
    }

    /** Kafka did not acknowledge the record, which does not mean it did not write it (see OutboxRows#markFailed). */
    void markFailed(Throwable failure) {
        attempts++;
        inDoubt = true;
        String error = failure.getClass().getName() + ": " + failure.getMessage();
        lastError = error.length() > MAX_ERROR_LENGTH ? error.substring(0, MAX_ERROR_LENGTH) : error;
    }
}
