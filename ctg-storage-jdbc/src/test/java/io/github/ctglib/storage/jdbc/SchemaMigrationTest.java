package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Fixtures.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.testsupport.SampleConventions;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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

/** The schema scripts, the history table, the modes and the options; on H2, PostgreSQL and MariaDB. */
abstract class SchemaMigrationTest {
    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");
    /** The tables the adapter writes, with the columns {@link ConventionRow} declares. */
    private static final Map<String, List<String>> TABLES = Map.of(
            "convention", ConventionRow.CONVENTION_COLUMNS,
            "convention_revision", ConventionRow.REVISION_COLUMNS,
            "convention_commune", ConventionRow.COMMUNE_COLUMNS,
            "convention_field", ConventionRow.FIELD_COLUMNS,
            "convention_epci_siren", ConventionRow.EPCI_COLUMNS);
    /** The text columns and the lengths {@link ConventionRow} checks values against. */
    private static final Map<String, Integer> TEXT_LENGTHS = Map.ofEntries(
            Map.entry("convention.id", ConventionRow.ID_LENGTH),
            Map.entry("convention.caf_departement", ConventionRow.DEPARTEMENT_LENGTH),
            Map.entry("convention.epci_siren", ConventionRow.SIREN_LENGTH),
            Map.entry("convention.stage", ConventionRow.ENUM_LENGTH),
            Map.entry("convention_revision.convention_id", ConventionRow.ID_LENGTH),
            Map.entry("convention_commune.convention_id", ConventionRow.ID_LENGTH),
            Map.entry("convention_commune.commune_code", ConventionRow.INSEE_LENGTH),
            Map.entry("convention_field.convention_id", ConventionRow.ID_LENGTH),
            Map.entry("convention_field.kind", ConventionRow.ENUM_LENGTH),
            Map.entry("convention_epci_siren.convention_id", ConventionRow.ID_LENGTH),
            Map.entry("convention_epci_siren.epci_siren", ConventionRow.SIREN_LENGTH));

    private TestDatabase database;
    protected DataSource dataSource;

    abstract TestDatabase database();

    abstract Dialect dialect();

    @BeforeEach
    void emptyDatabase() {
        database = database();
        dataSource = database.newDataSource();
    }

    @AfterEach
    void dropDatabase() {
        database.close();
    }

