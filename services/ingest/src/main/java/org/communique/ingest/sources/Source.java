package org.communique.ingest.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import org.communique.contracts.SourceRef;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

@Entity
@Table(name = "sources")
public class Source extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String name;

    /** ISO 3166-1 alpha-2, or null when the source is not a country's (an agency, an aggregator). */
    public String country;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public SourceKind kind;

    /** ISO 639-1; the language of its releases when a release does not say. */
    public String language;

    /** The feed or list page of a polled source; a PUSH source may name its site here. */
    public String url;

    @Column(name = "poll_interval_seconds")
    public Integer pollIntervalSeconds;

    /** Requests a minute this (PUSH) source may make; null for the configured default. */
    @Column(name = "rate_limit_per_minute")
    public Integer rateLimitPerMinute;

    @Column(name = "list_selector")
    public String listSelector;

    @Column(name = "title_selector")
    public String titleSelector;

    @Column(name = "body_selector")
    public String bodySelector;

    @Column(name = "date_selector")
    public String dateSelector;

    /** SHA-256 hex of the bearer key of a PUSH source; the key itself is never stored. */
    @Column(name = "key_hash")
    public String keyHash;

    /** The key before the last rotation, accepted until {@link #previousKeyExpiresAt}. */
    @Column(name = "previous_key_hash")
    public String previousKeyHash;

    @Column(name = "previous_key_expires_at")
    public Instant previousKeyExpiresAt;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    public static Source newPushSource(String name, String country, String keyHash) {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = name;
        source.country = country;
        source.kind = SourceKind.PUSH;
        source.keyHash = keyHash;
        source.enabled = true;
        source.createdAt = Instant.now();
        source.updatedAt = source.createdAt;
        return source;
    }

    static Source of(SourceKind kind, String keyHash, Instant now) {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.kind = kind;
        source.keyHash = keyHash;
        source.enabled = true;
        source.createdAt = now;
        source.updatedAt = now;
        return source;
    }

    /** The enabled source whose current key, or previous key still in its grace period, has this hash. */
    public static Optional<Source> findEnabledByKeyHash(String keyHash) {
        return find("enabled = true and (keyHash = ?1 or (previousKeyHash = ?1 and previousKeyExpiresAt > ?2))",
                keyHash, Instant.now()).firstResultOptional();
    }

    public static Optional<Source> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public static Optional<Source> findByIdOptional(UUID id, boolean forUpdate) {
        return Optional.ofNullable(forUpdate ? findById(id, LockModeType.PESSIMISTIC_WRITE) : findById(id));
    }

    public SourceRef ref() {
        return new SourceRef(id, name, country);
    }

    public boolean polled() {
        return kind.polled();
    }

    public Optional<Duration> pollInterval() {
        return Optional.ofNullable(pollIntervalSeconds).map(Duration::ofSeconds);
    }
}
