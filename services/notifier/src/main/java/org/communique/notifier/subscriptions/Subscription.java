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
import org.hibernate.annotations.DynamicUpdate;

import java.time.Instant;
import java.util.UUID;

@Entity
@Table(name = "subscriptions")
@DynamicUpdate // deliveries update failure columns with SQL; writing only changed columns keeps both
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

    /** Where alerts go: the webhook URL; null for channels that only store alerts (sse, feed). */
    @Column(name = "target")
    public String target;

    /** SHA-256 (hex) of the token in the feed URL. */
    @Column(name = "feed_token_hash")
    public String feedTokenHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    public SubscriptionStatus status;

    /** {@code host:port} of a webhook URL: the unit of the per-endpoint concurrency cap. */
    @Column(name = "endpoint_key")
    public String endpointKey;

    @Column(name = "webhook_secret_previous")
    public String webhookSecretPrevious;

    @Column(name = "webhook_secret_previous_expires_at")
    public Instant webhookSecretPreviousExpiresAt;

    @Column(name = "failing_since")
    public Instant failingSince;

    /** GONE (410) or FAILING (failed for days); set with status DISABLED. */
    @Column(name = "disabled_reason")
    public String disabledReason;

    @Column(name = "disabled_at")
    public Instant disabledAt;

    @Column(name = "email_address")
    public String emailAddress;

    /** IMMEDIATE, HOURLY or DAILY. */
    @Column(name = "email_digest")
    public String emailDigest;

    /** The token of the confirmation and unsubscribe links. */
    @Column(name = "email_token")
    public String emailToken;

    @Column(name = "email_confirmed_at")
    public Instant emailConfirmedAt;

    /** Number of the newest alert in this subscription's sequence (read-only here; alert inserts advance it). */
    @Column(name = "last_alert_seq", insertable = false, updatable = false)
    public long lastAlertSeq;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "deleted_at")
    public Instant deletedAt;

    /** The client address (an IPv6 client's /64) that created it, for the per-client quota. */
    @Column(name = "created_by")
    public String createdBy;

    public SubscriptionFilter filter() {
        return FilterJson.decode(filter);
    }

    public boolean isActive() {
        return status == SubscriptionStatus.ACTIVE;
    }

    public boolean isDeleted() {
        return status == SubscriptionStatus.DELETED;
    }
}
