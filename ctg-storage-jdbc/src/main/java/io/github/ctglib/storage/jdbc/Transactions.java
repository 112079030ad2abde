package io.github.ctglib.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How each operation gets its connection and its transaction: a write is one transaction, committed whole or
 * rolled back whole, unless the connection is in the host's transaction, which it then joins without
 * committing. Reads need no transaction: a revision's rows are never updated.
 */
final class Transactions {
    private static final Logger LOG = LoggerFactory.getLogger(Transactions.class);

    @FunctionalInterface
    interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    interface SqlQuery<T> {
        T run(Connection c) throws SQLException;
    }

    private final ConnectionProvider connections;
    private final SqlFailures failures;

    Transactions(ConnectionProvider connections, SqlFailures failures) {
        this.connections = connections;
        this.failures = failures;
    }

    /** Whether the operations of this thread, now, run in the host's transaction. */
    boolean inHostTransaction() {
        return read("looking for the host's transaction", connections::inHostTransaction);
    }

    /** Runs {@code work} in one transaction: its own, or the host's when the connection is in one. */
    void write(String doing, SqlWork work) {
        Connection c = acquire(doing, true);
        try {
            if (connections.inHostTransaction(c)) {
                work.run(c);
            } else {
                ownTransaction(c, doing, work);
            }
        } catch (SQLException e) {
            throw failures.failed(doing, e, true);
        } finally {
            release(c);
        }
    }

    <T> T read(String doing, SqlQuery<T> query) {
        Connection c = acquire(doing, false);
        try {
            return query.run(c);
        } catch (SQLException e) {
            throw failures.failed(doing, e, false);
        } finally {
            release(c);
        }
    }

    private void ownTransaction(Connection c, String doing, SqlWork work) throws SQLException {
        boolean autoCommit = c.getAutoCommit();
        try {
            try {
                c.setAutoCommit(false);
                work.run(c);
            } catch (SQLException | RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw SqlFailures.commitFailed(doing, e);
            }
        } finally {
            restoreAutoCommit(c, autoCommit);
        }
    }

    private Connection acquire(String doing, boolean writing) {
        try {
            return connections.acquire();
        } catch (SQLException e) {
            throw failures.failed(doing, e, writing);
        }
    }

    private void release(Connection c) {
        try {
            connections.release(c);
        } catch (SQLException e) {
            LOG.warn("Could not give back a connection", e);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Gives the host's connection back as it came (a pool may not reset auto-commit). */
    private static void restoreAutoCommit(Connection c, boolean autoCommit) {
        try {
            if (!c.isClosed()) {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("Could not restore auto-commit on a connection after a write", e);
        }
    }
}
