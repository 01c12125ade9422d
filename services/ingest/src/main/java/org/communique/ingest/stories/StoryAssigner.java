package org.communique.ingest.stories;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.contracts.PressRelease;
import org.communique.ingest.IngestConfig;
import org.communique.outbox.Outbox;
import org.communique.outbox.OutboxEvent;
import org.hibernate.Session;
import org.jboss.logging.Logger;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Gives queued releases their stories, one batch per transaction, in queue order: the story of the most
 * similar release ingested within the window (from any source) if the two are similar enough, else a story
 * of its own, named by the release's id. A release keeps its story across versions. Releases are compared
 * without their sources' boilerplate ({@link SourceHistory}), and two releases of one source must be more
 * alike than copies from different sources: a ministry's releases share their formulas, not their events. Each event then moves
 * from the queue to the outbox with its {@code storyId}.
 * <p>
 * Only one assigner works at a time, across all instances: the batch's transaction holds an advisory lock
 * that nothing else takes, so releases of one story arriving at once still share it, and the outcome
 * depends only on the queue's order. A crash loses nothing: queue rows leave the queue in the same
 * transaction that writes their outbox rows.
 * <p>
 * The source histories a batch read and updated are kept for the next batch once its transaction has
 * committed, as long as no other instance assigned stories in between (a generation counter, bumped by
 * every batch, tells); a batch that rolls back drops them, and the next one reads them again.
 */
@ApplicationScoped
public class StoryAssigner {

    private static final Logger LOG = Logger.getLogger(StoryAssigner.class);

    /** The assigners' advisory lock ("Story" in ASCII); requests never take it. */
    static final long ASSIGNER_LOCK = 0x53746f7279L;
    /** Shorter texts say too little to be matched; they keep a story of their own. */
    static final int MIN_SHINGLES = 20;

    private final EntityManager entityManager;
    private final IngestConfig config;
    private final Outbox outbox;
    private final TransactionSynchronizationRegistry transactions;
    /** The histories as the last committed batch of this instance left them, and that batch's generation. */
    private volatile Kept kept;

    StoryAssigner(EntityManager entityManager, IngestConfig config, Outbox outbox,
                  TransactionSynchronizationRegistry transactions) {
        this.entityManager = entityManager;
        this.config = config;
        this.outbox = outbox;
        this.transactions = transactions;
    }

    private record Kept(SourceHistory history, long generation) {
    }

