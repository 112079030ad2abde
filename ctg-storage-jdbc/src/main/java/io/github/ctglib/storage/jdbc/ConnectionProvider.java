package io.github.ctglib.storage.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * Where the repository gets the connection of each operation, so that it can take part in the host's own
 * transaction: when {@link #inHostTransaction} says a connection is in one, the repository runs its
 * statements on it and leaves commit, rollback and auto-commit to the host (a failure is thrown for the host
 * to roll back). Otherwise each write is a transaction of its own, committed before the call returns.
 *
 * <p>With Spring, for example: {@code acquire} is {@code DataSourceUtils.getConnection(dataSource)},
 * {@code release} is {@code DataSourceUtils.releaseConnection(c, dataSource)} and {@code inHostTransaction}
 * is {@code DataSourceUtils.isConnectionTransactional(c, dataSource)}. The default,
 * {@link #of(DataSource)}, takes a fresh connection from the pool each time and never joins a transaction.
 */
public interface ConnectionProvider {

    /**
     * A connection for one operation of the repository.
     *
     * @return the connection
     * @throws SQLException when none can be had
     */
    Connection acquire() throws SQLException;

    /**
     * Gives back a connection {@link #acquire()} returned, once the operation is done with it.
     *
     * @param connection a connection {@link #acquire()} returned, which the operation no longer uses
     * @throws SQLException when it cannot be given back
     */
    void release(Connection connection) throws SQLException;

    /**
     * Whether {@code connection} is in a transaction that the host commits or rolls back.
     *
     * @param connection a connection {@link #acquire()} returned
     * @return {@code true} when the host's transaction holds it: the repository neither commits nor rolls back
     * @throws SQLException when the connection cannot tell
     */
    boolean inHostTransaction(Connection connection) throws SQLException;

    /**
     * A connection of {@code dataSource} per operation, closed after it: the repository's own transactions.
     *
     * @param dataSource the host's data source
     * @return the provider
     */
    static ConnectionProvider of(DataSource dataSource) {
        Objects.requireNonNull(dataSource, "dataSource");
        return new ConnectionProvider() {
            @Override
            public Connection acquire() throws SQLException {
                return dataSource.getConnection();
            }

            @Override
            public void release(Connection connection) throws SQLException {
                connection.close();
            }

            @Override
            public boolean inHostTransaction(Connection connection) {
                return false;
            }
        };
    }
}
