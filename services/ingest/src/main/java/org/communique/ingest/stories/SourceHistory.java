package org.communique.ingest.stories;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The shingles of each source's most recent releases, to tell its boilerplate from its news. A shingle is
 * boilerplate of a source when it occurs in releases of at least two different stories among the source's
 * last {@code perSource} releases: the opening formula, the closing lines and the contacts of a ministry
 * recur in every release, whatever the event, while the words of one event recur only in the copies of
 * that event (one story). Boilerplate is left out before releases are compared, so two releases of one
 * ministry about different events no longer look alike.
 * <p>
 * Loaded at the start of an assigner's batch and updated release by release in queue order, then saved in
 * the same transaction: the outcome depends only on the queue's order, not on how it was cut into batches,
 * and survives restarts. Only the (single) assigner reads or writes it. After {@link #save} the history equals
 * what is stored, so the assigner may keep it for its next batch instead of reading it again.
 */
final class SourceHistory {

    /** Boilerplate shingles of another source a release must carry to be compared without that source's too. */
    static final int CARRIED_MIN = 5;

    private final int perSource;
    /** In access order: the least recently used source comes first and is let go first. */
    private final Map<UUID, Releases> bySource = new java.util.LinkedHashMap<>(16, 0.75f, true);
    /** From story_boilerplate, for the batch's shingles: the sources each is saved as boilerplate of. */
    private final LongObjectMap<Set<UUID>> saved = new LongObjectMap<>();
    /** For each shingle that is boilerplate of a loaded source: those sources (kept up to date by {@link Releases}). */
    private final LongObjectMap<Set<UUID>> boilerplateOf = new LongObjectMap<>();
    private final Set<UUID> changedSources = new LinkedHashSet<>();
    private final Set<UUID> dropped = new HashSet<>();
    /** Bumped by everything that may change what {@link #strip} or {@link #carried} answer. */
    private long changes;

    private SourceHistory(int perSource) {
        this.perSource = perSource;
    }

    static SourceHistory empty(int perSource) {
        return new SourceHistory(perSource);
    }

    /** Reads the recent releases of the given sources not read yet. */
    void load(Connection connection, Collection<UUID> sources) throws SQLException {
        Set<UUID> missing = new LinkedHashSet<>();
        for (UUID source : sources) {
            if (source != null && !bySource.containsKey(source)) {
                missing.add(source);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        changes++;
        for (UUID source : missing) {
            bySource.put(source, new Releases(source, boilerplateOf));
        }
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT r.source_id, r.release_id, r.story_id, r.shingles
                FROM unnest(?::uuid[]) AS s (source_id)
                CROSS JOIN LATERAL (SELECT h.source_id, h.release_id, h.story_id, h.shingles, h.seq
                                    FROM story_source_texts h WHERE h.source_id = s.source_id
                                    ORDER BY h.seq DESC LIMIT ?) r
                ORDER BY r.source_id, r.seq""")) {
            select.setArray(1, connection.createArrayOf("uuid", missing.toArray()));
            select.setInt(2, perSource);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Long[] shingles = (Long[]) rows.getArray(4).getArray();
                    long[] values = new long[shingles.length];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = shingles[i];
                    }
                    bySource.get(rows.getObject(1, UUID.class)).append(new Entry(rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), values, false));
                }
            }
        }
        for (UUID source : missing) {
            bySource.get(source).stored();
        }
    }

    /** Reads which sources have which of these shingles as boilerplate (for the sources not loaded). */
    void loadBoilerplate(Connection connection, long[] shingles) throws SQLException {
        changes++;
        saved.clear();
        if (shingles.length == 0) {
            return;
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT shingle, source_id FROM story_boilerplate WHERE shingle = ANY (?)")) {
            select.setArray(1, bigints(connection, shingles));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    long shingle = rows.getLong(1);
                    Set<UUID> sources = saved.get(shingle);
                    if (sources == null) {
                        sources = new HashSet<>(4);
                        saved.put(shingle, sources);
                    }
                    sources.add(rows.getObject(2, UUID.class));
                }
            }
        }
    }

    /**
     * The other sources whose boilerplate these shingles carry (at least {@value #CARRIED_MIN} shingles of
     * it), in a fixed order: a reprint keeps its origin's formulas, which are no more news in the reprint.
     */
    List<UUID> carried(UUID own, long[] shingles) {
        // one look-up per shingle, not one per shingle and source
        Map<UUID, Integer> counts = new HashMap<>();
        for (long shingle : shingles) {
            Set<UUID> loaded = boilerplateOf.get(shingle);
            if (loaded != null) {
                for (UUID source : loaded) {
                    counts.merge(source, 1, Integer::sum);
                }
            }
            Set<UUID> stored = saved.get(shingle);
            if (stored != null) {
                for (UUID source : stored) {
                    if (!bySource.containsKey(source)) {
                        counts.merge(source, 1, Integer::sum);
                    }
                }
            }
        }
        java.util.TreeSet<UUID> sources = new java.util.TreeSet<>();
        counts.forEach((source, count) -> {
            if (count >= CARRIED_MIN && !source.equals(own)) {
                sources.add(source);
            }
        });
        return List.copyOf(sources);
    }

    /** The shingles that are not boilerplate of {@code source}, not counting release {@code self}. */
    long[] strip(UUID source, UUID self, long[] shingles) {
        Releases releases = bySource.get(source);
        if (releases == null || releases.entries.isEmpty()) {
            return shingles;
        }
        Entry own = self == null ? null : releases.find(self);
        return Shingles.without(shingles, h -> releases.isBoilerplate(h, own));
    }

    /** A release of {@code source} has been given its story: the latest of its source from now on. */
    void record(UUID source, UUID release, UUID story, long[] shingles) {
        changes++;
        Releases releases = bySource.computeIfAbsent(source, s -> new Releases(s, boilerplateOf));
        releases.remove(release);
        releases.append(new Entry(release, story, shingles, true));
        while (releases.entries.size() > perSource) {
            Entry oldest = releases.entries.peekFirst();
            releases.remove(oldest.release());
            dropped.add(oldest.release());
        }
        dropped.remove(release);
        changedSources.add(source);
    }

    /** Writes the releases recorded since loading and forgets those that are no longer among the last. */
    void save(Connection connection, Map<UUID, Long> seqs) throws SQLException {
        changes++;
        if (!dropped.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM story_source_texts WHERE release_id = ANY (?)")) {
                delete.setArray(1, connection.createArrayOf("uuid", dropped.toArray()));
                delete.executeUpdate();
            }
        }
        try (PreparedStatement upsert = connection.prepareStatement("""
                INSERT INTO story_source_texts (release_id, source_id, story_id, seq, shingles)
                VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (release_id) DO UPDATE SET source_id = EXCLUDED.source_id, story_id = EXCLUDED.story_id,
                    seq = EXCLUDED.seq, shingles = EXCLUDED.shingles""")) {
            boolean any = false;
            for (UUID source : changedSources) {
                for (Entry entry : bySource.get(source).entries) {
                    if (!entry.fresh()) {
                        continue;
                    }
                    upsert.setObject(1, entry.release());
                    upsert.setObject(2, source);
                    upsert.setObject(3, entry.story());
                    upsert.setLong(4, seqs.get(entry.release()));
                    upsert.setArray(5, bigints(connection, entry.shingles()));
                    upsert.addBatch();
                    any = true;
                }
            }
            if (any) {
                upsert.executeBatch();
            }
        }
        // only the shingles whose boilerplate status changed since the last save (or the load) are written
        List<Long> removedShingles = new ArrayList<>();
        List<UUID> removedSources = new ArrayList<>();
        List<Long> addedShingles = new ArrayList<>();
        List<UUID> addedSources = new ArrayList<>();
        for (UUID source : changedSources) {
            bySource.get(source).changedSinceStored((shingle, boilerplate) -> {
                (boilerplate ? addedShingles : removedShingles).add(shingle);
                (boilerplate ? addedSources : removedSources).add(source);
            });
        }
        if (!removedShingles.isEmpty()) {
            try (PreparedStatement delete = connection.prepareStatement("""
                    DELETE FROM story_boilerplate b USING unnest(?::bigint[], ?::uuid[]) AS d (shingle, source_id)
                    WHERE b.shingle = d.shingle AND b.source_id = d.source_id""")) {
                delete.setArray(1, connection.createArrayOf("bigint", removedShingles.toArray()));
                delete.setArray(2, connection.createArrayOf("uuid", removedSources.toArray()));
                delete.executeUpdate();
            }
        }
        if (!addedShingles.isEmpty()) {
            try (PreparedStatement insert = connection.prepareStatement("""
                    INSERT INTO story_boilerplate (shingle, source_id)
                    SELECT * FROM unnest(?::bigint[], ?::uuid[]) ON CONFLICT DO NOTHING""")) {
                insert.setArray(1, connection.createArrayOf("bigint", addedShingles.toArray()));
                insert.setArray(2, connection.createArrayOf("uuid", addedSources.toArray()));
                insert.executeUpdate();
            }
        }
        // what is in memory is now what is stored
        for (UUID source : changedSources) {
            bySource.get(source).stored();
        }
        changedSources.clear();
        dropped.clear();
    }

    /** Lets go of the least recently used sources beyond {@code sources} (between batches only). */
    void retainAtMost(int sources) {
        changes++;
        for (Iterator<Releases> it = bySource.values().iterator(); bySource.size() > sources && it.hasNext(); ) {
            it.next().forget();
            it.remove();
        }
    }

    /** A count that changes whenever the history does: equal counts, equal answers to the same questions. */
    long changes() {
        return changes;
    }

    int sources() {
        return bySource.size();
    }

    private static Array bigints(Connection connection, long[] values) throws SQLException {
        Long[] boxed = new Long[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return connection.createArrayOf("bigint", boxed);
    }

    private record Entry(UUID release, UUID story, long[] shingles, boolean fresh) {
    }

    /** One source's last releases, oldest first, with an index: shingle → story → releases containing it. */
    private static final class Releases {

        private final UUID source;
        private final LongObjectMap<Set<UUID>> boilerplateOf;
        private final Deque<Entry> entries = new ArrayDeque<>();
        private final LongObjectMap<StoryCounts> stories = new LongObjectMap<>(1024);
        /**
         * The shingles that became boilerplate or stopped being it an odd number of times since the history was
         * stored (loaded or saved): those whose row in story_boilerplate must be added or deleted.
         */
        private final LongObjectMap<Boolean> flipped = new LongObjectMap<>();

        Releases(UUID source, LongObjectMap<Set<UUID>> boilerplateOf) {
            this.source = source;
            this.boilerplateOf = boilerplateOf;
        }

        interface Change {
            void changed(long shingle, boolean boilerplate);
        }

        /** Each shingle whose boilerplate status differs from the stored one, with its status now. */
        void changedSinceStored(Change change) {
            flipped.forEach((shingle, ignored) -> {
                StoryCounts of = stories.get(shingle);
                change.changed(shingle, of != null && of.size() >= 2);
            });
        }

        private void flip(long shingle) {
            if (flipped.remove(shingle) == null) {
                flipped.put(shingle, Boolean.TRUE);
            }
        }

        void append(Entry entry) {
            entries.addLast(entry);
            for (long shingle : entry.shingles()) {
                StoryCounts of = stories.get(shingle);
                if (of == null) {
                    of = new StoryCounts();
                    stories.put(shingle, of);
                }
                int before = of.size();
                of.add(entry.story());
                if (before < 2 && of.size() >= 2) {
                    flip(shingle);
                    Set<UUID> sources = boilerplateOf.get(shingle);
                    if (sources == null) {
                        sources = new HashSet<>(4);
                        boilerplateOf.put(shingle, sources);
                    }
                    sources.add(source);
                }
            }
        }

        void remove(UUID release) {
            for (Iterator<Entry> it = entries.iterator(); it.hasNext(); ) {
                Entry entry = it.next();
                if (entry.release().equals(release)) {
                    it.remove();
                    for (long shingle : entry.shingles()) {
                        StoryCounts of = stories.get(shingle);
                        int before = of.size();
                        of.removeOne(entry.story());
                        if (before >= 2 && of.size() < 2) {
                            flip(shingle);
                            Set<UUID> sources = boilerplateOf.get(shingle);
                            sources.remove(source);
                            if (sources.isEmpty()) {
                                boilerplateOf.remove(shingle);
                            }
                        }
                        if (of.isEmpty()) {
                            stories.remove(shingle);
                        }
                    }
                    return;
                }
            }
        }

        /** What is in memory is what is stored (after a load or a save): no entry fresh, nothing flipped. */
        void stored() {
            flipped.clear();
            List<Entry> all = new ArrayList<>(entries);
            entries.clear();
            for (Entry entry : all) {
                entries.addLast(entry.fresh() ? new Entry(entry.release(), entry.story(), entry.shingles(), false) : entry);
            }
        }

        /** Takes this source out of the index of boilerplate, before it is let go. */
        void forget() {
            stories.forEach((shingle, of) -> {
                if (of.size() >= 2) {
                    Set<UUID> sources = boilerplateOf.get(shingle);
                    sources.remove(source);
                    if (sources.isEmpty()) {
                        boilerplateOf.remove(shingle);
                    }
                }
            });
        }

        Entry find(UUID release) {
            for (Entry entry : entries) {
                if (entry.release().equals(release)) {
                    return entry;
                }
            }
            return null;
        }

        /** In two stories or more, the release's own earlier version ({@code own}, if any) not counted. */
        boolean isBoilerplate(long shingle, Entry own) {
            StoryCounts of = stories.get(shingle);
            if (of == null || of.size() < 2) {
                return false;
            }
            if (own == null || of.count(own.story()) > 1
                    || java.util.Arrays.binarySearch(own.shingles(), shingle) < 0) {
                return true;
            }
            return of.size() > 2;
        }
    }

    /** How many of a source's kept releases of each story contain one shingle: a few stories, mostly one. */
    private static final class StoryCounts {

        private UUID[] stories = new UUID[1];
        private int[] counts = new int[1];
        private int size;

        /** Distinct stories. */
        int size() {
            return size;
        }

        boolean isEmpty() {
            return size == 0;
        }

        int count(UUID story) {
            for (int i = 0; i < size; i++) {
                if (stories[i].equals(story)) {
                    return counts[i];
                }
            }
            return 0;
        }

        void add(UUID story) {
            for (int i = 0; i < size; i++) {
                if (stories[i].equals(story)) {
                    counts[i]++;
                    return;
                }
            }
            if (size == stories.length) {
                stories = java.util.Arrays.copyOf(stories, size * 2);
                counts = java.util.Arrays.copyOf(counts, size * 2);
            }
            stories[size] = story;
            counts[size++] = 1;
        }

        void removeOne(UUID story) {
            for (int i = 0; i < size; i++) {
                if (stories[i].equals(story)) {
                    if (--counts[i] == 0) {
                        size--;
                        stories[i] = stories[size];
                        counts[i] = counts[size];
                        stories[size] = null;
                    }
                    return;
                }
            }
        }
    }
}
