package io.github.ctglib.storage.jdbc;

@EnabledWithPostgres
class PostgresKillTest extends ServerKillTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgres();
    }

    @Override
    String storeName() {
        return "PostgreSQL";
    }
}
