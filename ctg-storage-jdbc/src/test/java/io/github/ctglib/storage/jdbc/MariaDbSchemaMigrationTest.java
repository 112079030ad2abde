package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@EnabledWithMariaDb
class MariaDbSchemaMigrationTest extends SchemaMigrationTest {
    private TestDatabase.MariaDb mariadb;

    @Override
    TestDatabase database() {
        mariadb = (TestDatabase.MariaDb) TestDatabase.mariadb();
        return mariadb;
    }

    @Override
    Dialect dialect() {
        return Dialect.MARIADB;
    }

    @Test
    void aSchemaOptionCreatesTheDatabase() throws Exception {
        String schema = mariadb.newSchemaName();
        JdbcConventionRepository repository = JdbcConventionRepository.builder(mariadb.plainDataSource())
                .schema(schema).build();

        assertThat(repository.tableName("convention")).isEqualTo(schema + ".convention");
        assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'ctg_schema_history'")).containsExactly("1");
    }

    @Test
    void idsAreOrderedByCharacterCodes() throws Exception {
        JdbcConventionRepository.builder(dataSource).build();

        assertThat(query("SELECT collation_name FROM information_schema.columns WHERE table_schema = '"
                + mariadb.defaultSchema() + "' AND table_name = 'convention' AND column_name = 'id'"))
                .containsExactly("ascii_bin");
    }
}
