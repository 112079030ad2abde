package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema scripts and records them in {@link SchemaHistory}, one application at a time (under the
 * dialect's {@link MigrationLock}), on a single connection. Where DDL is transactional the whole migration is
 * one transaction; elsewhere a failed script is recorded as failed and refused at the next start.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final Dialect dialect;
    private final SqlNames names;
    private final SchemaHistory history;
    private final MigrationLock lock;
    private final List<MigrationScript> scripts;
    private final SqlFailures failures;

    SchemaMigrator(DataSource dataSource, Dialect dialect, SqlNames names, Clock clock, Duration lockWait) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.names = names;
        this.history = new SchemaHistory(names, clock, dialect);
        this.lock = dialect.migrationLock(names, lockWait);
        this.scripts = MigrationScript.all(dialect);
        this.failures = new SqlFailures(dialect);
    }

    /** {@link SchemaMode#MIGRATE}. */
    void migrate() {
        try (Connection c = dataSource.getConnection()) {
            // Refuses a database it must not touch before taking the lock; an up-to-date schema, the usual case,
            // is left without a write: on H2 the lock is a row, and a crash can keep its insert but lose its
            // delete, which would then block every later start.
            if (history.exists(c) && pending(history.read(c)).isEmpty()) {
                return;
            }
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(!dialect.transactionalDdl());
            try {
                lock.acquire(c);
                try {
                    history.create(c);
                    apply(c, pending(history.read(c)));
                } finally {
                    lock.release(c);
                }
                if (dialect.transactionalDdl()) {
                    c.commit();
                }
            } catch (SQLException | RuntimeException e) {
                if (dialect.transactionalDdl()) {
                    rollbackQuietly(c, e);
                }
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw failures.failed("migrating the ctg schema " + history.where(), e, dialect.transactionalDdl());
        }
    }

    /** {@link SchemaMode#VALIDATE}. */
    void validate() {
        try (Connection c = dataSource.getConnection()) {
            if (!history.exists(c)) {
                throw new SchemaNotInstalledException("The ctg schema is not installed " + history.where() + ": no table "
                        + history.table() + ". Build the repository with SchemaMode.MIGRATE, or apply the scripts"
                        + " of db/ctg/common and db/ctg/" + dialect.folder + " with Flyway, its history table being "
                        + history.table() + " (see the README).");
            }
            List<MigrationScript> pending = pending(history.read(c));
            if (!pending.isEmpty()) {
                throw new StorageException("The ctg schema " + history.where() + " lacks " + describe(pending)
                        + ": build the repository with SchemaMode.MIGRATE, or apply them first.");
            }
        } catch (SQLException e) {
            throw failures.failed("validating the ctg schema " + history.where(), e, false);
        }
    }

    /** The scripts not yet applied, after checking that those applied are known, succeeded and are unchanged. */
    private List<MigrationScript> pending(Map<Integer, SchemaHistory.Applied> applied) {
        Map<Integer, MigrationScript> known = new LinkedHashMap<>();
        scripts.forEach(s -> known.put(s.version(), s));
        for (Map.Entry<Integer, SchemaHistory.Applied> entry : applied.entrySet()) {
            MigrationScript script = known.get(entry.getKey());
            SchemaHistory.Applied row = entry.getValue();
            if (script == null) {
                throw new StorageException("The ctg schema " + history.where() + " has migration V" + entry.getKey()
                        + " (" + row.description() + "), which this version of ctg-storage-jdbc does not know: it was"
                        + " migrated by a newer version. Use that version (or a later one).");
            }
            if (!row.success()) {
                throw new StorageException("Migration V" + script.version() + " of the ctg schema " + history.where()
                        + " failed part-way earlier, and " + dialect.product + " cannot undo DDL: restore a backup, or"
                        + " drop the ctg tables and the history table " + history.table() + " and start again.");
            }
            if (row.checksum() != script.checksum()) {
                throw new StorageException("Migration V" + script.version() + " of the ctg schema " + history.where()
                        + " was applied from a script with checksum " + row.checksum() + ", but " + script.resource()
                        + " now has checksum " + script.checksum() + ": the script was changed after it was applied."
                        + " Use the version of ctg-storage-jdbc that applied it.");
            }
        }
        List<MigrationScript> pending = new ArrayList<>();
        for (MigrationScript script : scripts) {
            if (!applied.containsKey(script.version())) {
                pending.add(script);
            }
        }
        return pending;
    }

    private void apply(Connection c, List<MigrationScript> pending) throws SQLException {
        Map<String, String> placeholders = new HashMap<>(dialect.typePlaceholders());
        placeholders.putAll(names.placeholders());
        for (MigrationScript script : pending) {
            long start = System.nanoTime();
            int done = 0;
            List<String> statements = script.statements(placeholders);
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                    done++;
                }
            } catch (SQLException e) {
                if (!dialect.transactionalDdl()) {
                    recordFailure(c, script);
                }
                throw new SQLException("Script " + script.resource() + " failed at statement " + (done + 1) + " of "
                        + statements.size() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            history.record(c, script, millis, true);
            LOG.info("Applied ctg schema migration {} {} in {} ms", script.resource(), history.where(), millis);
        }
    }

    private void recordFailure(Connection c, MigrationScript script) {
        try {
            history.record(c, script, 0, false);
        } catch (SQLException e) {
            LOG.warn("Could not record the failure of {} in {}", script.resource(), history.table(), e);
        }
    }

    private static String describe(List<MigrationScript> scripts) {
        StringBuilder text = new StringBuilder(scripts.size() == 1 ? "migration " : "migrations ");
        for (int i = 0; i < scripts.size(); i++) {
            text.append(i == 0 ? "" : ", ").append(scripts.get(i).resource());
        }
        return text.toString();
    }

    private static void rollbackQuietly(Connection c, Exception failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }
}
