package io.github.ctglib.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.EventType;
import io.github.ctglib.lifecycle.LifecycleEvent;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.spring.boot.testapp.CtgTestApplication;
import io.github.ctglib.spring.boot.testapp.HostService;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What a Spring Boot application on a database gets from the starter, run against one database by each
 * subclass: ctg's saves inside a Spring transaction are committed or rolled back with it, and outside one each
 * is committed on its own. "Seen by another connection" is read on a connection of the pool that no Spring
 * transaction holds: only committed rows are visible there.
 */
abstract class TransactionScenarios {
    static final String ACTOR = "agent:m.dupont";

    @Autowired
    ConventionLifecycle lifecycle;
    @Autowired
    ConventionRepository repository;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;
    @Autowired
    HostService hostService;
    @Autowired
    CtgTestApplication.CommittedEvents committed;
    @Value("${ctg.jdbc.schema}")
    String schema;
    @Value("${ctg.jdbc.table-prefix:}")
    String prefix;

    @BeforeEach
    void createTheApplicationsOwnTable() {
        jdbc.execute("CREATE TABLE IF NOT EXISTS " + auditTable() + " (convention_id VARCHAR(64) NOT NULL)");
    }

    @Test
    void theRepositoryIsTheJdbcStoreOnTheApplicationsDataSource() {
        assertThat(repository).isInstanceOf(JdbcConventionRepository.class);
        assertThat(lifecycle.repository()).isSameAs(repository);
        assertThat(repository.toString()).containsIgnoringCase("schema " + schema);
    }

    @Test
    void aRollbackUndoesTheSavesMadeInTheTransaction() {
        Convention draft = newDraft();
        transactions.executeWithoutResult(status -> {
            lifecycle.create(draft, ACTOR);
            lifecycle.recordDiagnostic(draft.getId(), Frontignan.draft().getDiagnostic(), ACTOR);
            // Inside: the transaction sees its own saves, nobody else does yet.
            assertThat(repository.findById(draft.getId())).map(Convention::getVersion).contains(2L);
            assertThat(committedConventionRows(draft.getId())).isZero();
            status.setRollbackOnly();
        });

        assertThat(repository.findById(draft.getId())).isEmpty();
        assertThat(repository.history(draft.getId())).isEmpty();
        assertThat(committedConventionRows(draft.getId())).isZero();
        assertThat(committedEventsOf(draft)).isEmpty();
    }

    @Test
    void aCommitKeepsThem() {
        Convention draft = newDraft();
        transactions.executeWithoutResult(status -> {
            lifecycle.create(draft, ACTOR);
            lifecycle.recordDiagnostic(draft.getId(), Frontignan.draft().getDiagnostic(), ACTOR);
            assertThat(committedConventionRows(draft.getId())).isZero();
            assertThat(committedEventsOf(draft)).as("before the commit").isEmpty();
        });

        assertThat(committedConventionRows(draft.getId())).isOne();
        assertThat(committedEventsOf(draft)).extracting(LifecycleEvent::type).containsExactly(EventType.CREATED);
        assertThat(repository.history(draft.getId())).hasSize(2);
        assertThat(repository.findById(draft.getId())).map(Convention::getTitle).contains(draft.getTitle());
    }

    @Test
    void withoutATransactionEachSaveIsCommittedWhenItReturns() {
        Convention draft = newDraft();

        lifecycle.create(draft, ACTOR);

        assertThat(committedConventionRows(draft.getId())).isOne();
        assertThat(committedEventsOf(draft)).hasSize(1);
    }

    @Test
    void theApplicationsWorkAndCtgsSaveAreRolledBackTogether() {
        Convention draft = newDraft();

        assertThatThrownBy(() -> hostService.createAndAudit(draft, auditTable(), true))
                .hasMessageContaining("the application's own work failed");

        assertThat(repository.findById(draft.getId())).isEmpty();
        assertThat(auditRows(draft.getId())).isZero();
        assertThat(committedEventsOf(draft)).isEmpty();
    }

    @Test
    void theApplicationsWorkAndCtgsSaveAreCommittedTogether() {
        Convention draft = newDraft();

        hostService.createAndAudit(draft, auditTable(), false);

        assertThat(committedConventionRows(draft.getId())).isOne();
        assertThat(auditRows(draft.getId())).isOne();
    }

    @Test
    void revisionsCarryTheApplicationsClock() {
        Convention draft = newDraft();

        lifecycle.create(draft, ACTOR);

        assertThat(repository.history(draft.getId())).singleElement()
                .satisfies(revision -> assertThat(revision.at()).isEqualTo(CtgTestApplication.NOW));
    }

    private List<LifecycleEvent> committedEventsOf(Convention draft) {
        return committed.events().stream().filter(event -> event.conventionId().equals(draft.getId())).toList();
    }

    /** A draft of its own for each test: the database is shared by the tests of a class. */
    static Convention newDraft() {
        return ImmutableConvention.copyOf(Frontignan.draft())
                .withId("ctg-34-spring-" + UUID.randomUUID().toString().substring(0, 8));
    }

    private String auditTable() {
        return schema + ".host_audit";
    }

    private int auditRows(String id) {
        return countCommitted("SELECT COUNT(*) FROM " + auditTable() + " WHERE convention_id = ?", id);
    }

    /** The rows of {@code id} in ctg's convention table that a connection outside the transaction sees. */
    int committedConventionRows(String id) {
        return countCommitted("SELECT COUNT(*) FROM " + schema + "." + prefix + "convention WHERE id = ?", id);
    }

    private int countCommitted(String sql, String id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                int count = r.getInt(1);
                if (!c.getAutoCommit()) {
                    c.rollback();
                }
                return count;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }
}