    protected JdbcConventionRepository.Builder builder() {
        return JdbcConventionRepository.builder(dataSource).clock(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @Test
    void theTablesAreTheOnesTheAdapterWrites() throws SQLException {
        builder().build();

        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData metaData = c.getMetaData();
            for (Map.Entry<String, List<String>> table : TABLES.entrySet()) {
                List<String> names = new ArrayList<>();
                try (ResultSet columns = metaData.getColumns(catalog(metaData), schemaPattern(metaData),
                        identifier(metaData, table.getKey()), null)) {
                    while (columns.next()) {
                        String name = columns.getString("COLUMN_NAME").toLowerCase(Locale.ROOT);
                        names.add(name);
                        Integer length = TEXT_LENGTHS.get(table.getKey() + "." + name);
                        if (length != null) {
                            assertThat(columns.getInt("COLUMN_SIZE")).as(table.getKey() + "." + name).isEqualTo(length);
                        }
                    }
                }
                assertThat(names).as("columns of " + table.getKey()).containsExactlyElementsOf(table.getValue());
            }
        }
    }

    @Test
    void theMigrationIsRecordedOnceInAHistoryTableOfFlywaysLayout() throws SQLException {
        builder().build();
        builder().build();

        List<String> expected = new ArrayList<>();
        int rank = 1;
        for (MigrationScript script : MigrationScript.all(dialect())) {
            expected.add(String.join("|", Integer.toString(rank++), Integer.toString(script.version()),
                    script.description(), "SQL", script.fileName(), Integer.toString(script.checksum()),
                    LocalDateTime.ofInstant(NOW, ZoneOffset.UTC).toString(), "true"));
        }
        assertThat(query("SELECT " + columns("installed_rank", "version", "description", "type", "script", "checksum",
                "installed_on", "success") + " FROM " + history() + " ORDER BY " + columns("installed_rank")))
                .containsExactlyElementsOf(expected);
    }

    /** The checksum is Flyway's: CRC32 of the lines without their line breaks, whatever they are. */
    @Test
    void theChecksumIgnoresLineBreaks() {
        MigrationScript unix = new MigrationScript(1, "x", "V1__x.sql", "V1__x.sql", "SELECT 1;\nSELECT 2;\n");
        MigrationScript windows = new MigrationScript(1, "x", "V1__x.sql", "V1__x.sql", "SELECT 1;\r\nSELECT 2;");
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update("SELECT 1;".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        crc.update("SELECT 2;".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThat(unix.checksum()).isEqualTo(windows.checksum()).isEqualTo((int) crc.getValue());
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
        execute("UPDATE " + history() + " SET " + columns("checksum") + " = " + columns("checksum") + " + 1 WHERE "
                + columns("version") + " = '1'");

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
        execute("INSERT INTO " + history() + " (" + columns("installed_rank", "version", "description", "type", "script",
                "checksum", "installed_by", "installed_on", "execution_time", "success") + ") VALUES (99, '99',"
                + " 'later', 'SQL', 'V99__later.sql', 0, 'x', CURRENT_TIMESTAMP, 1, TRUE)");

        assertThatThrownBy(() -> builder().build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("V99")
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
        assertThat(query("SELECT " + columns("version") + " FROM " + history() + " ORDER BY " + columns("installed_rank")))
                .containsExactlyElementsOf(MigrationScript.all(dialect()).stream()
                        .map(script -> Integer.toString(script.version())).toList());
    }

    @Test
    void aTablePrefixLetsTwoStoresShareASchema() throws SQLException {
        JdbcConventionRepository first = builder().tablePrefix("a_").build();
        JdbcConventionRepository second = builder().tablePrefix("b_").build();

        first.save(Frontignan.draft(), change("création"));

        assertThat(second.findById(Frontignan.ID)).isEmpty();
        assertThat(first.findById(Frontignan.ID)).isPresent();
        assertThat(tableNames()).contains("a_convention", "b_convention", "a_ctg_schema_history",
                "b_ctg_schema_history", "a_convention_revision", "b_convention_field");
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

    /**
     * A database of the schema before version 3 (one EPCI per row), holding a document of format 1 as the
     * previous version wrote it: opening it applies V3, which gives the row's EPCI its row; the document reads
     * upgraded, a search by its EPCI finds it, and a save writes format 2.
     */
    @Test
    void aDatabaseOfThePreviousVersionIsMigratedAndItsFormat1DocumentsRead() throws SQLException {
        builder().build();
        String schema = database.defaultSchema();
        String v1 = SampleConventions.FORMAT_1_DOCUMENT;
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // The previous version's schema: V3 not applied, no EPCI rows.
            s.execute("DELETE FROM " + history() + " WHERE " + columns("version") + " = '3'");
            s.execute("DROP TABLE " + schema + ".convention_epci_siren");
            s.execute("INSERT INTO " + schema + ".convention (id, version, caf_departement, epci_siren, stage,"
                    + " is_signed, valid_to) VALUES ('ctg-34-v1', 1, '34', '200066355', 'IN_PREPARATION', FALSE,"
                    + " DATE '2027-12-31')");
            s.execute("INSERT INTO " + schema + ".convention_commune (convention_id, commune_code)"
                    + " VALUES ('ctg-34-v1', '34108')");
            try (var insert = c.prepareStatement("INSERT INTO " + schema + ".convention_revision (convention_id,"
                    + " version, document) VALUES ('ctg-34-v1', 1, " + dialect().documentParameter() + ")")) {
                insert.setString(1, v1);
                insert.executeUpdate();
            }
        }

        JdbcConventionRepository repository = builder().build();

        var read = repository.findById("ctg-34-v1").orElseThrow();
        assertThat(read.getTerritory().getEpciSirens()).containsExactly(Frontignan.EPCI);
        assertThat(read.getPredecessorIds()).containsExactly("ctg-34-frontignan-2018");
        assertThat(read.getSignatories().get(0).getRepresentatives()).extracting(r -> r.getName())
                .containsExactly("Thierry Mathieu");
        assertThat(read.getGovernance().getCoordinators()).extracting(r -> r.getName()).containsExactly("Nadia Benali");
        assertThat(repository.search(io.github.ctglib.ports.ConventionQuery.builder().epciSiren(Frontignan.EPCI)
                .build())).extracting(c -> c.getId()).containsExactly("ctg-34-v1");
        var saved = repository.save(read, change("après la migration"));
        assertThat(query("SELECT epci_siren FROM " + schema + ".convention_epci_siren WHERE convention_id = 'ctg-34-v1'"))
                .containsExactly(Frontignan.EPCI);
        assertThat(repository.findById("ctg-34-v1")).contains(saved);
    }

    /**
     * A database that ctg 0.1 created (its script, from the test resources, and its history table) is refused
     * at open, by every mode that looks, with the way to move it; nothing in it is changed. For the dialects
     * ctg 0.1 had (H2, PostgreSQL).
     */
    protected void assertAVersion01DatabaseIsRefusedAndLeftUntouched() throws Exception {
        createVersion01Database("db/ctg-0.1/" + dialect().folder + "/V1__init.sql");
        List<String> tables = tableNames();
        List<String> history = query("SELECT version, checksum FROM " + database.defaultSchema()
                + ".ctg_schema_history ORDER BY version");

        for (SchemaMode mode : List.of(SchemaMode.MIGRATE, SchemaMode.VALIDATE)) {
            assertThatThrownBy(() -> builder().mode(mode).build())
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("created by ctg 0.1")
                    .hasMessageContaining("ctg copy --from")
                    .hasMessageContaining("nothing was changed");
        }
        assertThat(tableNames()).containsExactlyInAnyOrderElementsOf(tables);
        assertThat(query("SELECT version, checksum FROM " + database.defaultSchema()
                + ".ctg_schema_history ORDER BY version")).isEqualTo(history);
    }

    /** The history table, quoted as the adapter and Flyway write it. */
    protected String history() {
        return database.defaultSchema() + "." + dialect().quoted("ctg_schema_history");
    }

    /** Columns of the history table, quoted so. */
    protected String columns(String... names) {
        return String.join(", ", java.util.Arrays.stream(names).map(dialect()::quoted).toList());
    }

    /** What ctg 0.1 left in a database: its tables, and its history table with the marker row and V1. */
    private void createVersion01Database(String resource) throws Exception {
        String text;
        try (var in = getClass().getClassLoader().getResourceAsStream(resource)) {
            text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        MigrationScript v01 = new MigrationScript(1, "init", "V1__init.sql", resource, text);
        String schema = database.defaultSchema();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String statement : v01.statements(Map.of("schema", schema, "prefix", ""))) {
                s.execute(statement);
            }
            s.execute("CREATE TABLE " + schema + ".ctg_schema_history (version VARCHAR(50) NOT NULL PRIMARY KEY,"
                    + " description VARCHAR(200) NOT NULL, script VARCHAR(1000) NOT NULL, checksum INTEGER,"
                    + " installed_by VARCHAR(100), installed_on TIMESTAMP WITH TIME ZONE NOT NULL,"
                    + " execution_time_ms INTEGER NOT NULL, success BOOLEAN NOT NULL)");
            s.execute("INSERT INTO " + schema + ".ctg_schema_history VALUES ('0', '<< ctg schema history >>', '', NULL,"
                    + " 'sa', CURRENT_TIMESTAMP, 0, TRUE)");
            s.execute("INSERT INTO " + schema + ".ctg_schema_history VALUES ('1', 'init', '" + resource + "', "
                    + crc32(text) + ", 'sa', CURRENT_TIMESTAMP, 12, TRUE)");
        }
    }

    /** The checksum ctg 0.1 recorded: CRC32 of the whole text. */
    private static int crc32(String text) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(text.replace("\r\n", "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return (int) crc.getValue();
    }

    private static String identifier(DatabaseMetaData metaData, String name) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? name.toUpperCase(Locale.ROOT) : name.toLowerCase(Locale.ROOT);
    }

    /** The catalog and schema pattern of the default schema in the metadata (MariaDB's schemas are catalogs). */
    private String catalog(DatabaseMetaData metaData) throws SQLException {
        return metaData.supportsSchemasInTableDefinitions() ? null : database.defaultSchema();
    }

    private String schemaPattern(DatabaseMetaData metaData) throws SQLException {
        return metaData.supportsSchemasInTableDefinitions() ? identifier(metaData, database.defaultSchema()) : null;
    }

    /** Tables of the default schema, in lower case. */
    protected List<String> tableNames() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
                ResultSet tables = c.getMetaData().getTables(catalog(c.getMetaData()), schemaPattern(c.getMetaData()),
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
                    values.add(value instanceof java.sql.Timestamp || value instanceof LocalDateTime
                            ? rs.getObject(i, LocalDateTime.class).toString()
                            : value instanceof Boolean || value instanceof String || value == null ? String.valueOf(value)
                            : rs.getString(i));
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
