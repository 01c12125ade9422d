package org.communique.ingest.stories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.communique.ingest.IngestConfig;
import org.hibernate.Session;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;

/**
 * Gives each release a story: the story of the most similar release ingested within the window (from any
 * source) if the two are similar enough, else a story of its own, named by the release's id. A release keeps
 * its story across versions. Releases whose band hashes overlap are assigned one at a time (transaction
 * advisory locks on the band hashes), so two copies of a story arriving at once still share it.
 */
@ApplicationScoped
public class StoryAssigner {

    /** Shorter texts say too little to be matched; they keep a story of their own. */
    static final int MIN_SHINGLES = 40;
    static final int MAX_CANDIDATES = 200;

    @Inject
    EntityManager entityManager;

    @Inject
    IngestConfig config;

    /**
     * The story of this version of a release, recorded with its signature for later releases to match.
     *
     * @param currentStory the story of the previous version, or null for a new release
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID assign(UUID releaseId, UUID currentStory, String title, String body, Instant ingestedAt) {
        UUID own = currentStory != null ? currentStory : releaseId;
        IngestConfig.Stories stories = config.stories();
        long[] shingles = Shingles.of(title + "\n" + body);
        if (!stories.enabled() || shingles.length < MIN_SHINGLES) {
            return entityManager.unwrap(Session.class).doReturningWork(connection -> {
                save(connection, releaseId, own, null, new long[0], ingestedAt);
                return own;
            });
        }
        long[] signature = MinHash.signature(shingles);
        long[] bands = MinHash.bands(signature);
        Instant since = ingestedAt.minus(stories.window());
        return entityManager.unwrap(Session.class).doReturningWork(connection -> {
            UUID story = own;
            if (currentStory == null) {
                lock(connection, bands);
                story = bestMatch(connection, releaseId, signature, bands, since, stories.minSimilarity());
                if (story == null) {
                    story = releaseId;
                }
            }
            save(connection, releaseId, story, signature, bands, ingestedAt);
            return story;
        });
    }

    private static void lock(Connection connection, long[] bands) throws SQLException {
        long[] sorted = bands.clone();
        Arrays.sort(sorted);
        // unnest returns the array in order, so every transaction takes the locks in the same order
        try (PreparedStatement lock = connection.prepareStatement(
                "SELECT count(pg_advisory_xact_lock(h)) FROM unnest(?) AS h")) {
            lock.setArray(1, array(connection, sorted));
            lock.executeQuery().close();
        }
    }

    private static UUID bestMatch(Connection connection, UUID releaseId, long[] signature, long[] bands, Instant since,
                                  double minSimilarity) throws SQLException {
        try (PreparedStatement candidates = connection.prepareStatement("""
                SELECT r.story_id, r.minhash FROM releases r
                WHERE r.id IN (SELECT b.release_id FROM story_bands b
                               WHERE b.band_hash = ANY (?) AND b.ingested_at >= ? AND b.release_id <> ?)
                  AND r.story_id IS NOT NULL AND r.minhash IS NOT NULL
                LIMIT ?""")) {
            candidates.setArray(1, array(connection, bands));
            candidates.setTimestamp(2, Timestamp.from(since));
            candidates.setObject(3, releaseId);
            candidates.setInt(4, MAX_CANDIDATES);
            UUID best = null;
            double bestSimilarity = minSimilarity;
            try (ResultSet rows = candidates.executeQuery()) {
                while (rows.next()) {
                    double similarity = MinHash.similarity(signature, MinHash.fromBytes(rows.getBytes(2)));
                    if (similarity >= bestSimilarity) {
                        best = rows.getObject(1, UUID.class);
                        bestSimilarity = similarity;
                    }
                }
            }
            return best;
        }
    }

    private static void save(Connection connection, UUID releaseId, UUID story, long[] signature, long[] bands,
                             Instant ingestedAt) throws SQLException {
        try (PreparedStatement release = connection.prepareStatement(
                "UPDATE releases SET story_id = ?, minhash = ? WHERE id = ?")) {
            release.setObject(1, story);
            release.setBytes(2, signature == null ? null : MinHash.toBytes(signature));
            release.setObject(3, releaseId);
            release.executeUpdate();
        }
        try (PreparedStatement old = connection.prepareStatement("DELETE FROM story_bands WHERE release_id = ?")) {
            old.setObject(1, releaseId);
            old.executeUpdate();
        }
        if (bands.length > 0) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO story_bands (band_hash, release_id, ingested_at)
                    SELECT h, ?, ? FROM unnest(?) AS h
                    ON CONFLICT DO NOTHING""")) {
                insert.setObject(1, releaseId);
                insert.setTimestamp(2, Timestamp.from(ingestedAt));
                insert.setArray(3, array(connection, bands));
                insert.executeUpdate();
            }
        }
    }

    private static Array array(Connection connection, long[] values) throws SQLException {
        return connection.createArrayOf("bigint", Arrays.stream(values).boxed().toArray(Long[]::new));
    }
}
