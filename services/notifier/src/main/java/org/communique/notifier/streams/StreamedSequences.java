package org.communique.notifier.streams;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The newest alert number of many subscriptions in one query, so that idle streams cost nothing each. */
@ApplicationScoped
public class StreamedSequences {

    private static final String NEWEST = "SELECT id, last_alert_seq FROM subscriptions WHERE id = ANY (?)";

    private final AgroalDataSource dataSource;

    public StreamedSequences(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    Map<UUID, Long> newest(Set<UUID> subscriptions) {
        Map<UUID, Long> newest = new HashMap<>();
        if (subscriptions.isEmpty()) {
            return newest;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(NEWEST)) {
            Array ids = connection.createArrayOf("uuid", subscriptions.toArray());
            select.setArray(1, ids);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    newest.put(rows.getObject(1, UUID.class), rows.getLong(2));
                }
            }
            return newest;
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the newest alerts of the streamed subscriptions", e);
        }
    }
}
