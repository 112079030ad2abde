package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;

/** Turns driver exceptions into {@link StorageException}s that say what failed and what to do. */
final class SqlFailures {
    private SqlFailures() {}

    /** PostgreSQL and H2 both report a duplicate primary key with this SQLState. */
    private static final String UNIQUE_VIOLATION = "23505";

    static boolean isUniqueViolation(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            if (UNIQUE_VIOLATION.equals(cause.getSQLState())) {
                return true;
            }
            if (cause.getCause() instanceof SQLException nested && UNIQUE_VIOLATION.equals(nested.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    /**
     * SQLStates of a connection that failed, beyond the standard class 08: PostgreSQL's "terminated by the
     * administrator" (57P01) and "cannot connect now" (57P03); H2's "connection broken" (90067), "database
     * closed" (90098, 90121) and "object already closed" (90007: the connection was closed under us).
     */
    private static final Set<String> CONNECTION_STATES = Set.of("57P01", "57P03", "90067", "90098", "90121", "90007");

    /** Whether the connection itself failed: the database is down, unreachable, or closed the connection. */
    static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && (state.startsWith("08") || CONNECTION_STATES.contains(state)));
    }

    /**
     * A statement failed while {@code doing} (e.g. "saving convention X").
     *
     * @param writing whether the work was a write rolled back as a whole
     */
    static StorageException failed(String doing, SQLException e, boolean writing) {
        String outcome = writing ? " Nothing was written." : "";
        if (isConnectionFailure(e)) {
            return new StorageException("The database could not be reached, or the connection was lost, while " + doing
                    + " (" + describe(e) + "). Check that the database is running and reachable, then retry." + outcome,
                    e);
        }
        return new StorageException("The database refused " + doing + " (" + describe(e) + ")." + outcome, e);
    }

    /** The commit itself failed: the database may or may not have applied the transaction. */
    static StorageException commitFailed(String doing, SQLException e) {
        return new OutcomeUnknownException("The commit failed while " + doing + " (" + describe(e) + "): the database"
                + " may or may not have kept the change. Read the data again to see which, then retry if needed.", e);
    }

    private static String describe(SQLException e) {
        SQLException detail = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        return "SQLState " + detail.getSQLState() + ": " + detail.getMessage();
    }

    /** A commit whose result is unknown: never retried blindly. */
    static final class OutcomeUnknownException extends StorageException {
        private static final long serialVersionUID = 1L;

        OutcomeUnknownException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
