package org.communique.outbox;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The relay's statements on the outbox table, in plain JDBC on the connection of the caller's transaction.
 * The relay runs them for every batch, often for a handful of rows: through Hibernate, translating the
 * "mark sent" update again for every new number of ids and mapping claimed rows to managed entities (then
 * dirty-checking them at the commit) took two thirds of the relay's CPU. Rows come back as unmanaged
 * {@link OutboxMessage}s; a failed one is written back with {@link #markFailed}.
 */
@ApplicationScoped
class OutboxRows {

    private static final String COLUMNS = "o.id, o.aggregate_id, o.topic, o.message_key, o.ce_id, o.ce_type, "
            + "o.ce_source, o.ce_time, o.payload, o.created_at, o.attempts";

    // A row waits while an older row of the same aggregate is unsent (in doubt or not), so an aggregate's
    // records reach Kafka in order even with several relays, and one batch never holds two rows of one aggregate.
    // Written as "the oldest unsent row of its aggregate", a look-up per candidate row: as NOT EXISTS the planner
    // made it an anti-join that read the whole partial index, entries of rows marked sent included, every claim.
    private static final String CLAIM = """
            SELECT %s FROM outbox o
            WHERE o.sent_at IS NULL
              AND o.id >= ?
              AND NOT o.in_doubt
              AND o.id = (SELECT min(older.id) FROM outbox older
                          WHERE older.aggregate_id = o.aggregate_id
                            AND older.sent_at IS NULL)
            %s
            LIMIT ?
            FOR UPDATE SKIP LOCKED""";
    private static final String CLAIM_OLDEST = CLAIM.formatted(COLUMNS, "ORDER BY o.id");
    private static final String CLAIM_LEAST_TRIED = CLAIM.formatted(COLUMNS, "ORDER BY o.attempts, o.id");

    // max(id) is one step down the primary key; it tells where the next count starts when nothing is unsent
    private static final String COUNT_UNSENT = """
            SELECT count(*), min(id), (SELECT max(id) FROM outbox) FROM outbox
            WHERE sent_at IS NULL AND id >= ?""";

    private static final String MARK_SENT = """
            UPDATE outbox SET attempts = attempts + 1, sent_at = ?, last_error = NULL, in_doubt = false
            WHERE id = ANY (?::bigint[])""";

    private static final String MARK_FAILED = """
            UPDATE outbox SET attempts = ?, in_doubt = true, last_error = ? WHERE id = ?""";

    private final AgroalDataSource dataSource;

    OutboxRows(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Locks up to {@code limit} unsent rows from id {@code from} up, oldest first, skipping rows another relay
     * holds, rows in doubt and rows with an older unsent row of their aggregate.
     */
    List<OutboxMessage> claimUnsent(long from, int limit) {
        return claim(CLAIM_OLDEST, from, limit);
    }

    /** Like {@link #claimUnsent}, from the oldest row, but the rows tried least often come first. */
    List<OutboxMessage> claimLeastTried(int limit) {
        return claim(CLAIM_LEAST_TRIED, 0, limit);
    }

    private List<OutboxMessage> claim(String sql, long from, int limit) {
        // the connection is the transaction's own: Agroal hands out the one enlisted in it
        try (Connection connection = dataSource.getConnection();
             PreparedStatement claim = connection.prepareStatement(sql)) {
            claim.setLong(1, from);
            claim.setInt(2, limit);
            List<OutboxMessage> rows = new ArrayList<>();
            try (ResultSet result = claim.executeQuery()) {
                while (result.next()) {
                    OutboxMessage row = new OutboxMessage();
                    row.id = result.getLong(1);
                    row.aggregateId = result.getObject(2, UUID.class);
                    row.topic = result.getString(3);
                    row.messageKey = result.getString(4);
                    row.ceId = result.getString(5);
                    row.ceType = result.getString(6);
                    row.ceSource = result.getString(7);
                    row.ceTime = result.getObject(8, OffsetDateTime.class).toInstant();
                    row.payload = result.getString(9);
                    row.createdAt = result.getObject(10, OffsetDateTime.class).toInstant();
                    row.attempts = result.getInt(11);
                    rows.add(row);
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new PersistenceException("cannot claim outbox rows", e);
        }
    }

    /** The unsent rows from id {@code from} up, in doubt or not, and the oldest of them. */
    Backlog countUnsent(long from) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement count = connection.prepareStatement(COUNT_UNSENT)) {
            count.setLong(1, from);
            try (ResultSet result = count.executeQuery()) {
                result.next();
                long unsent = result.getLong(1);
                long oldest = result.getLong(2);
                return new Backlog(unsent, unsent > 0 ? oldest : result.getLong(3) + 1);
            }
        } catch (SQLException e) {
            throw new PersistenceException("cannot count unsent outbox rows", e);
        }
    }

    /**
     * {@code unsent} rows wait; {@code oldestUnsent} is the id of the oldest, or with none the id after the
     * newest row.
     */
    record Backlog(long unsent, long oldestUnsent) {
    }

    /** The rows of a batch that Kafka acknowledged, in one statement. */
    int markSent(List<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return 0;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(MARK_SENT)) {
            update.setObject(1, now.atOffset(ZoneOffset.UTC));
            update.setArray(2, connection.createArrayOf("bigint", ids.toArray()));
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new PersistenceException("cannot mark " + ids.size() + " outbox rows sent", e);
        }
    }

    /** Writes back rows {@link OutboxMessage#markFailed} changed (few: a batch fails rarely). */
    void markFailed(List<OutboxMessage> failed) {
        if (failed.isEmpty()) {
            return;
        }
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement(MARK_FAILED)) {
            for (OutboxMessage row : failed) {
                update.setInt(1, row.attempts);
                update.setString(2, row.lastError);
                update.setLong(3, row.id);
                update.addBatch();
            }
            update.executeBatch();
        } catch (SQLException e) {
            throw new PersistenceException("cannot record the failure of " + failed.size() + " outbox rows", e);
        }
    }
}
