package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.ctglib.lifecycle.EventType;
import io.github.ctglib.lifecycle.LifecycleEvent;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The wrapper passes an event on after the commit, never after a rollback, at once outside a transaction. */
class AfterCommitListenerTest {
    private static final LifecycleEvent CREATED = new LifecycleEvent(EventType.CREATED, "ctg-34-frontignan-2023", 1,
            "agent:test", Instant.parse("2026-11-30T09:15:00Z"));

    private final List<LifecycleEvent> heard = new ArrayList<>();
    private final TransactionTemplate transactions;

    AfterCommitListenerTest() {
        JdbcDataSource dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:ctg_after_commit;DB_CLOSE_DELAY=-1");
        transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
    }

    @Test
    void inATransactionTheEventWaitsForTheCommit() {
        AfterCommitListener listener = AfterCommitListener.of(heard::add);
        transactions.executeWithoutResult(status -> {
            listener.on(CREATED);
            assertThat(heard).isEmpty();
        });
        assertThat(heard).containsExactly(CREATED);
    }

    @Test
    void aRolledBackTransactionsEventIsNeverHeard() {
        AfterCommitListener listener = AfterCommitListener.of(heard::add);
        transactions.executeWithoutResult(status -> {
            listener.on(CREATED);
            status.setRollbackOnly();
        });
        assertThat(heard).isEmpty();
    }

    @Test
    void outsideATransactionTheEventIsHeardAtOnce() {
        AfterCommitListener.of(heard::add).on(CREATED);
        assertThat(heard).containsExactly(CREATED);
    }

    @Test
    void aListenerFailingAfterTheCommitDoesNotReachTheCallerWhoseTransactionCommitted() {
        AfterCommitListener failing = AfterCommitListener.of(event -> {
            heard.add(event);
            throw new IllegalStateException("the mail server is down");
        });
        assertThatCode(() -> transactions.executeWithoutResult(status -> failing.on(CREATED)))
                .doesNotThrowAnyException();
        assertThat(heard).containsExactly(CREATED);
    }
}
