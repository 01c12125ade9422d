package org.communique.ingest.releases;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import org.communique.contracts.EventJson;
import org.communique.ingest.IngestConfig;
import org.communique.ingest.stories.StoryQueue;
import org.communique.outbox.OutboxEvent;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Stores a batch of submissions in the caller's transaction with a handful of set-based statements, whatever
 * the batch's size: the idempotency keys claimed in one insert, the existing releases locked in one select,
 * the new ones inserted in one statement, the revised ones updated in one, and every new version's event
 * queued in one. Submissions of one release are applied in arrival order in memory, so each content change
 * still gets exactly one new version and one event, as {@link ReleaseIngestor} does one request at a time;
 * rows are locked in id order, so concurrent batches (other writers, other instances, the pollers) wait for
 * each other rather than deadlock.
 */
@ApplicationScoped
public class BatchWriter {

    private static final Comparator<KeyRef> KEY_ORDER =
            Comparator.comparing(KeyRef::source).thenComparing(KeyRef::key);

    private final AgroalDataSource dataSource;
    private final StoryQueue stories;
    private final IngestConfig config;

    BatchWriter(AgroalDataSource dataSource, StoryQueue stories, IngestConfig config) {
        this.dataSource = dataSource;
        this.stories = stories;
        this.config = config;
    }

    /** What one submission of the batch gets: an answer, or a problem (a reused idempotency key). */
    record Outcome(IdempotentSubmissions.Answer answer, RuntimeException failure) {
    }

    private record KeyRef(UUID source, String key) {
    }

    /** A key's answer as stored by an earlier request. */
    private record Stored(String requestHash, IngestReceipt receipt) {
    }

    /** The outcome of each submission, in batch order; fails as a whole if any statement fails. */
    @Transactional(Transactional.TxType.MANDATORY)
    List<Outcome> write(List<PendingSubmission> batch) throws SQLException {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Outcome[] outcomes = new Outcome[batch.size()];
        // the connection is the transaction's own: Agroal hands out the one enlisted in it
        try (Connection connection = dataSource.getConnection()) {
            Map<KeyRef, Integer> owners = new LinkedHashMap<>();
            for (int i = 0; i < batch.size(); i++) {
                if (batch.get(i).key != null) {
                    owners.putIfAbsent(keyOf(batch.get(i)), i);
                }
            }
            Set<KeyRef> claimed = new HashSet<>();
            Map<KeyRef, Stored> stored = new HashMap<>();
            if (!owners.isEmpty()) {
                claimKeys(connection, owners.keySet(), batch, owners, now, claimed, stored);
            }

            List<Integer> toIngest = new ArrayList<>();
            for (int i = 0; i < batch.size(); i++) {
                PendingSubmission pending = batch.get(i);
                if (pending.key == null) {
                    toIngest.add(i);
                    continue;
                }
                KeyRef ref = keyOf(pending);
                if (owners.get(ref) != i) {
                    continue; // a repeat of a key earlier in the batch: answered below, like its first
                }
                if (claimed.contains(ref)) {
                    toIngest.add(i);
                } else {
                    outcomes[i] = replay(stored.get(ref), pending);
                }
            }

            Map<Integer, IngestReceipt> receipts = ingest(connection, batch, toIngest, now);
            receipts.forEach((i, receipt) -> outcomes[i] = new Outcome(new IdempotentSubmissions.Answer(receipt, false),
                    null));

            for (int i = 0; i < batch.size(); i++) {
                if (outcomes[i] == null) {
                    KeyRef ref = keyOf(batch.get(i));
                    int owner = owners.get(ref);
                    Stored first = claimed.contains(ref)
                            ? new Stored(batch.get(owner).requestHash, receipts.get(owner))
                            : stored.get(ref);
                    outcomes[i] = replay(first, batch.get(i));
                }
            }

            Map<KeyRef, IngestReceipt> answers = new TreeMap<>(KEY_ORDER);
            for (KeyRef ref : claimed) {
                answers.put(ref, receipts.get(owners.get(ref)));
            }
            storeAnswers(connection, answers);
        }
        return List.of(outcomes);
    }

