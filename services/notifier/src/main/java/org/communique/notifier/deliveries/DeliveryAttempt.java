package org.communique.notifier.deliveries;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.communique.contracts.AlertDelivery;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One attempt to deliver an alert, whatever the channel. */
@Entity
@Table(name = "delivery_attempts")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id", nullable = false)
    public UUID alertId;

    @Column(name = "subscription_id", nullable = false)
    public UUID subscriptionId;

    @Column(name = "release_id", nullable = false)
    public UUID releaseId;

    @Column(name = "channel", nullable = false)
    public String channel;

    @Column(name = "attempt", nullable = false)
    public int attempt;

    @Column(name = "attempted_at", nullable = false)
    public Instant attemptedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome", nullable = false)
    public AlertDelivery.Outcome outcome;

    /** The target's HTTP status, when it answered. */
    @Column(name = "status_code")
    public Integer statusCode;

    /** Why no status was obtained (timeout, refused target, ...); never the target's response. */
    @Column(name = "error")
    public String error;

    @Column(name = "duration_ms", nullable = false)
    public long durationMillis;

    /** Set when outcome is RETRY_SCHEDULED. */
    @Column(name = "next_attempt_at")
    public Instant nextAttemptAt;

    public static List<DeliveryAttempt> newestFor(UUID subscriptionId, int limit) {
        return find("subscriptionId", Sort.descending("attemptedAt", "id"), subscriptionId)
                .page(Page.ofSize(limit))
                .list();
    }
}