    /**
     * Assigns up to {@code limit} queued releases in the caller's transaction.
     *
     * @return how many left the queue, or -1 if another assigner holds the lock
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int assignBatch(int limit) {
        List<Queued> batch = entityManager.unwrap(Session.class).doReturningWork(connection -> {
            if (!tryLock(connection)) {
                return null;
            }
            List<Queued> queued = claim(connection, limit);
            if (!queued.isEmpty()) {
                assign(connection, queued);
            }
            return queued;
        });
        if (batch == null) {
            return -1;
        }
        outbox.appendAll(batch.stream().map(Queued::withStory).toList());
        return batch.size();
    }

    private static boolean tryLock(Connection connection) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, ASSIGNER_LOCK);
            try (ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        }
    }

    /**
     * Takes the first {@code limit} rows off the queue, in queue order: deleted here, in the batch's transaction,
     * so they come back if it rolls back (one statement fewer than reading them and deleting them at the end).
     */
    private List<Queued> claim(Connection connection, int limit) throws SQLException {
        List<Queued> queued = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                DELETE FROM story_queue WHERE seq IN (SELECT seq FROM story_queue ORDER BY seq LIMIT ?)
                RETURNING seq, aggregate_id, topic, message_key, ce_id, ce_type, ce_source, ce_time, payload""")) {
            select.setInt(1, limit);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    OutboxEvent event = new OutboxEvent(rows.getObject(2, UUID.class), rows.getString(3),
                            rows.getString(4), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getTimestamp(8).toInstant(), rows.getString(9));
                    queued.add(Queued.of(rows.getLong(1), event, config.stories().enabled()));
                }
            }
        }
        // RETURNING has no order
        queued.sort(java.util.Comparator.comparingLong(Queued::seq));
        return queued;
    }

    private void assign(Connection connection, List<Queued> batch) throws SQLException {
        IngestConfig.Stories settings = config.stories();
        Map<UUID, UUID> stories = currentStories(connection, batch);
        // only a release assigned before has bands to replace
        java.util.Set<UUID> assignedBefore = java.util.Set.copyOf(stories.keySet());
        SourceHistory history = history(connection, settings);
        history.load(connection, batch.stream().map(Queued::source).toList());
        history.loadBoilerplate(connection,
                batch.stream().flatMapToLong(q -> Arrays.stream(q.shingles())).distinct().toArray());
        // a first signature of each release, with the boilerplate known before the batch, finds most of the
        // bands the batch will ask for in one query; the rest are read when a release needs them
        for (Queued queued : batch) {
            queued.prepare(connection, history);
        }
        Candidates stored = Candidates.load(connection, batch, settings.window(), settings.candidatesPerBand());
        Candidates earlier = new Candidates(settings.candidatesPerBand());
        Map<UUID, Long> seqs = new HashMap<>();
        for (Queued queued : batch) {
            queued.prepare(connection, history);
            UUID story = stories.get(queued.releaseId());
            if (story == null && queued.signature() != null) {
                Instant since = queued.ingestedAt().minus(settings.window());
                stored.ensure(connection, queued.bands(), since);
                List<Candidate> near = new ArrayList<>(stored.near(queued, since));
                near.addAll(earlier.near(queued, since));
                history.load(connection, near.stream().map(Candidate::source).toList());
                Scored best = null;
                for (Candidate candidate : near) {
                    boolean sameSource = candidate.source() != null && candidate.source().equals(queued.source());
                    long[] mine = queued.signatureAgainst(candidate.source(), history);
                    double similarity = mine == null ? 0 : MinHash.similarity(mine, candidate.signature());
                    Scored scored = new Scored(candidate, similarity);
                    double threshold = sameSource ? settings.sameSourceMinSimilarity() : settings.minSimilarity();
                    if (similarity >= threshold && (best == null || scored.beats(best))) {
                        best = scored;
                    }
                }
                story = best == null ? null : best.candidate().storyId();
            }
            queued.story = story == null ? queued.releaseId() : story;
            stories.put(queued.releaseId(), queued.story);
            if (queued.signature() != null) {
                earlier.add(new Candidate(queued.releaseId(), queued.source(), queued.story, queued.ingestedAt(),
                        queued.signature()), queued.bands());
            }
            if (queued.shingles().length > 0) {
                history.record(queued.source(), queued.releaseId(), queued.story, queued.shingles());
                seqs.put(queued.releaseId(), queued.seq());
            }
        }
        save(connection, batch, assignedBefore);
        history.save(connection, seqs);
    }

    /**
     * The histories kept from this instance's previous batch if nothing was assigned since, else empty ones
     * (read as the batch needs them). Kept again only if this batch commits.
     */
    private SourceHistory history(Connection connection, IngestConfig.Stories settings) throws SQLException {
        long generation;
        try (PreparedStatement bump = connection.prepareStatement(
                "UPDATE story_assigner_state SET generation = generation + 1 WHERE id = 1 RETURNING generation");
             ResultSet row = bump.executeQuery()) {
            row.next();
            generation = row.getLong(1);
        }
        Kept previous = kept;
        kept = null;
        SourceHistory history = previous != null && previous.generation() == generation - 1
                ? previous.history() : SourceHistory.empty(settings.boilerplateReleases());
        history.retainAtMost(settings.cachedSources());
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    kept = new Kept(history, generation);
                }
            }
        });
        return history;
    }

    private static Map<UUID, UUID> currentStories(Connection connection, List<Queued> batch) throws SQLException {
        Map<UUID, UUID> stories = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, story_id FROM releases WHERE id = ANY (?) AND story_id IS NOT NULL")) {
            select.setArray(1, connection.createArrayOf("uuid",
                    batch.stream().map(Queued::releaseId).distinct().toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    stories.put(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class));
                }
            }
        }
        return stories;
    }

    private static void save(Connection connection, List<Queued> batch, java.util.Set<UUID> assignedBefore)
            throws SQLException {
        // the latest version of each release in the batch decides its signature and bands
        Map<UUID, Queued> latest = new LinkedHashMap<>();
        for (Queued queued : batch) {
            latest.put(queued.releaseId(), queued);
        }
        List<Queued> releases = new ArrayList<>(latest.values());
        releases.sort((a, b) -> a.releaseId().compareTo(b.releaseId()));
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE releases SET story_id = ?, minhash = ? WHERE id = ?")) {
            for (Queued queued : releases) {
                update.setObject(1, queued.story);
                update.setBytes(2, queued.signature() == null ? null : MinHash.toBytes(queued.signature()));
                update.setObject(3, queued.releaseId());
                update.addBatch();
            }
            update.executeBatch();
        }
        // bands are written in the transaction that gives a release its story: one without a story has none
        Object[] replaced = latest.keySet().stream().filter(assignedBefore::contains).toArray();
        if (replaced.length > 0) {
            try (PreparedStatement old = connection.prepareStatement(
                    "DELETE FROM story_bands WHERE release_id = ANY (?)")) {
                old.setArray(1, connection.createArrayOf("uuid", replaced));
                old.executeUpdate();
            }
        }
        List<Long> hashes = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        List<Timestamp> times = new ArrayList<>();
        for (Queued queued : releases) {
            if (queued.bands() != null) {
                for (long band : queued.bands()) {
                    hashes.add(band);
                    ids.add(queued.releaseId());
                    times.add(Timestamp.from(queued.ingestedAt()));
                }
            }
        }
        if (!hashes.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO story_bands (band_hash, release_id, ingested_at)
                    SELECT * FROM unnest(?::bigint[], ?::uuid[], ?::timestamptz[])
                    ON CONFLICT DO NOTHING""")) {
                insert.setArray(1, connection.createArrayOf("bigint", hashes.toArray()));
                insert.setArray(2, connection.createArrayOf("uuid", ids.toArray()));
                insert.setArray(3, connection.createArrayOf("timestamptz", times.toArray()));
                insert.executeUpdate();
            }
        }
    }

    /** A release version waiting for its story. */
    static final class Queued {

        private final long seq;
        private final OutboxEvent event;
        private final PressRelease release;
        private final long[] shingles;
        private long[] kept;
        private MinHash.Traced traced;
        private long[] signature;
        private long[] bands;
        private final Map<UUID, long[]> signatures = new HashMap<>();
        /** The history and its {@link SourceHistory#changes()} the last preparation saw throughout, if any. */
        private SourceHistory preparedWith;
        private long preparedAt;
        UUID story;

        private Queued(long seq, OutboxEvent event, PressRelease release, long[] shingles) {
            this.seq = seq;
            this.event = event;
            this.release = release;
            this.shingles = shingles;
        }

        /**
         * Leaves out the boilerplate, as known now, of the release's own source and of the sources whose
         * boilerplate it carries; null signature if too little is left.
         */
        void prepare(Connection connection, SourceHistory history) throws SQLException {
            // prepared already against the very same history: the answer would be the same (the strips, the
            // hot spot of assignment, are skipped for the first release of a batch, often its only one)
            if (preparedWith == history && preparedAt == history.changes()) {
                return;
            }
            long version = history.changes();
            prepareAgain(connection, history);
            // a preparation that read sources in between saw two states: the next one starts afresh
            preparedWith = history.changes() == version ? history : null;
            preparedAt = version;
        }

        private void prepareAgain(Connection connection, SourceHistory history) throws SQLException {
            signatures.clear();
            if (shingles.length < MIN_SHINGLES) {
                kept = null;
                traced = null;
                signature = null;
                bands = null;
                return;
            }
            long[] before = kept;
            MinHash.Traced tracedBefore = traced;
            kept = history.strip(source(), releaseId(), shingles);
            List<UUID> carried = history.carried(source(), kept);
            history.load(connection, carried);
            for (UUID other : carried) {
                kept = history.strip(other, null, kept);
            }
            if (kept.length < MIN_SHINGLES) {
                traced = null;
                signature = null;
                bands = null;
                return;
            }
            if (tracedBefore != null && Arrays.equals(kept, before)) {
                return;
            }
            // prepared again within the batch: the boilerplate learnt since mostly only takes shingles away
            traced = tracedBefore != null && MinHash.isSubset(kept, before)
                    ? MinHash.ofSubset(before, tracedBefore, kept) : MinHash.traced(kept);
            signature = traced.values();
            bands = MinHash.bands(signature);
        }

        /**
         * The signature to compare with a release of {@code other}: without the boilerplate of that source
         * too, since a reprint carries its origin's formulas. Null if too little is left.
         */
        long[] signatureAgainst(UUID other, SourceHistory history) {
            if (other == null || other.equals(source()) || signature == null) {
                return signature;
            }
            if (!signatures.containsKey(other)) {
                long[] rest = history.strip(other, null, kept);
                signatures.put(other, rest.length == kept.length ? signature
                        : rest.length < MIN_SHINGLES ? null : MinHash.ofSubset(kept, traced, rest).values());
            }
            return signatures.get(other);
        }

        static Queued of(long seq, OutboxEvent event, boolean matching) {
            PressRelease release;
            try {
                release = EventJson.decode(event.payload(), PressRelease.class);
            } catch (RuntimeException e) {
                // written by this service, so never expected; the event still goes out, with no story
                LOG.warnf("Story queue row %d is not a release event (%s); published without a story", seq,
                        e.getMessage());
                return new Queued(seq, event, null, new long[0]);
            }
            long[] shingles = matching ? Shingles.of(release.title() + "\n" + release.body()) : new long[0];
            return new Queued(seq, event, release, shingles);
        }

        UUID source() {
            return release == null ? null : release.source().id();
        }

        long[] shingles() {
            return shingles;
        }

        long seq() {
            return seq;
        }

        UUID releaseId() {
            return event.aggregateId();
        }

        Instant ingestedAt() {
            return release == null ? event.time() : release.ingestedAt();
        }

        long[] signature() {
            return signature;
        }

        long[] bands() {
            return bands;
        }

        OutboxEvent withStory() {
            if (release == null) {
                return event;
            }
            PressRelease r = release;
            PressRelease assigned = new PressRelease(r.id(), r.version(), r.source(), r.url(), r.language(),
                    r.title(), r.body(), r.publishedAt(), r.ingestedAt(), r.contentHash(), story.toString());
            return new OutboxEvent(event.aggregateId(), event.topic(), event.key(), event.ceId(), event.ceType(),
                    event.ceSource(), event.time(), EventJson.encode(assigned));
        }
    }

    /** A release a queued one may belong with. */
    record Candidate(UUID releaseId, UUID source, UUID storyId, Instant ingestedAt, long[] signature) {
    }

    /** The more similar wins; of equals, the earlier ingested, then the smaller id: always the same one. */
    record Scored(Candidate candidate, double similarity) {

        boolean beats(Scored other) {
            if (similarity != other.similarity) {
                return similarity > other.similarity;
            }
            int byTime = candidate.ingestedAt().compareTo(other.candidate.ingestedAt());
            return byTime != 0 ? byTime < 0 : candidate.releaseId().compareTo(other.candidate.releaseId()) < 0;
        }
    }

    /** Candidates by band hash: those stored in the database, or those earlier in the batch. */
    static final class Candidates {

        private final LongObjectMap<List<Candidate>> byBand = new LongObjectMap<>(1024);
        private final LongObjectMap<Boolean> loaded = new LongObjectMap<>(1024);
        private final int perBand;

        Candidates(int perBand) {
            this.perBand = perBand;
        }

        /** Adds a release later than all others; each band keeps its most recent {@code perBand}. */
        void add(Candidate candidate, long[] bands) {
            for (long band : bands) {
                List<Candidate> recent = listOf(band);
                recent.add(candidate);
                if (recent.size() > perBand) {
                    recent.remove(0);
                }
            }
        }

        /** The distinct candidates sharing a band with the queued release, other than itself, within the window. */
        List<Candidate> near(Queued queued, Instant since) {
            List<Candidate> near = new ArrayList<>();
            java.util.Set<UUID> seen = new java.util.HashSet<>();
            for (long band : queued.bands()) {
                List<Candidate> recent = byBand.get(band);
                if (recent == null) {
                    continue;
                }
                for (Candidate candidate : recent) {
                    if (!candidate.releaseId().equals(queued.releaseId()) && !candidate.ingestedAt().isBefore(since)
                            && seen.add(candidate.releaseId())) {
                        near.add(candidate);
                    }
                }
            }
            return near;
        }

        private List<Candidate> listOf(long band) {
            List<Candidate> recent = byBand.get(band);
            if (recent == null) {
                recent = new ArrayList<>();
                byBand.put(band, recent);
            }
            return recent;
        }

        /** Reads the bands not read yet (a signature that changed within the batch may ask for new ones). */
        void ensure(Connection connection, long[] bands, Instant since) throws SQLException {
            long[] missing = new long[bands.length];
            int count = 0;
            for (long band : bands) {
                if (loaded.get(band) == null) {
                    boolean repeated = false;
                    for (int i = 0; i < count && !repeated; i++) {
                        repeated = missing[i] == band;
                    }
                    if (!repeated) {
                        missing[count++] = band;
                    }
                }
            }
            if (count > 0) {
                read(connection, Arrays.copyOf(missing, count), since);
            }
        }

        /** The most recent releases of each band of the batch, within the window of its oldest release. */
        static Candidates load(Connection connection, List<Queued> batch, java.time.Duration window, int perBand)
                throws SQLException {
            Candidates candidates = new Candidates(perBand);
            long[] bands = batch.stream().filter(q -> q.bands() != null).flatMapToLong(q -> Arrays.stream(q.bands()))
                    .distinct().toArray();
            if (bands.length == 0) {
                return candidates;
            }
            Instant since = batch.stream().map(Queued::ingestedAt).min(Instant::compareTo).orElseThrow().minus(window);
            candidates.read(connection, bands, since);
            return candidates;
        }

        private void read(Connection connection, long[] bands, Instant since) throws SQLException {
            for (long band : bands) {
                loaded.put(band, Boolean.TRUE);
            }
            Candidates candidates = this;
            // first the band → release pairs (the index alone), then each distinct release's signature once:
            // a release that is among the most recent of many bands is read once, not once per band
            Map<Long, List<UUID>> bandReleases = new HashMap<>();
            Map<UUID, Instant> times = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT h.band_hash, c.release_id, c.ingested_at
                    FROM unnest(?::bigint[]) AS h (band_hash)
                    CROSS JOIN LATERAL (SELECT b.release_id, b.ingested_at FROM story_bands b
                                        WHERE b.band_hash = h.band_hash AND b.ingested_at >= ?
                                        ORDER BY b.ingested_at DESC, b.release_id LIMIT ?) c""")) {
                select.setArray(1, array(connection, bands));
                select.setTimestamp(2, Timestamp.from(since));
                select.setInt(3, perBand);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(2, UUID.class);
                        bandReleases.computeIfAbsent(rows.getLong(1), b -> new ArrayList<>()).add(id);
                        times.putIfAbsent(id, rows.getTimestamp(3).toInstant());
                    }
                }
            }
            if (times.isEmpty()) {
                return;
            }
            Map<UUID, Candidate> byId = new HashMap<>();
            try (PreparedStatement select = connection.prepareStatement("""
                    SELECT id, story_id, minhash, source_id FROM releases
                    WHERE id = ANY (?) AND story_id IS NOT NULL AND minhash IS NOT NULL""")) {
                select.setArray(1, connection.createArrayOf("uuid", times.keySet().toArray()));
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        UUID id = rows.getObject(1, UUID.class);
                        byId.put(id, new Candidate(id, rows.getObject(4, UUID.class), rows.getObject(2, UUID.class), times.get(id),
                                MinHash.fromBytes(rows.getBytes(3))));
                    }
                }
            }
            bandReleases.forEach((band, ids) -> ids.stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .forEach(candidate -> candidates.listOf(band).add(candidate)));
        }

        private static Array array(Connection connection, long[] values) throws SQLException {
            return connection.createArrayOf("bigint", Arrays.stream(values).boxed().toArray(Long[]::new));
        }
    }
}
