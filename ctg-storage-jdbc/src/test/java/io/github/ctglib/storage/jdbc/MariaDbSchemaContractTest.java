package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on MariaDB with the schema option (a schema the adapter creates, per test). */
@EnabledWithMariaDb
class MariaDbSchemaContractTest extends ConventionRepositoryContract {
    private final TestDatabase.MariaDb database = (TestDatabase.MariaDb) TestDatabase.mariadb();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.plainDataSource()).schema(database.newSchemaName()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
