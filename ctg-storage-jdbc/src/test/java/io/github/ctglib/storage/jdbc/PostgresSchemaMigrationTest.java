package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@EnabledWithPostgres
class PostgresSchemaMigrationTest extends SchemaMigrationTest {
    private TestDatabase.Postgres postgres;

    @Override
    TestDatabase database() {
        postgres = (TestDatabase.Postgres) TestDatabase.postgres();
        return postgres;
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void aSchemaOptionCreatesTheSchema() throws Exception {
        String schema = postgres.newSchemaName();
        JdbcConventionRepository repository = JdbcConventionRepository.builder(postgres.plainDataSource())
                .schema(schema).build();

        assertThat(repository.tableName("convention")).isEqualTo(schema + ".convention");
        assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'ctg_schema_history'")).containsExactly("1");
    }

    @Test
    void idsAreOrderedByCharacterCodesWhateverTheDatabaseCollation() throws Exception {
        JdbcConventionRepository.builder(dataSource).build();

        assertThat(query("SELECT collation_name FROM information_schema.columns WHERE table_schema = '"
                + postgres.defaultSchema() + "' AND table_name = 'convention' AND column_name = 'id'"))
                .containsExactly("C");
    }
}
