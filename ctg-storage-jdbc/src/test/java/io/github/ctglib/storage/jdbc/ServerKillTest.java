package io.github.ctglib.storage.jdbc;

import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** The kill test on a database server, in a schema (or MariaDB database) of its own, dropped after. */
abstract class ServerKillTest extends KillTest {
    private TestDatabase database;
    private DataSource dataSource;

    abstract TestDatabase newDatabase();

    @BeforeEach
    void createSchema() {
        database = newDatabase();
        dataSource = database.newDataSource();
    }

    @AfterEach
    void dropSchema() {
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
}
