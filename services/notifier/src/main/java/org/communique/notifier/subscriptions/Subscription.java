package org.communique.notifier.subscriptions;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.communique.notifier.matching.FilterJson;
import org.communique.notifier.matching.SubscriptionFilter;
import org.hibernate.annotations.ColumnTransformer;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "subscriptions")
public class Subscription extends PanacheEntityBase {

    @Id
    public UUID id;

    /** SHA-256 (hex) of the bearer token; the token itself is never stored. */
    @Column(name = "token_hash", nullable = false)
    public String tokenHash;

    /** {@code whsec_...}; kept in clear because every delivery is signed with it. */
    @Column(name = "webhook_secret")
    public String webhookSecret;

    @Column(name = "filter", nullable = false, columnDefinition = "jsonb")
    @ColumnTransformer(write = "?::jsonb")
    public String filter;

    @Column(name = "channel_type", nullable = false)
    public String channelType;

    /** Where alerts go: the webhook URL. */
    @Column(name = "target", nullable = false)
    public String target;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubscriptionStatus status;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    public SubscriptionFilter filter() {
        return FilterJson.decode(filter);
    }

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }
}
