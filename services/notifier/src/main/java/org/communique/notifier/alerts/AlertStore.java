package org.communique.notifier.alerts;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import org.communique.contracts.PressRelease;
import org.communique.notifier.matching.SubscriptionMatch;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.communique.notifier.alerts.Timestamps.utc;

/** The {@code alerts} table: one row per (subscription, release), used as a delivery queue. */
@ApplicationScoped
public class AlertStore {

    // Locks the subscriptions in id order first, so concurrent consumers cannot deadlock on them, and so
    // that a subscription's alerts commit in the order of their sequence numbers (SSE resumes by them).
    private static final String LOCK_SUBSCRIPTIONS =
            "SELECT id FROM subscriptions WHERE id = ANY(?::uuid[]) ORDER BY id FOR UPDATE";

    // conflicts: the release already alerted (any version), or its story already alerted (story_id set),
    // also between two rows of the same statement; a conflict spends a sequence number, which leaves a
    // harmless gap. Each subscription's counter moves once by its number of rows, and its rows take the
    // numbers in batch order. Email alerts of digest subscriptions fall due at the next full hour or day
    // (UTC), and go out together then. Webhook alerts of active subscriptions can be leased as they are
    // inserted (next_attempt_at at the end of the lease, as a claim would): the inserting instance sends
    // them from memory, and each row comes back with what its delivery needs.
    private static final String INSERT_PENDING = """
            WITH matched AS (
                SELECT * FROM unnest(?::uuid[], ?::boolean[], ?::uuid[], ?::int[], ?::text[]) WITH ORDINALITY
                    AS m(subscription_id, dedupe, release_id, release_version, story_id, ord)),
            counted AS (
                SELECT subscription_id, count(*) AS n FROM matched GROUP BY subscription_id),
            numbered AS (
                UPDATE subscriptions s SET last_alert_seq = s.last_alert_seq + c.n
                FROM counted c WHERE s.id = c.subscription_id
                RETURNING s.id, s.last_alert_seq - c.n AS seq_before, s.channel_type, s.email_digest, s.status,
                          s.target, s.endpoint_key, s.webhook_secret,
                          CASE WHEN s.webhook_secret_previous_expires_at > ? THEN s.webhook_secret_previous END
                              AS previous_secret),
            ranked AS (
                SELECT m.*, row_number() OVER (PARTITION BY m.subscription_id ORDER BY m.ord) AS place FROM matched m),
            inserted AS (
                INSERT INTO alerts (id, subscription_id, release_id, release_version, story_id, seq, status, attempts,
                                    next_attempt_at, created_at)
                SELECT gen_random_uuid(), n.id, r.release_id, r.release_version, CASE WHEN r.dedupe THEN r.story_id END,
                       n.seq_before + r.place,
                       CASE WHEN n.channel_type IN ('webhook', 'email') THEN 'PENDING' ELSE 'STORED' END, 0,
                       CASE WHEN n.channel_type = 'webhook'
                                THEN coalesce(CASE WHEN n.status = 'ACTIVE' THEN ?::timestamptz END, ?::timestamptz)
                            WHEN n.channel_type <> 'email' THEN NULL
                            WHEN n.email_digest = 'HOURLY' THEN date_trunc('hour', ?::timestamptz, 'UTC') + interval '1 hour'
                            WHEN n.email_digest = 'DAILY' THEN date_trunc('day', ?::timestamptz, 'UTC') + interval '1 day'
                            ELSE ?::timestamptz END, ?
                FROM ranked r JOIN numbered n ON n.id = r.subscription_id
                ORDER BY r.ord
                ON CONFLICT DO NOTHING
                RETURNING id, subscription_id, release_id, created_at)
            SELECT i.id, i.subscription_id, i.release_id, i.created_at, n.channel_type = 'webhook' AND n.status = 'ACTIVE'
                       AS active_webhook, n.channel_type = 'email' AS email, n.target, n.endpoint_key, n.webhook_secret,
                   n.previous_secret, rel.version AS release_version
            FROM inserted i JOIN numbered n ON n.id = i.subscription_id LEFT JOIN releases rel ON rel.id = i.release_id
            """;

