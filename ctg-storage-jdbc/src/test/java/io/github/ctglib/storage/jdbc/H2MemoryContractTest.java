package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on H2 in memory, in the connection's schema (PUBLIC), without prefix. */
class H2MemoryContractTest extends ConventionRepositoryContract {
    private final TestDatabase database = TestDatabase.h2Memory();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
