package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.testsupport.SampleConventions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/** Two CAFs' database roles, each kept by PostgreSQL itself to its département's conventions. */
@EnabledWithPostgres
class PostgresRowLevelSecurityTest {

    private final TestDatabase.Postgres database = (TestDatabase.Postgres) TestDatabase.postgres();
    private final String herault = TestDatabase.uniqueName("ctg_caf34_");
    private final String gard = TestDatabase.uniqueName("ctg_caf30_");
    private DataSource owner;
    private String schema;

    private static final Change CHANGE = new Change("agent:test", Instant.parse("2026-01-05T09:00:00Z"), "test");
    private static final Convention FRONTIGNAN = SampleConventions.variant("ctg-34-frontignan").build();
    private static final Convention NIMES = SampleConventions.variant("ctg-30-nimes").caf("30").communes("30189")
            .build();

    @BeforeEach
    void twoCafRoles() throws SQLException {
        owner = database.newDataSource();
        schema = database.defaultSchema();
        JdbcConventionRepository asOwner = JdbcConventionRepository.builder(owner).build();
        asOwner.save(FRONTIGNAN, CHANGE);
        asOwner.save(NIMES, CHANGE);
        execute("CREATE ROLE " + herault + " LOGIN");
        execute("CREATE ROLE " + gard + " LOGIN");
        PostgresRowLevelSecurity rls = PostgresRowLevelSecurity.of(owner, schema, "");
        rls.install();
        rls.install();
        rls.grantCaf(herault, "34");
        rls.grantCaf(gard, "30");
    }

    @AfterEach
    void dropRoles() throws SQLException {
        database.close();
        execute("DROP OWNED BY " + herault + ", " + gard);
        execute("DROP ROLE " + herault);
        execute("DROP ROLE " + gard);
    }

    private JdbcConventionRepository as(String role) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv(TestDatabase.POSTGRES_URL));
        dataSource.setUser(role);
        dataSource.setCurrentSchema(schema);
        return JdbcConventionRepository.builder(dataSource).mode(SchemaMode.VALIDATE).build();
    }

    @Test
    void eachCafReadsOnlyItsDepartementsConventions() {
        JdbcConventionRepository caf34 = as(herault);
        JdbcConventionRepository caf30 = as(gard);

        assertThat(caf34.search(ConventionQuery.all())).extracting(Convention::getId).containsExactly("ctg-34-frontignan");
        assertThat(caf34.findById("ctg-30-nimes")).isEmpty();
        assertThat(caf34.history("ctg-30-nimes")).isEmpty();
        assertThat(caf30.search(ConventionQuery.all())).extracting(Convention::getId).containsExactly("ctg-30-nimes");
        assertThat(caf30.findById("ctg-34-frontignan")).isEmpty();
    }

    @Test
    void aCafCannotStoreAnotherDepartementsConvention() {
        JdbcConventionRepository caf34 = as(herault);
        Convention montpellier = SampleConventions.variant("ctg-34-montpellier").communes("34172").build();

        assertThat(caf34.save(montpellier, CHANGE).getVersion()).isEqualTo(1);
        assertThatThrownBy(() -> caf34.save(SampleConventions.variant("ctg-30-ales").caf("30").communes("30007")
                .build(), CHANGE)).isInstanceOf(StorageException.class);
        assertThat(JdbcConventionRepository.builder(owner).build().findById("ctg-30-ales")).isEmpty();
    }

    @Test
    void theAnalystViewsObeyThePolicies() throws SQLException {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(System.getenv(TestDatabase.POSTGRES_URL));
        dataSource.setUser(gard);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM " + schema + ".conventions ORDER BY id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("ctg-30-nimes");
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void theOwnerStaysUnrestrictedAndBadArgumentsAreRefused() {
        assertThat(JdbcConventionRepository.builder(owner).build().search(ConventionQuery.all())).hasSize(2);
        PostgresRowLevelSecurity rls = PostgresRowLevelSecurity.of(owner, schema, "");
        assertThatThrownBy(() -> rls.grantCaf("x; DROP TABLE convention", "34"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> rls.grantCaf(herault, "3'4")).isInstanceOf(IllegalArgumentException.class);
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = database.plainDataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
