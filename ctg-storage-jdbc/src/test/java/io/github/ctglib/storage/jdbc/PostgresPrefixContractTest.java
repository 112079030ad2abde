package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on PostgreSQL with a table prefix (in a schema of its own per test). */
@EnabledWithPostgres
class PostgresPrefixContractTest extends ConventionRepositoryContract {
    private final TestDatabase.Postgres database = (TestDatabase.Postgres) TestDatabase.postgres();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).tablePrefix("ctg_").build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
