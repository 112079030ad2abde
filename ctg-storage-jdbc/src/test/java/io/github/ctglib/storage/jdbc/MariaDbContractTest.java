package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on MariaDB in the connection's schema (a schema of its own per test), without prefix. */
@EnabledWithMariaDb
class MariaDbContractTest extends ConventionRepositoryContract {
    private final TestDatabase.MariaDb database = (TestDatabase.MariaDb) TestDatabase.mariadb();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
