package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.StorageException;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;

/** The databases the adapter supports, told apart by the JDBC driver's product name. */
enum Dialect {
    H2("h2"),
    POSTGRESQL("postgresql");

    /** The folder of its scripts under {@code db/ctg/}. */
    final String folder;

    Dialect(String folder) {
        this.folder = folder;
    }

    static Dialect detect(DatabaseMetaData metaData) throws SQLException {
        String product = metaData.getDatabaseProductName();
        if ("H2".equalsIgnoreCase(product)) {
            return H2;
        }
        if ("PostgreSQL".equalsIgnoreCase(product)) {
            return POSTGRESQL;
        }
        throw new StorageException("ctg-storage-jdbc supports H2 and PostgreSQL, not " + product
                + ": give it a DataSource of one of those");
    }
}
