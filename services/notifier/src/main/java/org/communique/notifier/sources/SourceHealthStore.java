package org.communique.notifier.sources;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.communique.contracts.SourceHealth;
import org.communique.contracts.SourceStatus;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The {@code source_health} table: the latest health of each source, and which subscriptions name it. */
@ApplicationScoped
public class SourceHealthStore {

    // equal changed_at is a redelivery: nothing to change, nobody to tell again
    private static final String UPSERT = """
            INSERT INTO source_health (source_id, source_name, status, consecutive_failures, last_error, changed_at)
            VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (source_id) DO UPDATE
                SET source_name = EXCLUDED.source_name, status = EXCLUDED.status,
                    consecutive_failures = EXCLUDED.consecutive_failures, last_error = EXCLUDED.last_error,
                    changed_at = EXCLUDED.changed_at
                WHERE source_health.changed_at < EXCLUDED.changed_at
            """;

    private static final String FAILING = """
            SELECT * FROM source_health WHERE source_id = ANY(?) AND status = 'FAILING'
            ORDER BY changed_at DESC, source_id
            """;

    // the filter's sources are UUIDs (SubscriptionFilter), stored as strings in the jsonb
    private static final String NAMED_BY = """
            SELECT s.id AS subscription_id, h.*
            FROM subscriptions s
            CROSS JOIN LATERAL jsonb_array_elements_text(s.filter -> 'sources') AS named(source_id)
            JOIN source_health h ON h.source_id::text = named.source_id
            WHERE s.id = ANY(?)
            """;

    // failing first, then by name: what an operator looks at first
    private static final String ALL = """
            SELECT * FROM source_health
            ORDER BY status = 'FAILING' DESC, source_name, source_id
            LIMIT ?
            """;

    private final AgroalDataSource dataSource;

    public SourceHealthStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Stores the record unless the stored health changed at the same time or later; true if stored. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean record(SourceHealth health) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setObject(1, health.source().id());
            upsert.setString(2, health.source().name());
            upsert.setString(3, health.status().name());
            upsert.setInt(4, health.consecutiveFailures());
            upsert.setString(5, health.lastError());
            upsert.setObject(6, OffsetDateTime.ofInstant(health.changedAt(), ZoneOffset.UTC));
            return upsert.executeUpdate() > 0;
        } catch (SQLException e) {
            throw new PersistenceException("cannot store the health of source " + health.source().id(), e);
        }
    }

    /** Those of these sources that are FAILING now, the most recent failure first. */
    public List<SourceState> failing(Collection<UUID> sourceIds) {
        List<SourceState> failing = new ArrayList<>();
        if (sourceIds.isEmpty()) {
            return failing;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(FAILING)) {
            Array ids = connection.createArrayOf("uuid", sourceIds.toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    failing.add(state(rows));
                }
            }
            ids.free();
            return failing;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read which sources are failing", e);
        }
    }

    /**
     * The latest known health of every source the filters of these subscriptions name, by subscription,
     * read in one query; sources with no health record yet are left out.
     */
    public Map<UUID, List<SourceState>> namedBy(Collection<UUID> subscriptionIds) {
        Map<UUID, List<SourceState>> named = new HashMap<>();
        if (subscriptionIds.isEmpty()) {
            return named;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(NAMED_BY)) {
            Array ids = connection.createArrayOf("uuid", subscriptionIds.toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    named.computeIfAbsent(rows.getObject("subscription_id", UUID.class), id -> new ArrayList<>())
                            .add(state(rows));
                }
            }
            ids.free();
            named.values().forEach(states -> states.sort(Comparator.comparing(SourceState::changedAt)));
            return named;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the health of the sources subscriptions name", e);
        }
    }

    /** The latest health of every source heard of (at most {@code max}), the failing ones first. */
    public List<SourceState> all(int max) {
        List<SourceState> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(ALL)) {
            select.setInt(1, max);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    all.add(state(rows));
                }
            }
            return all;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the health of the sources", e);
        }
    }

    private static SourceState state(ResultSet row) throws SQLException {
        return new SourceState(row.getObject("source_id", UUID.class), row.getString("source_name"),
                SourceStatus.valueOf(row.getString("status")), row.getInt("consecutive_failures"),
                row.getString("last_error"), row.getObject("changed_at", OffsetDateTime.class).toInstant());
    }
}
