package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/** When the provider hands ctg Spring's connection, and when ctg must commit on its own. */
class SpringConnectionProviderTest {
    private final JdbcDataSource dataSource = new JdbcDataSource();
    private final SpringConnectionProvider provider;
    private final TransactionTemplate transactions;

    SpringConnectionProviderTest() {
        dataSource.setURL("jdbc:h2:mem:ctg_provider;DB_CLOSE_DELAY=-1");
        provider = SpringConnectionProvider.of(dataSource);
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void outsideATransactionEachOperationHasAConnectionOfItsOwnThatCtgCommits() throws SQLException {
        Connection c = provider.acquire();
        assertThat(provider.inHostTransaction(c)).isFalse();
        provider.release(c);
        assertThat(c.isClosed()).isTrue();
    }

    @Test
    void insideATransactionCtgGetsItsConnectionAndLeavesItOpen() {
        transactions.executeWithoutResult(status -> {
            try {
                Connection first = provider.acquire();
                Connection second = provider.acquire();
                assertThat(second).isSameAs(first);
                assertThat(provider.inHostTransaction(first)).isTrue();
                provider.release(first);
                provider.release(second);
                assertThat(first.isClosed()).isFalse();
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @Test
    void aConnectionBoundWithoutATransactionIsNotTheHostsToCommit() {
        // Propagation SUPPORTS outside a transaction: Spring binds a connection in auto-commit, commits nothing.
        transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_SUPPORTS);
        JdbcConventionRepository repository = JdbcConventionRepository.builder(dataSource)
                .schema("supports").connectionProvider(provider).build();
        transactions.executeWithoutResult(status -> {
            try {
                Connection c = provider.acquire();
                assertThat(provider.inHostTransaction(c)).isFalse();
                provider.release(c);
            } catch (SQLException e) {
                throw new IllegalStateException(e);
            }
            repository.save(Frontignan.draft(), new Change("agent:test", Instant.parse("2026-11-30T09:15:00Z"), "created"));
            status.setRollbackOnly();
        });
        assertThat(repository.findById(Frontignan.ID)).isPresent();
    }
}
