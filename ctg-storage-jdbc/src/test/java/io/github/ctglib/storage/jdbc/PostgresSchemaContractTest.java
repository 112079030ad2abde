package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on PostgreSQL with the schema option (a schema the adapter creates, per test). */
@EnabledWithPostgres
class PostgresSchemaContractTest extends ConventionRepositoryContract {
    private final TestDatabase.Postgres database = (TestDatabase.Postgres) TestDatabase.postgres();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.plainDataSource()).schema(database.newSchemaName()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
