package org.communique.ingest.releases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** The current version of a release. Every version's event is kept in the outbox until it is pruned. */
@Entity
@Table(name = "releases")
public class Release extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "source_id", nullable = false)
    public UUID sourceId;

    @Column(nullable = false)
    public int version;

    @Column(name = "external_id")
    public String externalId;

    public String url;

    @Column(name = "canonical_url")
    public String canonicalUrl;

    public String language;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    @Column(name = "published_at")
    public Instant publishedAt;

    /** When this version was ingested. */
    @Column(name = "ingested_at", nullable = false)
    public Instant ingestedAt;

    @Column(name = "first_ingested_at", nullable = false)
    public Instant firstIngestedAt;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    /** Shared by near-duplicates from any source (see org.communique.ingest.stories); null before V4. */
    @Column(name = "story_id")
    public UUID storyId;

    static Release firstVersion(UUID id, UUID sourceId, ReleaseDraft draft, Instant now) {
        Release release = new Release();
        release.id = id;
        release.sourceId = sourceId;
        release.version = 1;
        release.firstIngestedAt = now;
        release.apply(draft, now);
        return release;
    }

    static Release findForUpdate(UUID id) {
        return findById(id, LockModeType.PESSIMISTIC_WRITE);
    }

    /** The content hash of each of these releases that exists. */
    public static Map<UUID, String> contentHashes(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<UUID, String> hashes = new HashMap<>();
        getEntityManager().createQuery("select r.id, r.contentHash from Release r where r.id in :ids", Object[].class)
                .setParameter("ids", ids)
                .getResultList()
                .forEach(row -> hashes.put((UUID) row[0], (String) row[1]));
        return hashes;
    }

    static Optional<Release> findOwned(UUID id, UUID sourceId) {
        return find("id = ?1 and sourceId = ?2", id, sourceId).firstResultOptional();
    }

    /**
     * Inserts this new release unless a row with its id exists, for instance because a concurrent request
     * with the same item committed first (PostgreSQL then waits for that transaction). True if inserted.
     */
    boolean insertIfAbsent() {
        return getEntityManager().createQuery("""
                        insert into Release (id, sourceId, version, externalId, url, canonicalUrl, language, title,
                                             body, publishedAt, ingestedAt, firstIngestedAt, contentHash)
                        values (:id, :sourceId, :version, :externalId, :url, :canonicalUrl, :language, :title,
                                :body, :publishedAt, :ingestedAt, :firstIngestedAt, :contentHash)
                        on conflict do nothing""")
                .setParameter("id", id)
                .setParameter("sourceId", sourceId)
                .setParameter("version", version)
                .setParameter("externalId", externalId)
                .setParameter("url", url)
                .setParameter("canonicalUrl", canonicalUrl)
                .setParameter("language", language)
                .setParameter("title", title)
                .setParameter("body", body)
                .setParameter("publishedAt", publishedAt)
                .setParameter("ingestedAt", ingestedAt)
                .setParameter("firstIngestedAt", firstIngestedAt)
                .setParameter("contentHash", contentHash)
                .executeUpdate() == 1;
    }

    void revise(ReleaseDraft draft, Instant now) {
        version++;
        apply(draft, now);
    }

    private void apply(ReleaseDraft draft, Instant now) {
        externalId = draft.externalId();
        url = draft.url();
        canonicalUrl = draft.canonicalUrl();
        language = draft.language();
        title = draft.title();
        body = draft.body();
        publishedAt = draft.publishedAt();
        contentHash = draft.contentHash();
        ingestedAt = now;
    }
}
