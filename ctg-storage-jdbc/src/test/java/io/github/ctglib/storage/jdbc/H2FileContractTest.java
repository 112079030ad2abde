package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.ConventionRepositoryContract;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The port's contract on H2 in a file of a temporary directory. */
class H2FileContractTest extends ConventionRepositoryContract {
    @TempDir
    Path directory;
    private TestDatabase database;

    @Override
    protected ConventionRepository repository() {
        database = TestDatabase.h2File(directory);
        return JdbcConventionRepository.builder(database.newDataSource()).build();
    }

    @Override
    protected void afterEach() {
        database.close();
    }
}
