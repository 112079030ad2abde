package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Fixtures.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

class H2SchemaMigrationTest extends SchemaMigrationTest {

    @Override
    TestDatabase database() {
        return TestDatabase.h2Memory();
    }

    @Override
    Dialect dialect() {
        return Dialect.H2;
    }

    @Test
    void aDatabaseOfCtg01IsRefusedWithTheWayToMoveItAndLeftUntouched() throws Exception {
        assertAVersion01DatabaseIsRefusedAndLeftUntouched();
    }

    @Test
    void aSchemaOptionCreatesTheSchema() throws Exception {
        JdbcConventionRepository repository = JdbcConventionRepository.builder(dataSource).schema("ctg").build();

        assertThat(repository.tableName("convention")).isEqualTo("ctg.convention");
        assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'CTG'"
                + " AND table_name = 'ctg_schema_history'")).containsExactly("1");
    }

    /**
     * The shared folder holds the scripts every dialect applies, each dialect's folder its own, all named as
     * Flyway expects, no version twice: a host's Flyway reads the two folders of its dialect.
     */
    @Test
    void theJarShipsFlywayNamedScriptsSharedAndPerDialect() throws IOException, URISyntaxException {
        assertThat(scriptsIn("common")).isEqualTo(Dialect.COMMON_SCRIPTS);
        for (Dialect dialect : Dialect.values()) {
            assertThat(scriptsIn(dialect.folder)).as(dialect.folder).isEqualTo(dialect.ownScripts());
            List<Integer> versions = MigrationScript.all(dialect).stream().map(MigrationScript::version).toList();
            assertThat(versions).as(dialect.folder).doesNotHaveDuplicates().isSorted();
            List<String> names = new ArrayList<>(Dialect.COMMON_SCRIPTS);
            names.addAll(dialect.ownScripts());
            assertThat(names).allMatch(name -> name.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql"));
        }
    }

    private List<String> scriptsIn(String folder) throws IOException, URISyntaxException {
        var url = getClass().getClassLoader().getResource("db/ctg/" + folder);
        if (url == null) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    /** The lock row of an application that died while migrating is reported after the wait, with the fix. */
    @Test
    void aLockLeftByAnApplicationThatDiedIsReportedWithTheWayToClearIt() throws Exception {
        execute("CREATE TABLE ctg_schema_lock (id INTEGER NOT NULL PRIMARY KEY, locked_by VARCHAR(100))");
        execute("INSERT INTO ctg_schema_lock VALUES (1, 'crashed')");

        assertThatThrownBy(() -> builder().migrationLockWait(java.time.Duration.ofMillis(200)).build())
                .isInstanceOf(io.github.ctglib.ports.StorageException.class)
                .hasMessageContaining("delete the row of PUBLIC.ctg_schema_lock");
        assertThat(tableNames()).doesNotContain("convention");

        execute("DELETE FROM ctg_schema_lock");
        assertThat(builder().build().save(Frontignan.draft(), change("création")).getVersion()).isEqualTo(1);
        assertThat(query("SELECT COUNT(*) FROM ctg_schema_lock")).containsExactly("0");
    }

    /** A host that applies the shipped scripts with Flyway, into ctg's history table, passes VALIDATE. */
    @Test
    void validateAcceptsASchemaAppliedWithFlyway() {
        Map<String, String> placeholders = new HashMap<>(Dialect.H2.typePlaceholders());
        placeholders.put("schema", "PUBLIC");
        placeholders.put("prefix", "");
        Flyway.configure().dataSource(dataSource).schemas("PUBLIC").table("ctg_schema_history")
                .locations("classpath:db/ctg/common").placeholders(placeholders).load().migrate();

        JdbcConventionRepository validated = builder().mode(SchemaMode.VALIDATE).build();
        assertThat(validated.save(Frontignan.draft(), change("création")).getVersion()).isEqualTo(1);
        assertThat(builder().build().findById(Frontignan.ID)).isPresent();
    }
}
