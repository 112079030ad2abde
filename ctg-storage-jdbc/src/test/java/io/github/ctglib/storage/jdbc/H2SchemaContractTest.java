package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;

/** The port's contract on H2 with the schema option (a schema the adapter creates). */
class H2SchemaContractTest extends ConventionRepositoryContract {
    private final TestDatabase database = TestDatabase.h2Memory();

    @Override
    protected ConventionRepository repository() {
        return JdbcConventionRepository.builder(database.newDataSource()).schema("ctg").build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
