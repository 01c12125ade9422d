package org.communique.notifier.alerts;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.Set;

/**
 * Tells failures that can pass (the database restarting or unreachable, a pool out of connections, a
 * deadlock or serialization conflict, a commit that timed out) from those that will fail again the same
 * way. A consumer retries the first kind for as long as they last; only the second kind can make a record
 * a dead letter.
 */
public final class TransientFailures {

    // SQLSTATE classes: 08 connection, 40 transaction rollback (deadlock, serialization), 53 insufficient
    // resources, 57 operator intervention (shutdown, cannot connect now), 58 system error (I/O)
    private static final Set<String> TRANSIENT_CLASSES = Set.of("08", "40", "53", "57", "58");

    private TransientFailures() {
    }

    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientException || cause instanceof SQLRecoverableException
                    || cause instanceof IOException
                    || cause instanceof jakarta.transaction.RollbackException
                    || cause instanceof jakarta.transaction.SystemException
                    || cause instanceof jakarta.persistence.QueryTimeoutException
                    || cause instanceof jakarta.persistence.LockTimeoutException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null || state.length() < 2 || TRANSIENT_CLASSES.contains(state.substring(0, 2))) {
                    // no state: the pool's own failures (acquisition timeout, connection refused)
                    return true;
                }
            }
            if (cause.getClass().getName().startsWith("io.agroal") || cause.getClass().getName().startsWith("com.arjuna")) {
                return true;
            }
        }
        return false;
    }
}
