package org.communique.notifier.alerts;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import org.communique.notifier.NotifierConfig;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/**
 * Webhook bodies without reading and re-encoding the release once per subscriber. A release matched by
 * thousands of subscriptions is read from the {@code releases} table once per claim round, encoded once per
 * version, and kept in memory (bounded by size) while its fan-out lasts; each body is then built around it
 * ({@link AlertBodies#encodeAround}), in UTF-8: the bytes are sent and signed as they are. A body carries the version claimed or a newer one, never an older one.
 *
 * <p>The consumer hands over each release it is storing ({@link #remember}, before the first chunk of its alerts
 * commits), so the sends that follow a moment later find it here instead of reading it back from
 * PostgreSQL and decoding and encoding it again; after a restart, on another instance, or once evicted, the
 * table is read as before. Either way the bytes are the same: {@link AlertBodies#canonical} encodes the
 * release the same whether it was decoded from the table (jsonb orders object keys its own way) or not.
 */
@ApplicationScoped
public class ReleaseBodies {

    private static final String LOAD =
            "SELECT id, version, payload::text AS payload FROM releases WHERE id = ANY(?::uuid[])";

    private record Encoded(int version, byte[] json) {
    }

    private final AgroalDataSource dataSource;
    private final Cache<UUID, Encoded> encoded;

    @Inject
    public ReleaseBodies(AgroalDataSource dataSource, NotifierConfig config) {
        this(dataSource, config.webhooks().releaseCacheBytes(), config.webhooks().releaseCacheEntries(),
                ForkJoinPool.commonPool());
    }

    /** {@code maintenance} runs the cache's evictions (the caller's thread in tests, to see them at once). */
    ReleaseBodies(AgroalDataSource dataSource, long bytes, int entries, Executor maintenance) {
        this.dataSource = dataSource;
        // bounds the number of entries too: each weighs at least its share of the bytes
        int least = (int) Math.min(Integer.MAX_VALUE, Math.max(1, bytes / Math.max(1, entries)));
        this.encoded = Caffeine.newBuilder()
                .maximumWeight(bytes)
                .<UUID, Encoded>weigher((id, release) -> Math.max(least, release.json().length))
                .executor(maintenance)
                .build();
    }

    /**
     * Keeps a release the consumer is about to commit to the {@code releases} table; an older version than
     * one already here is ignored.
     */
    public void remember(EncodedRelease release) {
        keep(release.enriched().release().id(), new Encoded(release.enriched().release().version(), release.json()));
    }

    /** Forgets every release kept in memory, as after a restart (tests compare both ways of building a body). */
    public void forgetAll() {
        encoded.invalidateAll();
    }

    /**
     * Reads, in one statement, the releases of these alerts that are not in memory at their version, and answers
     * each one's release (at the alert's version or newer), for the claimed deliveries to hold until their
     * bodies are built ({@link #body(ClaimedAlert, byte[])}): looked up in the cache again, a release read here
     * may be gone already, evicted or refused by a full cache, and was then read again for every alert.
     */
    public Map<UUID, byte[]> load(Collection<ClaimedAlert> alerts) {
        Map<UUID, byte[]> releases = new HashMap<>();
        Set<UUID> missing = new LinkedHashSet<>();
        for (ClaimedAlert alert : alerts) {
            Encoded kept = encoded.getIfPresent(alert.releaseId());
            if (kept != null && kept.version() >= alert.releaseVersion()) {
                releases.putIfAbsent(alert.releaseId(), kept.json());
            } else {
                missing.add(alert.releaseId());
            }
        }
        if (!missing.isEmpty()) {
            // the table's version is the newest: newer than or equal to any alert's
            read(List.copyOf(missing)).forEach((id, release) -> releases.put(id, release.json()));
        }
        return releases;
    }

    /** The body of this alert around its release as {@link #load} answered it; without, {@link #body(ClaimedAlert)}. */
    public byte[] body(ClaimedAlert alert, byte[] release) {
        return release == null ? body(alert)
                : AlertBodies.encodeAround(alert.id(), alert.subscriptionId(), alert.createdAt(), release);
    }

    /** The {@code Alert} body of this alert, in UTF-8. */
    public byte[] body(ClaimedAlert alert) {
        Encoded release = encoded.getIfPresent(alert.releaseId());
        if (release == null || release.version() < alert.releaseVersion()) {
            // what was read, not what the cache kept: a full cache may evict or refuse an entry the moment it is put
            release = read(List.of(alert.releaseId())).get(alert.releaseId());
        }
        if (release == null) {
            throw new IllegalStateException("release " + alert.releaseId() + " of alert " + alert.id()
                    + " is not stored");
        }
        return AlertBodies.encodeAround(alert.id(), alert.subscriptionId(), alert.createdAt(), release.json());
    }

    private Map<UUID, Encoded> read(List<UUID> ids) {
        Map<UUID, Encoded> read = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(LOAD)) {
            select.setArray(1, connection.createArrayOf("uuid", ids.toArray()));
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject("id", UUID.class);
                    Encoded release = new Encoded(rows.getInt("version"),
                            AlertBodies.canonical(rows.getString("payload")).getBytes(StandardCharsets.UTF_8));
                    keep(id, release);
                    read.put(id, release);
                }
            }
            return read;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read " + ids.size() + " releases", e);
        }
    }

    private void keep(UUID id, Encoded release) {
        // a newer version kept meanwhile by another thread stays
        encoded.asMap().merge(id, release, (old, now) -> now.version() >= old.version() ? now : old);
    }
}
