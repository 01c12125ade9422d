package org.communique.ingest.sources;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.communique.contracts.SourceRef;

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

    /** SHA-256 hex of the bearer key of a PUSH source; the key itself is never stored. */
    @Column(name = "key_hash")
    public String keyHash;

    @Column(nullable = false)
    public boolean enabled;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    public static Source newPushSource(String name, String country, String keyHash) {
        Source source = new Source();
        source.id = UUID.randomUUID();
        source.name = name;
        source.country = country;
        source.kind = SourceKind.PUSH;
        source.keyHash = keyHash;
        source.enabled = true;
        source.createdAt = Instant.now();
        return source;
    }

    public static Optional<Source> findEnabledByKeyHash(String keyHash) {
        return find("keyHash = ?1 and enabled = true", keyHash).firstResultOptional();
    }

    public static Optional<Source> findByName(String name) {
        return find("name", name).firstResultOptional();
    }

    public SourceRef ref() {
        return new SourceRef(id, name, country);
    }
}
