package org.communique.platform.problem;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.Set;

/**
 * Recognises a failure that says the database cannot be reached right now, rather than that the request
 * is wrong or the code is: the connection pool timed out waiting for a free connection (Agroal's
 * "acquisition timeout"), the server refused or dropped the connection, or it is shutting down or out of
 * resources. Such a failure passes; callers get 503 with {@code Retry-After}, not 500.
 */
public final class DatabaseUnavailable {

    /** Seconds a caller is asked to wait before retrying. */
    public static final int RETRY_AFTER_SECONDS = 5;

    // SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention
    private static final Set<String> CLASSES = Set.of("08", "53", "57");

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        int depth = 0;
        for (Throwable cause = failure; cause != null && depth < 32;
             cause = cause.getCause() == cause ? null : cause.getCause(), depth++) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state != null && state.length() >= 2 && CLASSES.contains(state.substring(0, 2))) {
                    return true;
                }
                String message = sql.getMessage() == null ? "" : sql.getMessage().toLowerCase(Locale.ROOT);
                if (state == null && message.contains("acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
