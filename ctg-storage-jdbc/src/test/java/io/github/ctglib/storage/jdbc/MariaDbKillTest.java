package io.github.ctglib.storage.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/** The kill test on MariaDB, in a database of its own. */
@EnabledWithMariaDb
class MariaDbKillTest extends KillTest {
    private static TestDatabase.MariaDb database;
    private static DataSource dataSource;

    @BeforeAll
    static void createDatabase() {
        database = (TestDatabase.MariaDb) TestDatabase.mariadb();
        dataSource = database.newDataSource();
    }

    @AfterAll
    static void dropDatabase() {
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
        return "MariaDB";
    }
}
