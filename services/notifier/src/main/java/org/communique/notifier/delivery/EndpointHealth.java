package org.communique.notifier.delivery;

import org.communique.notifier.subscriptions.DisabledReason;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * How a subscription's webhook endpoint is doing: when its current run of failures started, and
 * whether the service disabled it. Written in the transaction that records an attempt.
 */
@ApplicationScoped
public class EndpointHealth {


    private static final String FAILED = """
            UPDATE subscriptions SET failing_since = COALESCE(failing_since, ?) WHERE id = ? RETURNING failing_since
            """;
    private static final String SUCCEEDED =
            "UPDATE subscriptions SET failing_since = NULL WHERE id = ? AND failing_since IS NOT NULL";
    private static final String DISABLE = """
            UPDATE subscriptions SET status = 'DISABLED', disabled_reason = ?, disabled_at = ?
            WHERE id = ? AND status = 'ACTIVE' RETURNING disabled_at
            """;

    // the lock the recorder's updates of a subscription row take, in id order like the consumer's FOR UPDATE
    // (taken row by row as statements reach them, in batch order, the two deadlocked each other), on the rows
    // it may update only: those with an attempt that did not deliver, and those a delivery takes out of a run
    // of failures. A healthy endpoint's row is not locked, so that recording its deliveries and writing its
    // new alerts do not wait for each other
    private static final String LOCK = """
            SELECT id FROM subscriptions
            WHERE id = ANY(?::uuid[]) AND (failing_since IS NOT NULL OR id = ANY(?::uuid[]))
            ORDER BY id FOR NO KEY UPDATE
            """;

    private static final String ALL_SUCCEEDED =
            "UPDATE subscriptions SET failing_since = NULL WHERE id = ANY(?::uuid[]) AND failing_since IS NOT NULL";

    private final AgroalDataSource dataSource;

    public EndpointHealth(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Notes a failed attempt; returns when the endpoint's current run of failures started. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Instant failed(UUID subscriptionId, Instant attemptedAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(FAILED)) {
            update.setObject(1, OffsetDateTime.ofInstant(attemptedAt, ZoneOffset.UTC));
            update.setObject(2, subscriptionId);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? rows.getObject(1, OffsetDateTime.class).toInstant() : attemptedAt;
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot record a failure of subscription " + subscriptionId, e);
        }
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(UUID subscriptionId) {
        execute(SUCCEEDED, subscriptionId);
    }

    /**
     * Locks in ascending id order, before a transaction that records attempts of several subscriptions updates
     * any, the rows of those it may update: every one of {@code failed} (attempts that did not deliver), and
     * those of {@code delivered} in a run of failures. Returns the ids locked.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> lockInIdOrder(Collection<UUID> delivered, Collection<UUID> failed) {
        if (delivered.isEmpty() && failed.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(LOCK)) {
            Set<UUID> all = new HashSet<>(delivered);
            all.addAll(failed);
            lock.setArray(1, connection.createArrayOf("uuid", all.toArray()));
            lock.setArray(2, connection.createArrayOf("uuid", failed.toArray()));
            Set<UUID> locked = new HashSet<>();
            try (ResultSet rows = lock.executeQuery()) {
                while (rows.next()) {
                    locked.add(rows.getObject(1, UUID.class));
                }
            }
            return locked;
        } catch (SQLException e) {
            throw new PersistenceException("cannot lock the subscriptions of " + delivered.size() + " + "
                    + failed.size() + " attempts", e);
        }
    }

    /** Notes successful attempts of many subscriptions in one statement. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void succeeded(Collection<UUID> subscriptionIds) {
        if (subscriptionIds.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(ALL_SUCCEEDED)) {
            update.setArray(1, connection.createArrayOf("uuid", subscriptionIds.toArray()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot update " + subscriptionIds.size() + " subscriptions", e);
        }
    }

    /**
     * Disables an active subscription; its pending alerts are cancelled as they come due. Returns the
     * {@code disabled_at} as stored (the database keeps microseconds), or empty when it was not active.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Instant> disable(UUID subscriptionId, DisabledReason reason, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(DISABLE)) {
            update.setString(1, reason.name());
            update.setObject(2, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            update.setObject(3, subscriptionId);
            try (ResultSet rows = update.executeQuery()) {
                return rows.next() ? Optional.of(rows.getObject(1, OffsetDateTime.class).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot disable subscription " + subscriptionId, e);
        }
    }

    private void execute(String sql, UUID subscriptionId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(sql)) {
            update.setObject(1, subscriptionId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot update subscription " + subscriptionId, e);
        }
    }
}
