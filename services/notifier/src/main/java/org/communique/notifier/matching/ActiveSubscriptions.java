package org.communique.notifier.matching;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * Reads subscription changes for the matching index. Every insert, and every update of a filter or a
 * status, takes the next number of the single {@code subscriptions_version} row (a trigger, see V3)
 * and stores it as the row's {@code revision}. That row is locked until the change commits, so changes
 * commit in revision order: once version V is visible, every revision up to V is too, and a reader
 * that has applied everything up to V only needs the rows with a revision above it.
 */
@ApplicationScoped
public class ActiveSubscriptions {

    public record Change(UUID id, boolean active, String filterJson) {
    }

    private static final String VERSION = "SELECT version FROM subscriptions_version";
    private static final String ALL_ACTIVE =
            "SELECT id, true AS active, filter FROM subscriptions WHERE status = 'ACTIVE' AND revision <= ?";
    private static final String CHANGED = """
            SELECT id, status = 'ACTIVE' AS active, filter FROM subscriptions
            WHERE revision > ? AND revision <= ? ORDER BY revision
            """;

    private final AgroalDataSource dataSource;

    public ActiveSubscriptions(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public long version() {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(VERSION);
             ResultSet rows = select.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new PersistenceException("cannot read the subscriptions version", e);
        }
    }

    /** Every subscription active at {@code version}. */
    public void readAll(long version, Consumer<Change> each) {
        read(ALL_ACTIVE, each, version);
    }

    /** Every subscription changed after {@code from}, up to {@code to}, in the order of the changes. */
    public void readChanges(long from, long to, Consumer<Change> each) {
        read(CHANGED, each, from, to);
    }

    private void read(String sql, Consumer<Change> each, long... parameters) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                select.setLong(i + 1, parameters[i]);
            }
            select.setFetchSize(1000);
            try (ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    each.accept(new Change(rows.getObject("id", UUID.class), rows.getBoolean("active"),
                            rows.getString("filter")));
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot read subscriptions", e);
        }
    }
}
