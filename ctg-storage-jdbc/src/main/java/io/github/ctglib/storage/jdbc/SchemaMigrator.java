package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the schema scripts and records them in the adapter's own history table
 * ({@code <schema>.<prefix>ctg_schema_history}), one application at a time: on PostgreSQL under a
 * transaction-scoped advisory lock, everything in one transaction (its DDL is transactional); on H2, whose
 * DDL commits at once, under a row lock held by a second connection until the work is done.
 */
final class SchemaMigrator {
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);
    /** The first key of the PostgreSQL advisory lock: "CTG1"; the second is derived from schema and prefix. */
    private static final int ADVISORY_LOCK_CLASS = 0x43544731;
    /** The history row that exists from the table's creation: the H2 lock row, skipped as a migration. */
    private static final String CREATED_MARKER = "0";
    /** H2's "timeout trying to lock" error code. */
    private static final int H2_LOCK_TIMEOUT = 50200;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final SqlNames names;
    private final Clock clock;
    private final Duration lockWait;
    private final List<MigrationScript> scripts;

    SchemaMigrator(DataSource dataSource, Dialect dialect, SqlNames names, Clock clock, Duration lockWait) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.names = names;
        this.clock = clock;
        this.lockWait = lockWait;
        this.scripts = MigrationScript.all(dialect);
    }

    /** {@link SchemaMode#MIGRATE}. */
    void migrate() {
        try {
            if (dialect == Dialect.POSTGRESQL) {
                migratePostgresql();
            } else {
                migrateH2();
            }
        } catch (SQLException e) {
            throw SqlFailures.failed("migrating the ctg schema " + where(), e, dialect == Dialect.POSTGRESQL);
        }
    }

    /** {@link SchemaMode#VALIDATE}. */
    void validate() {
        try (Connection c = dataSource.getConnection()) {
            if (!tableExists(c)) {
                throw new StorageException("The ctg schema is not installed " + where() + ": no table "
                        + names.historyTable() + ". Build the repository with SchemaMode.MIGRATE, or apply the scripts"
                        + " db/ctg/" + dialect.folder + "/*.sql (e.g. with Flyway) and record them there.");
            }
            List<MigrationScript> pending = pending(readHistory(c));
            if (!pending.isEmpty()) {
                throw new StorageException("The ctg schema " + where() + " lacks " + describe(pending)
                        + ": build the repository with SchemaMode.MIGRATE, or apply them first.");
            }
        } catch (SQLException e) {
            throw SqlFailures.failed("validating the ctg schema " + where(), e, false);
        }
    }

    private void migratePostgresql() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            c.setAutoCommit(false);
            try {
                try (PreparedStatement lock = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
                    lock.setInt(1, ADVISORY_LOCK_CLASS);
                    lock.setInt(2, (names.schema() + "." + names.prefix()).toLowerCase(java.util.Locale.ROOT).hashCode());
                    lock.executeQuery().close();
                }
                createHistoryTable(c);
                apply(c, pending(readHistory(c)));
                c.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(c, e);
                throw e;
            } finally {
                c.setAutoCommit(autoCommit);
            }
        }
    }

    private void migrateH2() throws SQLException {
        try (Connection lock = dataSource.getConnection()) {
            createHistoryTable(lock);
            boolean autoCommit = lock.getAutoCommit();
            lock.setAutoCommit(false);
            try {
                lockHistory(lock);
                List<MigrationScript> pending;
                try (Connection work = dataSource.getConnection()) {
                    pending = pending(readHistory(work));
                    apply(work, pending);
                }
                lock.commit();
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(lock, e);
                throw e;
            } finally {
                lock.setAutoCommit(autoCommit);
            }
        }
    }

    /** Waits for the H2 lock row, retrying past H2's lock timeout until {@link #lockWait} has passed. */
    private void lockHistory(Connection lock) throws SQLException {
        long deadline = System.nanoTime() + lockWait.toNanos();
        String sql = "SELECT version FROM " + names.historyTable() + " WHERE version = ? FOR UPDATE";
        while (true) {
            try (PreparedStatement select = lock.prepareStatement(sql)) {
                select.setString(1, CREATED_MARKER);
                select.executeQuery().close();
                return;
            } catch (SQLException e) {
                if (e.getErrorCode() != H2_LOCK_TIMEOUT || System.nanoTime() > deadline) {
                    throw e;
                }
                LOG.info("Waiting for another application to finish migrating the ctg schema {}", where());
                lock.rollback();
            }
        }
    }

    private void createHistoryTable(Connection c) throws SQLException {
        if (!schemaExists(c)) {
            try (Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema());
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS " + names.historyTable() + " ("
                    + "version VARCHAR(50) NOT NULL PRIMARY KEY, "
                    + "description VARCHAR(200) NOT NULL, "
                    + "script VARCHAR(1000) NOT NULL, "
                    + "checksum INTEGER, "
                    + "installed_by VARCHAR(100), "
                    + "installed_on TIMESTAMP WITH TIME ZONE NOT NULL, "
                    + "execution_time_ms INTEGER NOT NULL, "
                    + "success BOOLEAN NOT NULL)");
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + names.historyTable()
                + " (version, description, script, installed_by, installed_on, execution_time_ms, success)"
                + " SELECT ?, '<< ctg schema history >>', '', ?, ?, 0, TRUE"
                + " WHERE NOT EXISTS (SELECT 1 FROM " + names.historyTable() + " WHERE version = ?)")) {
            insert.setString(1, CREATED_MARKER);
            insert.setString(2, user(c));
            insert.setObject(3, now());
            insert.setString(4, CREATED_MARKER);
            insert.executeUpdate();
        } catch (SQLException e) {
            // On H2 (auto-commit, before the lock) another application may insert the marker at the same
            // moment: then it is there, which is all this needs.
            if (!SqlFailures.isUniqueViolation(e) || !c.getAutoCommit()) {
                throw e;
            }
        }
    }

    private boolean schemaExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM information_schema.schemata WHERE UPPER(schema_name) = UPPER(?)")) {
            s.setString(1, names.schema());
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private boolean tableExists(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM information_schema.tables"
                + " WHERE UPPER(table_schema) = UPPER(?) AND UPPER(table_name) = UPPER(?)")) {
            s.setString(1, names.schema());
            s.setString(2, names.prefix() + SqlNames.HISTORY_TABLE);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private record Applied(int checksum, boolean success, String description) {}

    private Map<Integer, Applied> readHistory(Connection c) throws SQLException {
        Map<Integer, Applied> applied = new LinkedHashMap<>();
        try (PreparedStatement s = c.prepareStatement("SELECT version, checksum, success, description FROM "
                + names.historyTable() + " WHERE version <> ?")) {
            s.setString(1, CREATED_MARKER);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    int version;
                    try {
                        version = Integer.parseInt(rs.getString(1));
                    } catch (NumberFormatException e) {
                        throw new StorageException("The ctg schema history " + names.historyTable() + " holds version '"
                                + rs.getString(1) + "', which this version of ctg-storage-jdbc does not know");
                    }
                    applied.put(version, new Applied(rs.getInt(2), rs.getBoolean(3), rs.getString(4)));
                }
            }
        }
        return applied;
    }

    /** The scripts not yet applied, after checking that those applied are known, succeeded and are unchanged. */
    private List<MigrationScript> pending(Map<Integer, Applied> applied) {
        Map<Integer, MigrationScript> known = new LinkedHashMap<>();
        scripts.forEach(s -> known.put(s.version(), s));
        for (Map.Entry<Integer, Applied> entry : applied.entrySet()) {
            MigrationScript script = known.get(entry.getKey());
            Applied row = entry.getValue();
            if (script == null) {
                throw new StorageException("The ctg schema " + where() + " has migration V" + entry.getKey() + " ("
                        + row.description() + "), which this version of ctg-storage-jdbc does not know: it was"
                        + " migrated by a newer version. Use that version (or a later one).");
            }
            if (!row.success()) {
                throw new StorageException("Migration V" + script.version() + " of the ctg schema " + where()
                        + " failed part-way earlier, and H2 cannot undo DDL: restore a backup, or drop the ctg tables"
                        + " and the history table " + names.historyTable() + " and start again.");
            }
            if (row.checksum() != script.checksum()) {
                throw new StorageException("Migration V" + script.version() + " of the ctg schema " + where()
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
        for (MigrationScript script : pending) {
            long start = System.nanoTime();
            int done = 0;
            List<String> statements = script.statements(names.placeholders());
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                    done++;
                }
            } catch (SQLException e) {
                if (dialect == Dialect.H2) {
                    recordFailure(c, script);
                }
                throw new SQLException("Script " + script.resource() + " failed at statement " + (done + 1) + " of "
                        + statements.size() + ": " + e.getMessage(), e.getSQLState(), e.getErrorCode(), e);
            }
            long millis = Duration.ofNanos(System.nanoTime() - start).toMillis();
            record(c, script, millis, true);
            LOG.info("Applied ctg schema migration {} {} in {} ms", script.resource(), where(), millis);
        }
    }

    private void recordFailure(Connection c, MigrationScript script) {
        try {
            record(c, script, 0, false);
        } catch (SQLException e) {
            LOG.warn("Could not record the failure of {} in {}", script.resource(), names.historyTable(), e);
        }
    }

    private void record(Connection c, MigrationScript script, long millis, boolean success) throws SQLException {
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + names.historyTable()
                + " (version, description, script, checksum, installed_by, installed_on, execution_time_ms, success)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, Integer.toString(script.version()));
            insert.setString(2, script.description());
            insert.setString(3, script.resource());
            insert.setInt(4, script.checksum());
            insert.setString(5, user(c));
            insert.setObject(6, now());
            insert.setInt(7, (int) Math.min(Integer.MAX_VALUE, millis));
            insert.setBoolean(8, success);
            insert.executeUpdate();
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private static String user(Connection c) throws SQLException {
        String user = c.getMetaData().getUserName();
        return user == null || user.length() <= 100 ? user : user.substring(0, 100);
    }

    private String where() {
        return "in schema " + names.schema() + (names.prefix().isEmpty() ? "" : " with table prefix " + names.prefix());
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
