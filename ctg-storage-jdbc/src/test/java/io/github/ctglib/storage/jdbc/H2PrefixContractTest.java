package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on H2 with a table prefix. */
class H2PrefixContractTest extends ConventionRepositoryContract {
    private final TestDatabase database = TestDatabase.h2Memory();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).tablePrefix("ctg_").build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