    // Leases due alerts by pushing next_attempt_at past the lease; SKIP LOCKED lets instances share the
    // queue. Looks at a bounded window only, the earliest due alerts by the alerts_due index (next_attempt_at
    // of PENDING alerts), so a claim does not rank the whole backlog; within it, at most perEndpoint per
    // endpoint, none for endpoints in skippedEndpoints (their lane in the delivery engine is full). None
    // for paused subscriptions (they wait); alerts of deleted or disabled ones come back to be cancelled.
    // The candidates are locked one by one through the primary key (LATERAL), in due order, until the limit:
    // a join of the candidates with alerts let the planner loop over every due alert for every candidate
    // whenever the table's statistics were stale (right after a fan-out inserted thousands of alerts into a
    // table analyzed when nearly empty): 1.5-2.3 s for one claim of 500 among 5,000, 80 ms this way. The
    // update finds the locked rows by the primary key (= ANY of their ids): joined with the CTE instead, it
    // was planned as a hash join over a sequential scan of the whole table once the statistics were fresh.
    private static final String CLAIM_DUE = """
            WITH earliest AS (
                SELECT a.id, a.next_attempt_at, coalesce(s.endpoint_key, s.target) AS endpoint
                FROM alerts a
                JOIN subscriptions s ON s.id = a.subscription_id
                WHERE a.status = 'PENDING' AND a.next_attempt_at <= ? AND s.channel_type = ?
                  AND s.status <> 'PAUSED' AND (s.endpoint_key IS NULL OR s.endpoint_key <> ALL (?::text[]))
                ORDER BY a.next_attempt_at
                LIMIT ?),
            candidates AS (
                SELECT id, next_attempt_at,
                       row_number() OVER (PARTITION BY endpoint ORDER BY next_attempt_at) AS place
                FROM earliest),
            due AS (
                SELECT l.id
                FROM (SELECT id FROM candidates WHERE place <= ? ORDER BY next_attempt_at) c
                CROSS JOIN LATERAL (
                    SELECT a.id FROM alerts a
                    WHERE a.id = c.id AND a.status = 'PENDING' AND a.next_attempt_at <= ?
                    FOR UPDATE SKIP LOCKED) l
                LIMIT ?)
            UPDATE alerts a SET next_attempt_at = ?
            FROM subscriptions s, releases r
            WHERE a.id = ANY (ARRAY(SELECT id FROM due)) AND s.id = a.subscription_id AND r.id = a.release_id
            RETURNING a.id, a.subscription_id, a.release_id, a.attempts, a.created_at, s.target, s.endpoint_key,
                      s.webhook_secret,
                      CASE WHEN s.webhook_secret_previous_expires_at > ? THEN s.webhook_secret_previous END
                          AS previous_secret,
                      s.status = 'ACTIVE' AS active, r.version AS release_version
            """;

    // gives a lease back untouched, for an alert claimed while its endpoint had no free slot
    private static final String RELEASE_LEASE = """
            UPDATE alerts SET next_attempt_at = ? WHERE id = ? AND attempts = ? AND status = 'PENDING'
            """;

    // attempts = ? makes a stale lease (another instance already recorded this attempt) a no-op
    private static final String COMPLETE_ATTEMPT = """
            UPDATE alerts SET attempts = ?, status = ?, next_attempt_at = ?, completed_at = ?
            WHERE id = ? AND attempts = ? AND status = 'PENDING'
            """;

    // a batch of delivered attempts; stale leases (attempts moved on) are left out and not returned
    private static final String COMPLETE_DELIVERED = """
            UPDATE alerts a SET attempts = d.previous + 1, status = 'DELIVERED', next_attempt_at = NULL, completed_at = ?
            FROM unnest(?::uuid[], ?::int[]) AS d(id, previous)
            WHERE a.id = d.id AND a.attempts = d.previous AND a.status = 'PENDING'
            RETURNING a.id
            """;

    // gives leases back in one go (alerts claimed but not taken into memory)
    private static final String RELEASE_LEASES = """
            UPDATE alerts a SET next_attempt_at = ?
            FROM unnest(?::uuid[], ?::int[]) AS l(id, attempts)
            WHERE a.id = l.id AND a.attempts = l.attempts AND a.status = 'PENDING'
            """;

