package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Reads a subscription's alerts by sequence number, whatever their delivery state. */
@ApplicationScoped
public class AlertHistory {

    private static final String AFTER = """
            SELECT a.id, a.subscription_id, a.seq, a.created_at, r.payload
            FROM alerts a JOIN releases r ON r.id = a.release_id
            WHERE a.subscription_id = ? AND a.seq > ? ORDER BY a.seq LIMIT ?
            """;
    private static final String LATEST = """
            SELECT a.id, a.subscription_id, a.seq, a.created_at, r.payload
            FROM alerts a JOIN releases r ON r.id = a.release_id
            WHERE a.subscription_id = ? ORDER BY a.seq DESC LIMIT ?
            """;

    private final AgroalDataSource dataSource;

    public AlertHistory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Alerts numbered after {@code seq}, oldest first. */
    public List<StoredAlert> after(UUID subscriptionId, long seq, int limit) {
        return query(AFTER, subscriptionId, seq, limit);
    }

    /** The newest alerts, newest first. */
    public List<StoredAlert> latest(UUID subscriptionId, int limit) {
        return query(LATEST, subscriptionId, null, limit);
    }

    private List<StoredAlert> query(String sql, UUID subscriptionId, Long seq, int limit) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            int parameter = 1;
            select.setObject(parameter++, subscriptionId);
            if (seq != null) {
                select.setLong(parameter++, seq);
            }
            select.setInt(parameter, limit);
            List<StoredAlert> alerts = new ArrayList<>();
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    alerts.add(new StoredAlert(rows.getObject("id", UUID.class),
                            rows.getObject("subscription_id", UUID.class), rows.getLong("seq"),
                            rows.getObject("created_at", OffsetDateTime.class).toInstant(), rows.getString("payload")));
                }
            }
            return alerts;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the alerts of subscription " + subscriptionId, e);
        }
    }
}
