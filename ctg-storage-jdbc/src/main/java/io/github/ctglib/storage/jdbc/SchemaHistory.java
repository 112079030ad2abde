package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The applied migrations, in {@code <schema>.<prefix>ctg_schema_history}, a table of Flyway's layout: a host
 * that applies the shipped scripts with Flyway (pointed at that table) and this adapter read and write the
 * same rows, so {@link SchemaMode#VALIDATE} accepts either.
 */
final class SchemaHistory {

    /** The checksums of ctg 0.1's {@code V1__init.sql} (normalised tables, H2 and PostgreSQL). */
    private static final Set<Integer> VERSION_0_1_CHECKSUMS = Set.of(1240908549, 622765160);

    private static final List<String> COLUMNS = List.of("installed_rank", "version", "description", "type", "script",
            "checksum", "installed_by", "installed_on", "execution_time", "success");

    private final SqlNames names;
    private final Clock clock;
    private final Dialect dialect;
    /** The table, quoted as Flyway quotes it. */
    private final String table;

    SchemaHistory(SqlNames names, Clock clock, Dialect dialect) {
        this.names = names;
        this.clock = clock;
        this.dialect = dialect;
        this.table = names.schema() + "." + dialect.quoted(names.prefix() + SqlNames.HISTORY_TABLE);
    }

    /** The quoted column names, joined. */
    private String columns(List<String> columns) {
        return String.join(", ", columns.stream().map(dialect::quoted).toList());
    }

    record Applied(int checksum, boolean success, String description) {}

    boolean exists(Connection c) throws SQLException {
        return storedName(c).isPresent();
    }

    /** The history table's name as the database keeps it: ctg 0.1's, unquoted, may differ in case from ours. */
    private Optional<String> storedName(Connection c) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("SELECT table_name FROM information_schema.tables"
                + " WHERE UPPER(table_schema) = UPPER(?) AND UPPER(table_name) = UPPER(?) ORDER BY table_name")) {
            s.setString(1, names.schema());
            s.setString(2, names.prefix() + SqlNames.HISTORY_TABLE);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void create(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA IF NOT EXISTS " + names.schema());
            List<String> types = List.of("INTEGER NOT NULL PRIMARY KEY", "VARCHAR(50)", "VARCHAR(200) NOT NULL",
                    "VARCHAR(20) NOT NULL", "VARCHAR(1000) NOT NULL", "INTEGER", "VARCHAR(100) NOT NULL",
                    "TIMESTAMP NOT NULL DEFAULT CURRENT_TIMESTAMP", "INTEGER NOT NULL", "BOOLEAN NOT NULL");
            StringBuilder create = new StringBuilder("CREATE TABLE IF NOT EXISTS " + table + " (");
            for (int i = 0; i < COLUMNS.size(); i++) {
                create.append(i == 0 ? "" : ", ").append(dialect.quoted(COLUMNS.get(i))).append(' ').append(types.get(i));
            }
            s.execute(create.append(')').toString());
        }
    }

    /**
     * The applied migrations by version; rows without a version (Flyway's schema-creation and baseline
     * markers) are left out. Reads only columns that ctg 0.1's history table had too, so that such a
     * database is recognised and refused before anything is changed.
     */
    Map<Integer, Applied> read(Connection c) throws SQLException {
        Map<Integer, Applied> applied = new LinkedHashMap<>();
        String stored = storedName(c).orElseThrow();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT * FROM " + names.schema() + "." + dialect.quotedExactly(stored))) {
            Map<String, Integer> column = new HashMap<>();
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                column.put(rs.getMetaData().getColumnLabel(i).toLowerCase(Locale.ROOT), i);
            }
            while (rs.next()) {
                String version = rs.getString(column.get("version"));
                if (version == null || version.equals("0")) {
                    continue; // ctg 0.1's marker row, refused below by its V1's checksum
                }
                int number;
                try {
                    number = Integer.parseInt(version);
                } catch (NumberFormatException e) {
                    throw new StorageException("The ctg schema history " + table + " holds version '"
                            + version + "', which this version of ctg-storage-jdbc does not know");
                }
                applied.put(number, new Applied(rs.getInt(column.get("checksum")), rs.getBoolean(column.get("success")),
                        rs.getString(column.get("description"))));
            }
        }
        Applied first = applied.get(1);
        if (first != null && VERSION_0_1_CHECKSUMS.contains(first.checksum())) {
            throw new StorageException("The ctg tables " + where() + " were created by ctg 0.1 (one table per part of"
                    + " the model), which this version does not read; nothing was changed. To move the conventions:"
                    + " with the ctg 0.1 command line, copy them to a JSON store (ctg copy --from <this database's"
                    + " jdbc: URL> --to json:<directory>), drop the 0.1 tables and " + table
                    + " (or use another schema or table prefix), then copy the JSON store back with this version"
                    + " (ctg copy --from json:<directory> --to <jdbc: URL>). Every revision is kept.");
        }
        return applied;
    }

    void record(Connection c, MigrationScript script, long millis, boolean success) throws SQLException {
        int rank;
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT COALESCE(MAX(" + dialect.quoted("installed_rank") + "), 0) + 1 FROM " + table)) {
            rs.next();
            rank = rs.getInt(1);
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + table + " (" + columns(COLUMNS)
                + ") VALUES (?, ?, ?, 'SQL', ?, ?, ?, ?, ?, ?)")) {
            insert.setInt(1, rank);
            insert.setString(2, Integer.toString(script.version()));
            insert.setString(3, script.description());
            insert.setString(4, script.fileName());
            insert.setInt(5, script.checksum());
            insert.setString(6, user(c));
            insert.setObject(7, LocalDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            insert.setInt(8, (int) Math.min(Integer.MAX_VALUE, millis));
            insert.setBoolean(9, success);
            insert.executeUpdate();
        }
    }

    static String user(Connection c) throws SQLException {
        String user = c.getMetaData().getUserName();
        if (user == null) {
            return "";
        }
        return user.length() <= 100 ? user : user.substring(0, 100);
    }

    /** The table's name in messages and SQL, quoted as Flyway quotes it. */
    String table() {
        return table;
    }

    String where() {
        return "in schema " + names.schema() + (names.prefix().isEmpty() ? "" : " with table prefix " + names.prefix());
    }
}
