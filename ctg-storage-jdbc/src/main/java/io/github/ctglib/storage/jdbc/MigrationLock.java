package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps applications that migrate the same tables at once from doing it together. Each works on the one
 * connection that migrates, so a pool of one connection is enough.
 */
interface MigrationLock {

    /** Waits for the lock on {@code c}. */
    void acquire(Connection c) throws SQLException;

    /** Gives it back, after the migration's work (and, when DDL is transactional, before its commit). */
    void release(Connection c) throws SQLException;

    /** A number that names the tables of one schema and prefix. */
    static int key(SqlNames names) {
        return (names.schema() + "." + names.prefix()).toLowerCase(Locale.ROOT).hashCode();
    }

    /** PostgreSQL: a transaction-scoped advisory lock, released by the migration's commit or rollback. */
    final class TransactionAdvisoryLock implements MigrationLock {
        /** The first key of the lock: "CTG1"; the second names the schema and prefix. */
        private static final int LOCK_CLASS = 0x43544731;
        private final SqlNames names;

        TransactionAdvisoryLock(SqlNames names) {
            this.names = names;
        }

        @Override
        public void acquire(Connection c) throws SQLException {
            try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                lock.setInt(1, LOCK_CLASS);
                lock.setInt(2, key(names));
                lock.executeQuery().close();
            }
        }

        @Override
        public void release(Connection c) {
            // the transaction's end releases it
        }
    }

    /** MariaDB: a named lock of the session ({@code GET_LOCK}), released at the end or if the session dies. */
    final class NamedLock implements MigrationLock {
        private final String name;
        private final Duration wait;

        NamedLock(SqlNames names, Duration wait) {
            this.name = "ctg-migration-" + Integer.toHexString(key(names));
            this.wait = wait;
        }

        @Override
        public void acquire(Connection c) throws SQLException {
            try (PreparedStatement lock = c.prepareStatement("SELECT GET_LOCK(?, ?)")) {
                lock.setString(1, name);
                lock.setLong(2, Math.max(1, wait.toSeconds()));
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next() || rs.getInt(1) != 1) {
                        throw new StorageException("Another application has been migrating the ctg schema for more"
                                + " than " + wait.toSeconds() + " s (MariaDB lock " + name + "): retry later, or"
                                + " give migrationLockWait(…) more time");
                    }
                }
            }
        }

        @Override
        public void release(Connection c) throws SQLException {
            try (PreparedStatement unlock = c.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                unlock.setString(1, name);
                unlock.executeQuery().close();
            }
        }
    }

    /**
     * H2, whose DDL commits at once and which has no advisory lock: a row claimed in a lock table of its own
     * (the insert of its key fails while another application holds it) and deleted when done. A row left by
     * an application that died while migrating is reported after the wait, with the way to clear it.
     */
    final class ClaimedRow implements MigrationLock {
        private static final Logger LOG = LoggerFactory.getLogger(ClaimedRow.class);
        private static final String TABLE = "ctg_schema_lock";
        private static final Duration POLL = Duration.ofMillis(50);
        private final SqlNames names;
        private final Duration wait;
        private final Dialect dialect;

        ClaimedRow(SqlNames names, Duration wait, Dialect dialect) {
            this.names = names;
            this.wait = wait;
            this.dialect = dialect;
        }

        @Override
        public void acquire(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema());
                s.execute("CREATE TABLE IF NOT EXISTS " + names.qualified(TABLE)
                        + " (id INTEGER NOT NULL PRIMARY KEY, locked_by VARCHAR(100))");
            }
            long deadline = System.nanoTime() + wait.toNanos();
            boolean told = false;
            while (true) {
                try (PreparedStatement claim = c.prepareStatement(
                        "INSERT INTO " + names.qualified(TABLE) + " (id, locked_by) VALUES (1, ?)")) {
                    claim.setString(1, SchemaHistory.user(c));
                    claim.executeUpdate();
                    return;
                } catch (SQLException e) {
                    if (!dialect.isDuplicateKey(e)) {
                        throw e;
                    }
                }
                if (System.nanoTime() > deadline) {
                    throw new StorageException("Another application has been migrating the ctg schema in "
                            + names.schema() + " for more than " + wait.toSeconds() + " s. If none is (one stopped"
                            + " while migrating), delete the row of " + names.qualified(TABLE) + " and start again.");
                }
                if (!told) {
                    LOG.info("Waiting for another application to finish migrating the ctg schema {}", names.schema());
                    told = true;
                }
                try {
                    Thread.sleep(POLL.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new StorageException("Interrupted while waiting to migrate the ctg schema", e);
                }
            }
        }

        @Override
        public void release(Connection c) throws SQLException {
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM " + names.qualified(TABLE) + " WHERE id = 1");
            }
        }
    }
}
