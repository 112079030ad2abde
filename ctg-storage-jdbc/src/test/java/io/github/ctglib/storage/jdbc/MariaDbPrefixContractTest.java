package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on MariaDB with a table prefix (in a schema of its own per test). */
@EnabledWithMariaDb
class MariaDbPrefixContractTest extends ConventionRepositoryContract {
    private final TestDatabase.MariaDb database = (TestDatabase.MariaDb) TestDatabase.mariadb();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).tablePrefix("ctg_").build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