    // due now with its id, so the receiver sees the same webhook-id; attempts go on counting
    private static final String REDELIVER = """
            UPDATE alerts SET status = 'PENDING', next_attempt_at = ?, completed_at = NULL
            WHERE id = ? AND subscription_id = ? AND status <> 'CANCELLED'
            """;

    private static final String CANCEL = """
            UPDATE alerts SET status = 'CANCELLED', next_attempt_at = NULL, completed_at = ?
            WHERE id = ? AND status = 'PENDING'
            """;

    private final AgroalDataSource dataSource;

    public AlertStore(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Creates a pending alert per matched subscription unless one exists for this release or, for
     * subscriptions that dedupe stories, for the release's story; returns how many.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int insertPending(List<SubscriptionMatch> matches, PressRelease release, Instant now) {
        List<NewAlert> alerts = matches.stream().map(match -> new NewAlert(match, release)).toList();
        return insertPending(alerts, now, null).created().values().stream().mapToInt(Integer::intValue).sum();
    }

    /**
     * The alerts a statement created: how many per release that got any, the webhook alerts of active
     * subscriptions it leased (empty when it leased none), ready to be sent, and whether any is an email alert.
     */
    public record Inserted(Map<UUID, Integer> created, List<ClaimedAlert> leased, boolean emails) {
    }

