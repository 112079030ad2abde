package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Fixtures.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.StorageException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The schema scripts, the history table, the modes and the options; on H2 and on PostgreSQL. */
abstract class SchemaMigrationTest {
    private static final Map<ColumnType, Set<String>> TYPE_NAMES = Map.of(
            ColumnType.TEXT, Set.of("varchar", "character varying"),
            ColumnType.INTEGER, Set.of("integer", "int4"),
            ColumnType.BIGINT, Set.of("bigint", "int8"),
            ColumnType.BOOLEAN, Set.of("boolean", "bool"),
            ColumnType.DATE, Set.of("date"),
            ColumnType.TIMESTAMP, Set.of("timestamp with time zone", "timestamptz"),
            ColumnType.DECIMAL, Set.of("numeric", "decfloat"),
            ColumnType.MONEY, Set.of("numeric"),
            ColumnType.SCALE, Set.of("smallint", "int2"));
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private TestDatabase database;
    protected DataSource dataSource;

    abstract TestDatabase database();

    @BeforeEach
    void emptyDatabase() {
        database = database();
        dataSource = database.newDataSource();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    private JdbcConventionRepository.Builder builder() {
        return JdbcConventionRepository.builder(dataSource).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theTablesAreTheOnesTheAdapterWrites() throws SQLException {
        builder().build();

        List<Table> tables = new ArrayList<>(Tables.REVISION_TABLES);
        tables.add(0, Tables.CONVENTION);
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData metaData = c.getMetaData();
            for (Table table : tables) {
                List<String> names = new ArrayList<>();
                try (ResultSet columns = metaData.getColumns(null, identifier(metaData, database.defaultSchema()),
                        identifier(metaData, table.name), null)) {
                    while (columns.next()) {
                        String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        names.add(name);
                        Column expected = table.column(name);
                        String where = table.name + "." + name;
                        assertThat(columns.getString("TYPE_NAME").toLowerCase(Locale.ROOT)).as(where)
                                .isIn(TYPE_NAMES.get(expected.type()));
                        if (expected.type() == ColumnType.TEXT) {
                            assertThat(columns.getInt("COLUMN_SIZE")).as(where).isEqualTo(expected.maxLength());
                        }
                        if (expected.type() == ColumnType.MONEY) {
                            assertThat(columns.getInt("COLUMN_SIZE")).as(where)
                                    .isEqualTo(Tables.MONEY_INTEGER_DIGITS + Tables.MONEY_FRACTION_DIGITS);
                            assertThat(columns.getInt("DECIMAL_DIGITS")).as(where).isEqualTo(Tables.MONEY_FRACTION_DIGITS);
                        }
                    }
                }
                assertThat(names).as("columns of " + table.name)
                        .containsExactlyElementsOf(table.columns.stream().map(Column::name).toList());
            }
        }
    }

    @Test
    void theMigrationIsRecordedOnceInTheAdaptersOwnHistoryTable() throws SQLException {
        builder().build();
        builder().build();

        List<String> rows = query("SELECT version, description, script, checksum, installed_on, success FROM "
                + database.defaultSchema() + ".ctg_schema_history WHERE version <> '0'");
        MigrationScript v1 = MigrationScript.all(dialect()).get(0);
        assertThat(rows).containsExactly(String.join("|", "1", "init", "db/ctg/" + dialect().folder + "/V1__init.sql",
                Integer.toString(v1.checksum()), NOW.toString(), "true"));
        assertThat(query("SELECT COUNT(*) FROM " + database.defaultSchema() + ".ctg_schema_history"))
                .containsExactly("2");
    }

    @Test
    void validateAcceptsAMigratedSchemaAndRefusesAnEmptyOne() {
        assertThatThrownBy(() -> builder().mode(SchemaMode.VALIDATE).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not installed")
                .hasMessageContaining("SchemaMode.MIGRATE");

        builder().build();
        JdbcConventionRepository validated = builder().mode(SchemaMode.VALIDATE).build();
        assertThat(validated.save(Frontignan.draft(), change("création")).getVersion()).isEqualTo(1);
    }

    @Test
    void modeNoneLeavesTheSchemaAlone() throws SQLException {
        JdbcConventionRepository unmanaged = builder().mode(SchemaMode.NONE).build();

        assertThat(tableNames()).noneMatch(name -> name.contains("convention") || name.contains("ctg_schema_history"));
        assertThatThrownBy(() -> unmanaged.save(Frontignan.draft(), change("création")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("Nothing was written");
    }

    @Test
    void aScriptChangedAfterItWasAppliedIsRefused() throws SQLException {
        builder().build();
        execute("UPDATE " + database.defaultSchema() + ".ctg_schema_history SET checksum = checksum + 1 WHERE version = '1'");

        for (SchemaMode mode : List.of(SchemaMode.MIGRATE, SchemaMode.VALIDATE)) {
            assertThatThrownBy(() -> builder().mode(mode).build())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("V1")
                    .hasMessageContaining("checksum");
        }
    }

    @Test
    void aSchemaMigratedByANewerVersionIsRefused() throws SQLException {
        builder().build();
        execute("INSERT INTO " + database.defaultSchema() + ".ctg_schema_history (version, description, script,"
                + " checksum, installed_on, execution_time_ms, success) VALUES ('2', 'later', 'V2__later.sql', 0,"
                + " CURRENT_TIMESTAMP, 1, TRUE)");

        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("V2")
                .hasMessageContaining("newer version");
    }

    @Test
    void applicationsStartingAtOnceMigrateOnce() throws Exception {
        int applications = 6;
        ExecutorService starts = Executors.newFixedThreadPool(applications);
        try {
            CyclicBarrier together = new CyclicBarrier(applications);
            List<Callable<JdbcConventionRepository>> tasks = new ArrayList<>();
            for (int i = 0; i < applications; i++) {
                tasks.add(() -> {
                    together.await(10, TimeUnit.SECONDS);
                    return builder().build();
                });
            }
            for (Future<JdbcConventionRepository> started : starts.invokeAll(tasks)) {
                assertThat(started.get(60, TimeUnit.SECONDS)).isNotNull();
            }
        } finally {
            starts.shutdownNow();
        }
        assertThat(query("SELECT version FROM " + database.defaultSchema() + ".ctg_schema_history ORDER BY version"))
                .containsExactly("0", "1");
    }

    @Test
    void aTablePrefixLetsTwoStoresShareASchema() throws SQLException {
        JdbcConventionRepository first = builder().tablePrefix("a_").build();
        JdbcConventionRepository second = builder().tablePrefix("b_").build();

        first.save(Frontignan.draft(), change("création"));

        assertThat(second.findById(Frontignan.ID)).isEmpty();
        assertThat(first.findById(Frontignan.ID)).isPresent();
        assertThat(tableNames()).contains("a_convention", "b_convention", "a_ctg_schema_history",
                "b_ctg_schema_history", "a_action", "b_budget_line");
    }

    @Test
    void optionsMustBePlainIdentifiers() {
        for (String schema : List.of("ctg; DROP TABLE x", "1ctg", "ctg.x", "\"ctg\"", "", "x".repeat(64))) {
            assertThatIllegalArgumentException().isThrownBy(() -> builder().schema(schema))
                    .withMessageContaining("schema");
        }
        for (String prefix : List.of("a-b_", "t_;", "1t_", "x".repeat(21))) {
            assertThatIllegalArgumentException().isThrownBy(() -> builder().tablePrefix(prefix))
                    .withMessageContaining("tablePrefix");
        }
    }

    abstract Dialect dialect();

    private static String identifier(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /** Tables of the default schema, in lower case. */
    protected List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(null, identifier(c.getMetaData(), database.defaultSchema()),
                        "%", new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }

    /** The rows of {@code sql}, each as its columns joined by "|" (timestamps as instants). */
    protected List<String> query(String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= columns; i++) {
                    Object value = rs.getObject(i);
                    values.add(value instanceof java.sql.Timestamp || value instanceof java.time.OffsetDateTime
                            ? rs.getObject(i, java.time.OffsetDateTime.class).toInstant().toString()
                            : String.valueOf(value));
                }
                rows.add(String.join("|", values));
            }
        }
        return rows;
    }

    protected void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
