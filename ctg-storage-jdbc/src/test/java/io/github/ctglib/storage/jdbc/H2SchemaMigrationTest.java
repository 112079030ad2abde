package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
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
    void aSchemaOptionCreatesTheSchema() throws Exception {
        JdbcConventionRepository repository = JdbcConventionRepository.builder(dataSource).schema("ctg").build();

        assertThat(repository.tableName("convention")).isEqualTo("ctg.convention");
        assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = 'CTG'"
                + " AND table_name = 'CTG_SCHEMA_HISTORY'")).containsExactly("1");
    }

    /** Each dialect's folder holds exactly the scripts the adapter applies, named as Flyway expects. */
    @Test
    void theJarShipsOneFlywayNamedScriptFolderPerDialect() throws IOException, URISyntaxException {
        for (Dialect dialect : Dialect.values()) {
            Path folder = Path.of(getClass().getClassLoader().getResource("db/ctg/" + dialect.folder).toURI());
            try (Stream<Path> files = Files.list(folder)) {
                List<String> names = files.map(f -> f.getFileName().toString()).sorted().toList();
                assertThat(names).as(dialect.folder).isEqualTo(MigrationScript.FILE_NAMES)
                        .allMatch(name -> name.matches("V[0-9]+__[A-Za-z0-9_]+\\.sql"));
            }
            assertThat(MigrationScript.all(dialect)).extracting(MigrationScript::version).containsExactly(1);
        }
    }
}
