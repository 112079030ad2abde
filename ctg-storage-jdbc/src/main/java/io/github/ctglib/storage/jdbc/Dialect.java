package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything that differs between the databases the adapter supports, and nothing else: the column types of
 * the scripts, id ordering, the migration lock, whether DDL is transactional, paging, how a JSON parameter is
 * bound, and the SQL states of duplicate keys and lost connections. The rest of the adapter asks the dialect
 * and never tests which one it has.
 */
enum Dialect {
    H2("H2", "h2") {
        @Override
        Map<String, String> typePlaceholders() {
            // H2 compares strings by character codes unless told otherwise; its JSON type would keep a bound
            // string as a JSON string value, so the document is a character large object.
            return Map.of(ID_TYPE, "VARCHAR(" + ConventionRow.ID_LENGTH + ")", DOCUMENT_TYPE, "CHARACTER LARGE OBJECT");
        }

        @Override
        boolean transactionalDdl() {
            return false;
        }

        @Override
        MigrationLock migrationLock(SqlNames names, Duration wait) {
            return new MigrationLock.ClaimedRow(names, wait, this);
        }

        @Override
        boolean isDuplicateKey(SQLException e) {
            return DUPLICATE_KEY_STATE.equals(e.getSQLState());
        }

        @Override
        Set<String> lostConnectionStates() {
            // "connection broken", "database closed" (twice), "object already closed" (closed under us).
            return Set.of("90067", "90098", "90121", "90007");
        }
    },

    POSTGRESQL("PostgreSQL", "postgresql") {
        @Override
        Map<String, String> typePlaceholders() {
            // COLLATE "C": ORDER BY id is Java's String order whatever the database's locale.
            return Map.of(ID_TYPE, "VARCHAR(" + ConventionRow.ID_LENGTH + ") COLLATE \"C\"", DOCUMENT_TYPE, "JSONB");
        }

        @Override
        String documentParameter() {
            return "CAST(? AS JSONB)";
        }

        @Override
        boolean transactionalDdl() {
            return true;
        }

        @Override
        MigrationLock migrationLock(SqlNames names, Duration wait) {
            return new MigrationLock.TransactionAdvisoryLock(names);
        }

        @Override
        boolean isDuplicateKey(SQLException e) {
            return DUPLICATE_KEY_STATE.equals(e.getSQLState());
        }

        @Override
        Set<String> lostConnectionStates() {
            // "terminated by the administrator", "cannot connect now".
            return Set.of("57P01", "57P03");
        }

        @Override
        List<String> ownScripts() {
            return List.of("V2__analyst_views.sql", "V4__analyst_views_format_2.sql", "V5__equipment_view.sql");
        }
    },

    MARIADB("MariaDB", "mariadb") {
        @Override
        Map<String, String> typePlaceholders() {
            // Ids are ASCII by the model's pattern: a binary collation orders them by character codes.
            return Map.of(ID_TYPE, "VARCHAR(" + ConventionRow.ID_LENGTH + ") CHARACTER SET ascii COLLATE ascii_bin",
                    DOCUMENT_TYPE, "LONGTEXT CHARACTER SET utf8mb4 COLLATE utf8mb4_bin");
        }

        @Override
        String firstRows(int count) {
            return " LIMIT " + count;
        }

        @Override
        String quoted(String name) {
            return quotedExactly(name); // MariaDB keeps the case of table names as given
        }

        @Override
        String quotedExactly(String name) {
            return "`" + name + "`";
        }

        @Override
        String currentSchema(Connection c) throws SQLException {
            return c.getCatalog(); // a MariaDB "schema" is a database
        }

        @Override
        boolean transactionalDdl() {
            return false;
        }

        @Override
        MigrationLock migrationLock(SqlNames names, Duration wait) {
            return new MigrationLock.NamedLock(names, wait);
        }

        @Override
        boolean isDuplicateKey(SQLException e) {
            return e.getErrorCode() == MARIADB_DUPLICATE_ENTRY;
        }

        @Override
        Set<String> lostConnectionStates() {
            return Set.of(); // the driver reports them in the standard class 08
        }
    };

    /** The placeholders of the scripts' types. */
    static final String ID_TYPE = "id_type";
    static final String DOCUMENT_TYPE = "document_type";
    /** The scripts every dialect applies, under {@code db/ctg/common/}. A test checks the folder holds these. */
    static final List<String> COMMON_SCRIPTS = List.of("V1__init.sql", "V3__several_epcis.sql");

    private static final String DUPLICATE_KEY_STATE = "23505";
    private static final int MARIADB_DUPLICATE_ENTRY = 1062;

    /** {@link DatabaseMetaData#getDatabaseProductName()} of its driver. */
    final String product;
    /** The folder of its own scripts under {@code db/ctg/}. */
    final String folder;

    Dialect(String product, String folder) {
        this.product = product;
        this.folder = folder;
    }

    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        for (Dialect dialect : values()) {
            if (dialect.product.equalsIgnoreCase(product)) {
                return dialect;
            }
        }
        throw new StorageException("ctg-storage-jdbc supports H2, PostgreSQL and MariaDB, not " + product
                + ": give it a DataSource of one of those");
    }

    /** The column types the shared scripts leave to the dialect. */
    abstract Map<String, String> typePlaceholders();

    /** Where a statement binds a convention document given as a string. */
    String documentParameter() {
        return "?";
    }

    /** The clause that keeps the first {@code count} rows of an ordered query. */
    String firstRows(int count) {
        return " FETCH FIRST " + count + " ROWS ONLY";
    }

    /**
     * {@code name} as a quoted identifier, as Flyway writes the names of its history table: in lower case
     * where the database folds unquoted names (H2 folds them to upper case, PostgreSQL to lower case).
     */
    String quoted(String name) {
        return quotedExactly(name.toLowerCase(java.util.Locale.ROOT));
    }

    /** {@code name} as a quoted identifier of exactly that case. */
    String quotedExactly(String name) {
        return "\"" + name + "\"";
    }

    /** The schema a connection works in, {@code null} when it has none. */
    String currentSchema(Connection c) throws SQLException {
        return c.getSchema();
    }

    /** Whether DDL takes part in a transaction: then a migration is one transaction, undone whole on failure. */
    abstract boolean transactionalDdl();

    /** How applications migrating the same tables at once wait for each other. */
    abstract MigrationLock migrationLock(SqlNames names, Duration wait);

    /** Whether {@code e} itself (not its chain) reports a duplicate primary or unique key. */
    abstract boolean isDuplicateKey(SQLException e);

    /** The SQL states, beyond the standard class 08, of a connection that failed or was closed under us. */
    abstract Set<String> lostConnectionStates();

    /** The scripts of this dialect alone, under {@code db/ctg/<folder>/}, with versions no shared script has. */
    List<String> ownScripts() {
        return List.of();
    }
}
