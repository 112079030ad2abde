package io.github.ctglib.storage.jdbc;

@EnabledWithMariaDb
class MariaDbKillTest extends ServerKillTest {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.mariadb();
    }

    @Override
    String storeName() {
        return "MariaDB";
    }
}
