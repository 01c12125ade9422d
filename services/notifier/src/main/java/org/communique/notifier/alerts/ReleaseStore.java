package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.communique.contracts.EnrichedRelease;
import org.communique.contracts.EventJson;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

import static org.communique.notifier.alerts.Timestamps.utc;

/**
 * The {@code releases} table: the latest version of each release that produced alerts, stored once
 * however many subscriptions it matched. Deliveries send what is stored here.
 */
@ApplicationScoped
public class ReleaseStore {

    private static final String UPSERT = """
            INSERT INTO releases (id, version, payload, received_at) VALUES (?, ?, ?::jsonb, ?)
            ON CONFLICT (id) DO UPDATE
                SET version = EXCLUDED.version, payload = EXCLUDED.payload, received_at = EXCLUDED.received_at
                WHERE releases.version < EXCLUDED.version
            """;

    // the newest version of each release in the batch (one statement may not update a row twice). The payloads
    // go as the UTF-8 bytes the consumer encoded, in binary: as a text array the driver copied each into a
    // String, escaped it into the array's literal and encoded that to UTF-8 again: a fifth of the notifier's
    // execution samples at 200 releases/s with five webhooks each
    private static final String UPSERT_ALL = """
            INSERT INTO releases (id, version, payload, received_at)
            SELECT DISTINCT ON (id) id, version, convert_from(payload, 'UTF8')::jsonb, ?
            FROM unnest(?::uuid[], ?::int[], ?::bytea[]) AS r(id, version, payload)
            ORDER BY id, version DESC
            ON CONFLICT (id) DO UPDATE
                SET version = EXCLUDED.version, payload = EXCLUDED.payload, received_at = EXCLUDED.received_at
                WHERE releases.version < EXCLUDED.version
            """;

    private final AgroalDataSource dataSource;

    public ReleaseStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the release unless a newer or equal version is already there. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void store(EnrichedRelease enriched, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, enriched.release().id());
            upsert.setInt(2, enriched.release().version());
            upsert.setString(3, EventJson.encode(enriched));
            upsert.setObject(4, utc(now));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot store release " + enriched.release().id(), e);
        }
    }

    /**
     * Stores each release unless a newer or equal version is already there, in one statement, as the consumer
     * encoded it for the bodies (the canonical form: valid JSON, jsonb orders its keys anyway).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void storeAll(List<EncodedRelease> releases, Instant now) {
        if (releases.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(UPSERT_ALL)) {
            upsert.setObject(1, utc(now));
            upsert.setArray(2, connection.createArrayOf("uuid",
                    releases.stream().map(r -> r.enriched().release().id()).toArray()));
            upsert.setArray(3, connection.createArrayOf("integer",
                    releases.stream().map(r -> r.enriched().release().version()).toArray()));
            upsert.setArray(4, connection.createArrayOf("bytea",
                    releases.stream().map(EncodedRelease::json).toArray(byte[][]::new)));
            upsert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot store " + releases.size() + " releases", e);
        }
    }
}
