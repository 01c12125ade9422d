package org.communique.notifier.email;

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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

/** Due email alerts, leased like webhook alerts (SKIP LOCKED, lease in next_attempt_at). */
@ApplicationScoped
public class EmailQueue {

    // The EXISTS, uncorrelated, is evaluated once (subscriptions_email) and skips the scan of due alerts when
    // no subscription has ever been an email one: without it, each claim read every due alert of the other
    // channels and its subscription to find none.
    private static final String CLAIM_DUE = """
            WITH due AS (
                SELECT a.id
                FROM alerts a
                JOIN subscriptions s ON s.id = a.subscription_id
                WHERE EXISTS (SELECT 1 FROM subscriptions WHERE channel_type = 'email')
                  AND a.status = 'PENDING' AND a.next_attempt_at <= ? AND s.channel_type = 'email'
                  AND s.status <> 'PAUSED'
                ORDER BY a.subscription_id, a.seq
                LIMIT ?
                FOR UPDATE OF a SKIP LOCKED)
            UPDATE alerts a SET next_attempt_at = ?
            FROM due, subscriptions s, releases r
            WHERE a.id = due.id AND s.id = a.subscription_id AND r.id = a.release_id
            RETURNING a.id, a.subscription_id, a.release_id, a.attempts, a.created_at, a.seq, s.email_address,
                      s.email_digest, s.email_token, s.filter, s.status = 'ACTIVE' AS active, r.payload
            """;

    private final AgroalDataSource dataSource;

    public EmailQueue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Transactional
    List<ClaimedEmailAlert> claimDue(int limit, Instant now, Instant leaseUntil) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            claim.setObject(1, OffsetDateTime.ofInstant(now, ZoneOffset.UTC));
            claim.setInt(2, limit);
            claim.setObject(3, OffsetDateTime.ofInstant(leaseUntil, ZoneOffset.UTC));
            List<ClaimedEmailAlert> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new ClaimedEmailAlert(rows.getObject("id", UUID.class),
                            rows.getObject("subscription_id", UUID.class), rows.getObject("release_id", UUID.class),
                            rows.getInt("attempts"), rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                            rows.getString("email_address"), rows.getString("email_digest"),
                            rows.getString("email_token"), rows.getString("filter"), rows.getBoolean("active"),
                            rows.getString("payload")));
                }
            }
            claimed.sort(Comparator.comparing(ClaimedEmailAlert::createdAt));
            return claimed;
        } catch (SQLException e) {
            throw new PersistenceException("cannot claim due email alerts", e);
        }
    }
}
