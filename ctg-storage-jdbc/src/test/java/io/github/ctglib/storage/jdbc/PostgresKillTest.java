package io.github.ctglib.storage.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The kill test on PostgreSQL, in a schema of its own. */
@EnabledWithPostgres
class PostgresKillTest extends KillTest {
    private static TestDatabase.Postgres database;
    private static DataSource dataSource;

    @BeforeAll
    static void createSchema() {
        database = (TestDatabase.Postgres) TestDatabase.postgres();
        dataSource = database.newDataSource();
    }

    @AfterAll
    static void dropSchema() {
        database.close();
    }

    @Override
    String childUrl() {
        return database.lastUrl();
    }

    @Override
    DataSource openDataSource() {
        return dataSource;
    }

    @Override
    String storeName() {
        return "PostgreSQL";
    }
}
