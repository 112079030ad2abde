package io.github.ctglib.spring.boot;

import io.github.ctglib.lifecycle.LifecycleEvent;
import io.github.ctglib.lifecycle.LifecycleListener;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A {@link LifecycleListener} that hears a command only once the Spring transaction it ran in is committed, and
 * never if it is rolled back; outside a transaction, at once. For listeners that tell the world (a mail, a
 * message): inside a transaction the lifecycle calls its listeners when the save returns, before the commit.
 * Declare it as the application's listener bean: {@code @Bean LifecycleListener mails() { return
 * AfterCommitListener.of(mailer::send); }}. Only for a store that joins Spring's transactions (the JDBC store):
 * a JSON save is kept whatever the transaction does.
 */
public final class AfterCommitListener implements LifecycleListener {
    private static final Logger LOG = LoggerFactory.getLogger(AfterCommitListener.class);

    private final LifecycleListener delegate;

    private AfterCommitListener(LifecycleListener delegate) {
        this.delegate = delegate;
    }

    /**
     * Wraps {@code delegate} so that it hears committed commands only.
     *
     * @param delegate the listener to call after the commit
     * @return the wrapping listener
     */
    public static AfterCommitListener of(LifecycleListener delegate) {
        return new AfterCommitListener(Objects.requireNonNull(delegate, "delegate"));
    }

    /** Hands the event to the delegate after the commit of the active transaction, or now when there is none. */
    @Override
    public void on(LifecycleEvent event) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()
                || !TransactionSynchronizationManager.isActualTransactionActive()) {
            delegate.on(event);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                // After the commit, a failure must not reach the caller, whose transaction did commit.
                try {
                    delegate.on(event);
                } catch (RuntimeException e) {
                    LOG.warn("A lifecycle listener failed after the commit of {} {} of {}", event.type(),
                            event.version(), event.conventionId(), e);
                }
            }
        });
    }
}