    private Outcome replay(Stored first, PendingSubmission pending) {
        if (!first.requestHash().equals(pending.requestHash)) {
            return new Outcome(null, IdempotentSubmissions.reused(config));
        }
        return new Outcome(new IdempotentSubmissions.Answer(first.receipt(), true), null);
    }

    private static KeyRef keyOf(PendingSubmission pending) {
        return new KeyRef(pending.source.id(), pending.key);
    }

    /**
     * Claims the keys that are free (one insert, in key order, waiting for a concurrent transaction holding
     * one of them), and reads the others: young ones are replayed, expired ones claimed afresh.
     */
    private void claimKeys(Connection connection, Collection<KeyRef> keys, List<PendingSubmission> batch,
                           Map<KeyRef, Integer> owners, Instant now, Set<KeyRef> claimed, Map<KeyRef, Stored> stored)
            throws SQLException {
        List<KeyRef> sorted = keys.stream().sorted(KEY_ORDER).toList();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO idempotency_keys (source_id, key, request_hash, created_at)
                SELECT * FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[])
                ON CONFLICT DO NOTHING
                RETURNING source_id, key""")) {
            insert.setArray(1, array(connection, "uuid", sorted, KeyRef::source));
            insert.setArray(2, array(connection, "text", sorted, KeyRef::key));
            insert.setArray(3, array(connection, "text", sorted, ref -> batch.get(owners.get(ref)).requestHash));
            insert.setArray(4, array(connection, "text", sorted, ref -> now.toString()));
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new KeyRef(rows.getObject(1, UUID.class), rows.getString(2)));
                }
            }
        }
        List<KeyRef> taken = sorted.stream().filter(ref -> !claimed.contains(ref)).toList();
        if (taken.isEmpty()) {
            return;
        }
        Instant youngest = now.minus(config.idempotency().retention());
        List<KeyRef> expired = new ArrayList<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT source_id, key, request_hash, created_at, response FROM idempotency_keys
                WHERE (source_id, key) IN (SELECT * FROM unnest(?::uuid[], ?::text[]))
                ORDER BY source_id, key
                FOR UPDATE""")) {
            select.setArray(1, array(connection, "uuid", taken, KeyRef::source));
            select.setArray(2, array(connection, "text", taken, KeyRef::key));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    KeyRef ref = new KeyRef(rows.getObject(1, UUID.class), rows.getString(2));
                    Instant createdAt = rows.getObject(4, OffsetDateTime.class).toInstant();
                    String response = rows.getString(5);
                    if (!createdAt.isAfter(youngest)) {
                        expired.add(ref);
                    } else if (response == null) {
                        throw new IllegalStateException("idempotency key row without an answer");
                    } else {
                        stored.put(ref, new Stored(rows.getString(3), EventJson.decode(response, IngestReceipt.class)));
                    }
                }
            }
        }
        if (stored.size() + expired.size() != taken.size()) {
            throw new IllegalStateException("an idempotency key vanished while it was being claimed");
        }
        if (!expired.isEmpty()) {
            // an expired key is a new key
            try (PreparedStatement reset = connection.prepareStatement("""
                    UPDATE idempotency_keys k SET request_hash = u.hash, created_at = u.now, status = NULL,
                           response = NULL, location = NULL
                    FROM unnest(?::uuid[], ?::text[], ?::text[], ?::timestamptz[]) AS u (source, key, hash, now)
                    WHERE k.source_id = u.source AND k.key = u.key""")) {
                reset.setArray(1, array(connection, "uuid", expired, KeyRef::source));
                reset.setArray(2, array(connection, "text", expired, KeyRef::key));
                reset.setArray(3, array(connection, "text", expired, ref -> batch.get(owners.get(ref)).requestHash));
                reset.setArray(4, array(connection, "text", expired, ref -> now.toString()));
                reset.executeUpdate();
            }
            claimed.addAll(expired);
        }
    }

    private static void storeAnswers(Connection connection, Map<KeyRef, IngestReceipt> answers) throws SQLException {
        if (answers.isEmpty()) {
            return;
        }
        List<KeyRef> refs = new ArrayList<>(answers.keySet());
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE idempotency_keys k SET status = 202, response = u.response, location = u.location
                FROM unnest(?::uuid[], ?::text[], ?::text[], ?::text[]) AS u (source, key, response, location)
                WHERE k.source_id = u.source AND k.key = u.key""")) {
            update.setArray(1, array(connection, "uuid", refs, KeyRef::source));
            update.setArray(2, array(connection, "text", refs, KeyRef::key));
            update.setArray(3, array(connection, "text", refs, ref -> EventJson.encode(answers.get(ref))));
            update.setArray(4, array(connection, "text", refs,
                    ref -> ReleaseResource.PATH + "/" + answers.get(ref).id()));
            update.executeUpdate();
        }
    }

    /** Stores the submissions at these indexes, in order; their receipts by index. */
    private Map<Integer, IngestReceipt> ingest(Connection connection, List<PendingSubmission> batch,
                                               List<Integer> indexes, Instant now) throws SQLException {
        Map<Integer, IngestReceipt> receipts = new HashMap<>();
        if (indexes.isEmpty()) {
            return receipts;
        }
        Set<UUID> ids = new TreeSet<>();
        indexes.forEach(i -> ids.add(batch.get(i).releaseId));
        Map<UUID, Release> current = lockExisting(connection, ids);

        // a release new to the database is inserted with its first submission of the batch
        Map<UUID, Release> fresh = new TreeMap<>();
        for (int i : indexes) {
            PendingSubmission pending = batch.get(i);
            if (!current.containsKey(pending.releaseId) && !fresh.containsKey(pending.releaseId)) {
                fresh.put(pending.releaseId, Release.firstVersion(pending.releaseId, pending.source.id(),
                        pending.draft, now));
            }
        }
        Set<UUID> inserted = insertAbsent(connection, fresh.values());
        Set<UUID> lost = new TreeSet<>(fresh.keySet());
        lost.removeAll(inserted);
        if (!lost.isEmpty()) {
            // inserted meanwhile by a transaction that has committed since (the insert waited for it)
            current.putAll(lockExisting(connection, lost));
        }

        Map<UUID, Release> latest = new HashMap<>(current);
        Map<UUID, Release> revised = new TreeMap<>();
        List<OutboxEvent> events = new ArrayList<>();
        for (int i : indexes) {
            PendingSubmission pending = batch.get(i);
            UUID id = pending.releaseId;
            if (!latest.containsKey(id)) {
                Release created = fresh.get(id);
                latest.put(id, created);
                events.add(ReleaseEvents.ingested(created, pending.source));
                receipts.put(i, new IngestReceipt(id, created.version, IngestStatus.CREATED));
                continue;
            }
            Release release = latest.get(id);
            if (release.contentHash.equals(pending.draft.contentHash())) {
                receipts.put(i, new IngestReceipt(id, release.version, IngestStatus.UNCHANGED));
                continue;
            }
            release.revise(pending.draft, now);
            revised.put(id, release);
            events.add(ReleaseEvents.ingested(release, pending.source));
            receipts.put(i, new IngestReceipt(id, release.version, IngestStatus.UPDATED));
        }
        update(connection, revised.values());
        stories.enqueueAll(connection, events);
        return receipts;
    }

    /** The existing releases among these, locked in id order; only what a new version needs is read. */
    private static Map<UUID, Release> lockExisting(Connection connection, Collection<UUID> ids) throws SQLException {
        Map<UUID, Release> existing = new HashMap<>();
        try (PreparedStatement select = connection.prepareStatement("""
                SELECT id, source_id, version, content_hash, first_ingested_at, story_id FROM releases
                WHERE id = ANY (?) ORDER BY id FOR UPDATE""")) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    Release release = new Release();
                    release.id = rows.getObject(1, UUID.class);
                    release.sourceId = rows.getObject(2, UUID.class);
                    release.version = rows.getInt(3);
                    release.contentHash = rows.getString(4);
                    release.firstIngestedAt = rows.getObject(5, OffsetDateTime.class).toInstant();
                    release.storyId = rows.getObject(6, UUID.class);
                    existing.put(release.id, release);
                }
            }
        }
        return existing;
    }

    /** Inserts the releases (in id order) that no row exists for yet; the ids inserted. */
    private static Set<UUID> insertAbsent(Connection connection, Collection<Release> releases) throws SQLException {
        Set<UUID> inserted = new HashSet<>();
        if (releases.isEmpty()) {
            return inserted;
        }
        List<Release> rows = List.copyOf(releases);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO releases (id, source_id, version, external_id, url, canonical_url, language, title, body,
                                      published_at, ingested_at, first_ingested_at, content_hash)
                SELECT * FROM unnest(?::uuid[], ?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[],
                                     ?::text[], ?::text[], ?::timestamptz[], ?::timestamptz[], ?::timestamptz[],
                                     ?::text[])
                ON CONFLICT DO NOTHING
                RETURNING id""")) {
            insert.setArray(1, array(connection, "uuid", rows, r -> r.id));
            insert.setArray(2, array(connection, "uuid", rows, r -> r.sourceId));
            insert.setArray(3, array(connection, "int4", rows, r -> r.version));
            insert.setArray(4, array(connection, "text", rows, r -> r.externalId));
            insert.setArray(5, array(connection, "text", rows, r -> r.url));
            insert.setArray(6, array(connection, "text", rows, r -> r.canonicalUrl));
            insert.setArray(7, array(connection, "text", rows, r -> r.language));
            insert.setArray(8, array(connection, "text", rows, r -> r.title));
            insert.setArray(9, array(connection, "text", rows, r -> r.body));
            insert.setArray(10, array(connection, "text", rows, r -> text(r.publishedAt)));
            insert.setArray(11, array(connection, "text", rows, r -> text(r.ingestedAt)));
            insert.setArray(12, array(connection, "text", rows, r -> text(r.firstIngestedAt)));
            insert.setArray(13, array(connection, "text", rows, r -> r.contentHash));
            try (ResultSet ids = insert.executeQuery()) {
                while (ids.next()) {
                    inserted.add(ids.getObject(1, UUID.class));
                }
            }
        }
        return inserted;
    }

    /** Writes the latest version of each revised release, in id order. */
    private static void update(Connection connection, Collection<Release> releases) throws SQLException {
        if (releases.isEmpty()) {
            return;
        }
        List<Release> rows = List.copyOf(releases);
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE releases r SET version = u.version, external_id = u.external_id, url = u.url,
                       canonical_url = u.canonical_url, language = u.language, title = u.title, body = u.body,
                       published_at = u.published_at, ingested_at = u.ingested_at, content_hash = u.content_hash
                FROM unnest(?::uuid[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::timestamptz[], ?::timestamptz[], ?::text[])
                     AS u (id, version, external_id, url, canonical_url, language, title, body, published_at,
                           ingested_at, content_hash)
                WHERE r.id = u.id""")) {
            update.setArray(1, array(connection, "uuid", rows, r -> r.id));
            update.setArray(2, array(connection, "int4", rows, r -> r.version));
            update.setArray(3, array(connection, "text", rows, r -> r.externalId));
            update.setArray(4, array(connection, "text", rows, r -> r.url));
            update.setArray(5, array(connection, "text", rows, r -> r.canonicalUrl));
            update.setArray(6, array(connection, "text", rows, r -> r.language));
            update.setArray(7, array(connection, "text", rows, r -> r.title));
            update.setArray(8, array(connection, "text", rows, r -> r.body));
            update.setArray(9, array(connection, "text", rows, r -> text(r.publishedAt)));
            update.setArray(10, array(connection, "text", rows, r -> text(r.ingestedAt)));
            update.setArray(11, array(connection, "text", rows, r -> r.contentHash));
            update.executeUpdate();
        }
    }

    // timestamps go as ISO-8601 text (with their zone), whatever the JVM's time zone
    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static <T> Array array(Connection connection, String type, List<T> rows, Function<T, Object> field)
            throws SQLException {
        return connection.createArrayOf(type, rows.stream().map(field).toArray());
    }
}
