package org.communique.notifier.matching;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Tests every active subscription's filter. Its cost grows with the number of subscriptions; an index
 * over active filters can replace it behind {@link SubscriptionMatcher} without touching callers.
 */
@ApplicationScoped
public class ScanningSubscriptionMatcher implements SubscriptionMatcher {

    private static final String ACTIVE_FILTERS = "SELECT id, filter FROM subscriptions WHERE status = 'ACTIVE'";

    private final AgroalDataSource dataSource;

    public ScanningSubscriptionMatcher(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public List<UUID> matching(ReleaseFacts release) {
        List<UUID> matches = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
             PreparedStatement statement = connection.prepareStatement(ACTIVE_FILTERS)) {
            statement.setFetchSize(500);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (FilterJson.decode(rows.getString("filter")).matches(release)) {
                        matches.add(rows.getObject("id", UUID.class));
                    }
                }
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot read active subscriptions", e);
        }
        return matches;
    }
}
