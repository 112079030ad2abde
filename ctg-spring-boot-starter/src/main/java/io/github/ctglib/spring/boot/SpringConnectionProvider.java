package io.github.ctglib.spring.boot;

import io.github.ctglib.storage.jdbc.ConnectionProvider;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The connections of the JDBC store as Spring hands them out, so that ctg's saves take part in Spring-managed
 * transactions ({@code @Transactional}, {@code TransactionTemplate}) on the same {@link DataSource}: inside
 * one, ctg runs on the transaction's connection and leaves commit and rollback to Spring (a rollback undoes
 * ctg's save with the rest); outside one, each save is a transaction of ctg's own, committed before it returns.
 *
 * <p>Use it for a repository of your own, e.g. on a second data source:
 * {@code JdbcConventionRepository.builder(ds).connectionProvider(SpringConnectionProvider.of(ds)).build()}.
 */
public final class SpringConnectionProvider implements ConnectionProvider {
    private final DataSource dataSource;

    private SpringConnectionProvider(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The connections of {@code dataSource}, joining the Spring transaction that is active on it.
     *
     * @param dataSource the data source that Spring's transaction manager manages
     * @return the provider, to give to {@code JdbcConventionRepository.Builder.connectionProvider}
     */
    public static SpringConnectionProvider of(DataSource dataSource) {
        return new SpringConnectionProvider(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /**
     * The transaction's connection when one is bound to this thread, else a new one of the data source.
     * ({@code doGetConnection} rather than {@code getConnection}: a failure stays an {@link SQLException}, which
     * the store reports in its own words.)
     */
    @Override
    public Connection acquire() throws SQLException {
        return DataSourceUtils.doGetConnection(dataSource);
    }

    /** Closes the connection unless it is the transaction's, which Spring closes when the transaction ends. */
    @Override
    public void release(Connection connection) throws SQLException {
        DataSourceUtils.doReleaseConnection(connection, dataSource);
    }

    /**
     * Whether Spring commits or rolls back {@code connection}: an actual transaction is active and the
     * connection is its own. A connection merely bound by synchronization (propagation {@code SUPPORTS}, no
     * transaction) is in auto-commit: ctg then makes its save a transaction of its own on it.
     */
    @Override
    public boolean inHostTransaction(Connection connection) {
        return TransactionSynchronizationManager.isActualTransactionActive()
                && DataSourceUtils.isConnectionTransactional(connection, dataSource);
    }

    @Override
    public String toString() {
        return "SpringConnectionProvider[" + dataSource + "]";
    }
}