    /**
     * Creates the alerts of a whole batch of releases in one statement (after one statement locking their
     * subscriptions), skipping those that exist already (same subscription and release, or story for
     * subscriptions that dedupe stories). With {@code webhookLeaseUntil}, the webhook alerts of active
     * subscriptions are created leased until then and returned, as {@link #claimDue} would have; without,
     * they are due at once and left to the claims.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Inserted insertPending(List<NewAlert> alerts, Instant now, Instant webhookLeaseUntil) {
        if (alerts.isEmpty()) {
            return new Inserted(Map.of(), List.of(), false);
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement lock = connection.prepareStatement(LOCK_SUBSCRIPTIONS);
             PreparedStatement insert = connection.prepareStatement(INSERT_PENDING)) {
            lock.setArray(1, connection.createArrayOf("uuid",
                    alerts.stream().map(NewAlert::subscriptionId).distinct().toArray()));
            lock.executeQuery().close();
            insert.setArray(1, connection.createArrayOf("uuid", alerts.stream().map(NewAlert::subscriptionId).toArray()));
            insert.setArray(2, connection.createArrayOf("boolean", alerts.stream().map(NewAlert::storyDedupe).toArray()));
            insert.setArray(3, connection.createArrayOf("uuid", alerts.stream().map(a -> a.release().id()).toArray()));
            insert.setArray(4, connection.createArrayOf("integer",
                    alerts.stream().map(a -> a.release().version()).toArray()));
            insert.setArray(5, connection.createArrayOf("text", alerts.stream().map(a -> a.release().storyId()).toArray()));
            // now for the previous secret's grace window; the webhook lease (or none); now: the webhook due time
            // without a lease, the hourly and daily digest bases, the immediate email time, created_at
            insert.setObject(6, utc(now));
            if (webhookLeaseUntil == null) {
                insert.setNull(7, Types.TIMESTAMP_WITH_TIMEZONE);
            } else {
                insert.setObject(7, utc(webhookLeaseUntil));
            }
            for (int parameter = 8; parameter <= 12; parameter++) {
                insert.setObject(parameter, utc(now));
            }
            Map<UUID, Integer> created = new LinkedHashMap<>();
            List<ClaimedAlert> leased = new ArrayList<>();
            boolean emails = false;
            try (ResultSet rows = insert.executeQuery()) {
                while (rows.next()) {
                    UUID releaseId = rows.getObject("release_id", UUID.class);
                    created.merge(releaseId, 1, Integer::sum);
                    emails |= rows.getBoolean("email");
                    if (webhookLeaseUntil != null && rows.getBoolean("active_webhook")) {
                        leased.add(new ClaimedAlert(
                                rows.getObject("id", UUID.class),
                                rows.getObject("subscription_id", UUID.class),
                                releaseId,
                                0,
                                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                                rows.getString("target"),
                                rows.getString("endpoint_key"),
                                rows.getString("webhook_secret"),
                                rows.getString("previous_secret"),
                                true,
                                rows.getInt("release_version")));
                    }
                }
            }
            return new Inserted(created, leased, emails);
        } catch (SQLException e) {
            throw new PersistenceException("cannot insert " + alerts.size() + " alerts", e);
        }
    }

    /**
     * Leases up to {@code limit} due alerts of a channel until {@code leaseUntil}, at most
     * {@code perEndpoint} per endpoint and none for the endpoints in {@code skippedEndpoints}.
     */
    @Transactional
    public List<ClaimedAlert> claimDue(String channelType, int limit, int perEndpoint, List<String> skippedEndpoints,
                                       Instant now, Instant leaseUntil) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(CLAIM_DUE)) {
            claim.setObject(1, utc(now));
            claim.setString(2, channelType);
            claim.setArray(3, connection.createArrayOf("text", skippedEndpoints.toArray()));
            // the window: a few times the limit, so that capped endpoints leave room for others
            claim.setInt(4, limit * 4);
            claim.setInt(5, perEndpoint);
            claim.setObject(6, utc(now));
            claim.setInt(7, limit);
            claim.setObject(8, utc(leaseUntil));
            claim.setObject(9, utc(now));
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
                            rows.getString("endpoint_key"),
                            rows.getString("webhook_secret"),
                            rows.getString("previous_secret"),
                            rows.getBoolean("active"),
                            rows.getInt("release_version")));
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

    /**
     * Records delivered attempts of a batch in one statement; returns the ids recorded (an alert whose
     * lease went stale, recorded elsewhere meanwhile, is not among them).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Set<UUID> completeDelivered(List<ClaimedAlert> delivered, Instant now) {
        if (delivered.isEmpty()) {
            return Set.of();
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(COMPLETE_DELIVERED)) {
            update.setObject(1, utc(now));
            update.setArray(2, connection.createArrayOf("uuid", delivered.stream().map(ClaimedAlert::id).toArray()));
            update.setArray(3, connection.createArrayOf("integer",
                    delivered.stream().map(ClaimedAlert::attempts).toArray()));
            Set<UUID> recorded = new HashSet<>();
            try (ResultSet rows = update.executeQuery()) {
                while (rows.next()) {
                    recorded.add(rows.getObject(1, UUID.class));
                }
            }
            return recorded;
        } catch (SQLException e) {
            throw new PersistenceException("cannot record " + delivered.size() + " delivered alerts", e);
        }
    }

    /** Makes leased alerts due again at {@code dueAt} without counting an attempt, in one statement. */
    @Transactional
    public void releaseLeases(List<ClaimedAlert> claimed, Instant dueAt) {
        if (claimed.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE_LEASES)) {
            release.setObject(1, utc(dueAt));
            release.setArray(2, connection.createArrayOf("uuid", claimed.stream().map(ClaimedAlert::id).toArray()));
            release.setArray(3, connection.createArrayOf("integer",
                    claimed.stream().map(ClaimedAlert::attempts).toArray()));
            release.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot release the leases of " + claimed.size() + " alerts", e);
        }
    }

    /** Makes a leased alert due again at {@code dueAt} without counting an attempt. */
    @Transactional
    public void releaseLease(ClaimedAlert alert, Instant dueAt) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement release = connection.prepareStatement(RELEASE_LEASE)) {
            release.setObject(1, utc(dueAt));
            release.setObject(2, alert.id());
            release.setInt(3, alert.attempts());
            release.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot release the lease of alert " + alert.id(), e);
        }
    }

    /** Makes an alert of this subscription due now; false when there is no such alert. */
    @Transactional
    public boolean redeliver(UUID alertId, UUID subscriptionId, Instant now) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(REDELIVER)) {
            update.setObject(1, utc(now));
            update.setObject(2, alertId);
            update.setObject(3, subscriptionId);
            return update.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new PersistenceException("cannot redeliver alert " + alertId, e);
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
