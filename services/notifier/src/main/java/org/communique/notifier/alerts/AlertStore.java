package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static org.communique.notifier.alerts.Timestamps.utc;

/** The {@code alerts} table: one row per (subscription, release), used as a delivery queue. */
@ApplicationScoped
public class AlertStore {

    private static final String INSERT_PENDING = """
            INSERT INTO alerts (id, subscription_id, release_id, release_version, status, attempts,
                                next_attempt_at, created_at)
            SELECT gen_random_uuid(), subscription_id, ?, ?, 'PENDING', 0, ?, ?
            FROM unnest(?::uuid[]) AS matched(subscription_id)
            ON CONFLICT (subscription_id, release_id) DO NOTHING
            """;

    // Leases due alerts by pushing next_attempt_at past the lease; SKIP LOCKED lets instances share the queue.
    private static final String CLAIM_DUE = """
            WITH due AS (
                SELECT a.id
                FROM alerts a
                JOIN subscriptions s ON s.id = a.subscription_id
                WHERE a.status = 'PENDING' AND a.next_attempt_at <= ? AND s.channel_type = ?
                ORDER BY a.next_attempt_at
                LIMIT ?
                FOR UPDATE OF a SKIP LOCKED)
            UPDATE alerts a SET next_attempt_at = ?
            FROM due, subscriptions s, releases r
            WHERE a.id = due.id AND s.id = a.subscription_id AND r.id = a.release_id
            RETURNING a.id, a.subscription_id, a.release_id, a.attempts, a.created_at,
                      s.target, s.webhook_secret, s.status = 'ACTIVE' AS active, r.payload
            """;

    // attempts = ? makes a stale lease (another instance already recorded this attempt) a no-op
    private static final String COMPLETE_ATTEMPT = """
            UPDATE alerts SET attempts = ?, status = ?, next_attempt_at = ?, completed_at = ?
            WHERE id = ? AND attempts = ? AND status = 'PENDING'
            """;

    private static final String CANCEL = """
            UPDATE alerts SET status = 'CANCELLED', next_attempt_at = NULL, completed_at = ?
            WHERE id = ? AND status = 'PENDING'
            """;

    private final AgroalDataSource dataSource;

    public AlertStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Creates a pending alert per subscription unless one exists for this release; returns how many. */
    @Transactional(Transactional.TxType.MANDATORY)
    public int insertPending(List<UUID> subscriptionIds, UUID releaseId, int releaseVersion, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(INSERT_PENDING)) {
            insert.setObject(1, releaseId);
            insert.setInt(2, releaseVersion);
            insert.setObject(3, utc(now));
            insert.setObject(4, utc(now));
            insert.setArray(5, connection.createArrayOf("uuid", subscriptionIds.toArray()));
            return insert.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot insert alerts for release " + releaseId, e);
        }
    }

    @Transactional
    public List<ClaimedAlert> claimDue(String channelType, int limit, Instant now, Instant leaseUntil) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            claim.setObject(1, utc(now));
            claim.setString(2, channelType);
            claim.setInt(3, limit);
            claim.setObject(4, utc(leaseUntil));
            List<ClaimedAlert> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedAlert(
                            rows.getObject("id", UUID.class),
                            rows.getObject("subscription_id", UUID.class),
                            rows.getObject("release_id", UUID.class),
                            rows.getInt("attempts"),
                            rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rows.getString("target"),
                            rows.getString("webhook_secret"),
                            rows.getBoolean("active"),
                            rows.getString("payload")));
                }
            }
            return claimed;
        } catch (SQLException e) {
            throw new PersistenceException("cannot claim due alerts", e);
        }
    }

    /**
     * Records the outcome of attempt number {@code attempts}. Returns false, changing nothing, when the
     * alert no longer is in the state the attempt started from.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean completeAttempt(UUID alertId, int previousAttempts, int attempts, AlertStatus status,
                                   Instant nextAttemptAt, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(COMPLETE_ATTEMPT)) {
            update.setInt(1, attempts);
            update.setString(2, status.name());
            if (nextAttemptAt == null) {
                update.setNull(3, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(3, utc(nextAttemptAt));
            }
            if (status == AlertStatus.PENDING) {
                update.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                update.setObject(4, utc(now));
            }
            update.setObject(5, alertId);
            update.setInt(6, previousAttempts);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("cannot record an attempt of alert " + alertId, e);
        }
    }

    @Transactional
    public void cancel(UUID alertId, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement cancel = connection.prepareStatement(CANCEL)) {
            cancel.setObject(1, utc(now));
            cancel.setObject(2, alertId);
            cancel.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot cancel alert " + alertId, e);
        }
    }
}
