package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on PostgreSQL in the connection's schema (a schema of its own per test), without prefix. */
@EnabledWithPostgres
class PostgresContractTest extends ConventionRepositoryContract {
    private final TestDatabase.Postgres database = (TestDatabase.Postgres) TestDatabase.postgres();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
