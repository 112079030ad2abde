package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** The port's contract on PostgreSQL in the connection's schema (a schema of its own per test), without prefix. */
@EnabledIfEnvironmentVariable(named = TestDatabase.POSTGRES_URL, matches = ".+",
        disabledReason = TestDatabase.POSTGRES_DISABLED)
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
