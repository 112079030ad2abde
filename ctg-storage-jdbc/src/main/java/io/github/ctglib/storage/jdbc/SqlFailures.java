package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.CommitOutcomeUnknownException;
import io.github.ctglib.ports.StorageException;
import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;

/** Turns driver exceptions into {@link StorageException}s that say what failed and what to do. */
final class SqlFailures {
    private final List<Dialect> dialects;

    SqlFailures(Dialect dialect) {
        this.dialects = List.of(dialect);
    }

    private SqlFailures(List<Dialect> dialects) {
        this.dialects = dialects;
    }

    /** Before the database is known: any dialect's states are recognised. */
    static SqlFailures anyDialect() {
        return new SqlFailures(List.of(Dialect.values()));
    }

    /** Whether {@code e}, or one chained to it, reports a duplicate key. */
    boolean isDuplicateKey(SQLException e) {
        for (SQLException cause = e; cause != null; cause = cause.getNextException()) {
            for (Dialect dialect : dialects) {
                if (dialect.isDuplicateKey(cause)
                        || cause.getCause() instanceof SQLException nested && dialect.isDuplicateKey(nested)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether the connection itself failed: the database is down, unreachable, or closed the connection. */
    boolean isConnectionFailure(SQLException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException failure && isLostConnection(failure)
                    || cause instanceof SQLException batch && batch.getNextException() != null
                            && isLostConnection(batch.getNextException())) {
                return true;
            }
        }
        return false;
    }

    private boolean isLostConnection(SQLException e) {
        String state = e.getSQLState();
        return e instanceof SQLNonTransientConnectionException || e instanceof SQLTransientConnectionException
                || (state != null && (state.startsWith("08")
                        || dialects.stream().anyMatch(d -> d.lostConnectionStates().contains(state))));
    }

    /**
     * A statement failed while {@code doing} (e.g. "saving convention X").
     *
     * @param writing whether the work was a write rolled back as a whole
     */
    StorageException failed(String doing, SQLException e, boolean writing) {
        String outcome = writing ? " Nothing was written." : "";
        if (isConnectionFailure(e)) {
            return new StorageException("The database could not be reached, or the connection was lost, while " + doing
                    + " (" + describe(e) + "). Check that the database is running and reachable, then retry." + outcome,
                    e);
        }
        return new StorageException("The database refused " + doing + " (" + describe(e) + ")." + outcome, e);
    }

    /** The commit itself failed: the database may or may not have applied the transaction. */
    static CommitOutcomeUnknownException commitFailed(String doing, SQLException e) {
        return new CommitOutcomeUnknownException("The commit failed while " + doing + " (" + describe(e) + "): the database"
                + " may or may not have kept the change. Read the data again to see which, then retry if needed.", e);
    }

    private static String describe(SQLException e) {
        SQLException detail = e instanceof BatchUpdateException && e.getNextException() != null ? e.getNextException() : e;
        return "SQLState " + detail.getSQLState() + ": " + detail.getMessage();
    }
}
