package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import io.github.ctglib.vocabulary.Patterns;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Row-level security by CAF on PostgreSQL, for hosts that give each CAF its own database role: the database
 * itself then keeps a CAF's role to its département's conventions, whatever code connects with it. Applied by
 * the tables' owner after the schema is migrated; the owner stays unrestricted.
 *
 * <pre>{@code
 * PostgresRowLevelSecurity rls = PostgresRowLevelSecurity.of(ownerDataSource, "ctg", "");
 * rls.install();
 * rls.grantCaf("caf_herault", "34");   // the role exists; it now sees and changes département 34 only
 * }</pre>
 *
 * <p>A CAF's role sees no other département's convention, so the territorial exclusivity a lifecycle checks
 * through it covers its own département only: a CTG across départements is signed through a role that sees
 * both (the owner, or one mapped to each). The analyst views are switched to the querying role's rights
 * ({@code security_invoker}, PostgreSQL 15 and later), so they obey the same policies.
 */
public final class PostgresRowLevelSecurity {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresRowLevelSecurity.class);
    private static final String SCRIPT_FOLDER = "postgresql-rls";
    private static final String SCRIPT = "V1__row_level_security.sql";
    private static final List<String> TABLES = List.of("convention", "convention_revision", "convention_commune",
            "convention_field", "convention_epci_siren");

    private final DataSource owner;
    private final SqlNames names;

    private PostgresRowLevelSecurity(DataSource owner, SqlNames names) {
        this.owner = owner;
        this.names = names;
    }

    /**
     * @param owner       connections as the role that owns the ctg tables
     * @param schema      the schema of the tables, as given to {@link JdbcConventionRepository.Builder#schema}
     * @param tablePrefix their prefix, as given to the builder ({@code ""} for none)
     * @return the installer of the policies on those tables
     */
    public static PostgresRowLevelSecurity of(DataSource owner, String schema, String tablePrefix) {
        return new PostgresRowLevelSecurity(Objects.requireNonNull(owner, "owner"), new SqlNames(schema, tablePrefix));
    }

    /** Creates the role table and the policies, and switches the analyst views to the caller's rights; idempotent. */
    public void install() {
        List<String> statements = new ArrayList<>(MigrationScript.load(SCRIPT_FOLDER, SCRIPT)
                .statements(names.placeholders()));
        inTransaction(c -> {
            for (String view : views(c)) {
                statements.add("ALTER VIEW " + names.schema() + "." + view + " SET (security_invoker = true)");
            }
            try (Statement s = c.createStatement()) {
                for (String statement : statements) {
                    s.execute(statement);
                }
            }
        });
        LOG.info("Row-level security by CAF installed on {}", names.qualified("convention"));
    }

    /**
     * Maps the database role {@code role} to the CAF of {@code departementCode} and grants it what the
     * repository needs: it then reads and writes that département's conventions only.
     *
     * @param role the database role of that CAF's application
     * @param departementCode the CAF's département ({@code 34}, {@code 2A}, {@code 974})
     * @throws IllegalArgumentException for a role that is not a plain SQL identifier or a malformed département
     */
    public void grantCaf(String role, String departementCode) {
        SqlNames.requireIdentifier(role, "role", SqlNames.MAX_SCHEMA);
        if (departementCode == null || !departementCode.matches(Patterns.DEPARTEMENT)) {
            throw new IllegalArgumentException("Invalid département '" + departementCode + "': use 34, 2A or 974");
        }
        inTransaction(c -> {
            try (PreparedStatement map = c.prepareStatement("INSERT INTO " + names.qualified("caf_role")
                    + " (role_name, caf_departement) VALUES (?, ?) ON CONFLICT (role_name) DO UPDATE"
                    + " SET caf_departement = EXCLUDED.caf_departement")) {
                map.setString(1, role);
                map.setString(2, departementCode);
                map.executeUpdate();
            }
            try (Statement s = c.createStatement()) {
                s.execute("GRANT USAGE ON SCHEMA " + names.schema() + " TO " + role);
                for (String table : TABLES) {
                    s.execute("GRANT SELECT, INSERT, UPDATE, DELETE ON " + names.qualified(table) + " TO " + role);
                }
                s.execute("GRANT SELECT ON " + names.qualified("caf_role") + ", "
                        + names.qualified(SqlNames.HISTORY_TABLE) + " TO " + role);
                for (String view : views(c)) {
                    s.execute("GRANT SELECT ON " + names.schema() + "." + view + " TO " + role);
                }
            }
        });
        LOG.info("Role {} mapped to the CAF of département {} on {}", role, departementCode,
                names.qualified("convention"));
    }

    /** The analyst views of these tables (their names start with the prefix). */
    private List<String> views(Connection c) throws SQLException {
        List<String> views = new ArrayList<>();
        try (PreparedStatement q = c.prepareStatement(
                "SELECT viewname FROM pg_views WHERE schemaname = ? AND viewname LIKE ? ORDER BY viewname")) {
            q.setString(1, names.schema().toLowerCase(java.util.Locale.ROOT));
            q.setString(2, names.prefix().toLowerCase(java.util.Locale.ROOT).replace("_", "\\_") + "%");
            try (ResultSet rs = q.executeQuery()) {
                while (rs.next()) {
                    views.add(rs.getString(1));
                }
            }
        }
        return views;
    }

    private interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StorageException("Could not set up row-level security on " + names.qualified("convention")
                    + " (SQLState " + e.getSQLState() + ": " + e.getMessage() + "). Run it as the tables' owner.", e);
        }
    }
}
