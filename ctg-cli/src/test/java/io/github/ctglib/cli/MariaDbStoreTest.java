package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/** {@code jdbc:mariadb://…} store URIs. */
class MariaDbStoreTest {
    private static final String URL = "CTG_TEST_MARIADB_URL";

    private final Stores stores = new Stores(new Messages(Language.en), name -> null);

    @Test
    void aMariaDbPasswordIsMaskedWhereverTheUriIsShown() {
        assertThat(Stores.shown("jdbc:mariadb://db.example/ctg?user=caf34&password=s3cret"))
                .isEqualTo("jdbc:mariadb://db.example/ctg?user=caf34&password=***");
    }

    /** The test server's user has no password: one from the environment is refused, one in the URI wins. */
    @Test
    @EnabledIfEnvironmentVariable(named = URL, matches = ".+",
            disabledReason = "Set CTG_TEST_MARIADB_URL (e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root) to run it")
    void aMariaDbPasswordComesFromTheUriElseFromTheEnvironment() {
        Stores withPassword = new Stores(new Messages(Language.en), Map.of(Stores.PASSWORD_VARIABLE, "wrong")::get);
        String server = System.getenv(URL);

        assertThatThrownBy(() -> withPassword.mariadb(server).getConnection().close())
                .isInstanceOf(SQLException.class).hasMessageContaining("Access denied");
        assertThatCode(() -> withPassword.mariadb(server + (server.contains("?") ? "&" : "?") + "password=")
                .getConnection().close()).doesNotThrowAnyException();
    }

    @Test
    @EnabledIfEnvironmentVariable(named = URL, matches = ".+",
            disabledReason = "Set CTG_TEST_MARIADB_URL (e.g. jdbc:mariadb://127.0.0.1:3306/test?user=root) to run it")
    void aMariaDbUriOpensAJdbcStoreThatWritingCreates() throws SQLException {
        String database = "ctg_cli_" + UUID.randomUUID().toString().substring(0, 8);
        String server = System.getenv(URL);
        String uri = server.replaceFirst("/test(\\?|$)", "/" + database + "$1");
        execute(server, "CREATE DATABASE " + database);
        try {
            try (Store store = stores.open(uri, Stores.Access.WRITE)) {
                assertThat(store.repository()).isInstanceOf(JdbcConventionRepository.class);
                store.repository().save(Frontignan.draft(), new Change("agent:test", Instant.EPOCH, "création"));
            }
            try (Store store = stores.open(uri, Stores.Access.READ)) {
                assertThat(store.repository().findById(Frontignan.ID)).isPresent();
            }
        } finally {
            execute(server, "DROP DATABASE " + database);
        }
    }

    private void execute(String uri, String sql) throws SQLException {
        try (Connection c = stores.mariadb(uri).getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
