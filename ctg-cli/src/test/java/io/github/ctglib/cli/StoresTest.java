package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoresTest {

    @TempDir
    Path dir;

    private final Stores stores = new Stores(new Messages(Language.en), name -> null);

    @Test
    void eachUriOpensItsKindOfStore() {
        try (Store json = stores.open(Fixtures.json(dir.resolve("j")), Stores.Access.WRITE);
                Store h2 = stores.open(Fixtures.h2(dir), Stores.Access.WRITE)) {
            assertThat(json.repository()).isInstanceOf(JsonConventionRepository.class);
            assertThat(h2.repository()).isInstanceOf(JdbcConventionRepository.class);
            assertThat(h2.uri()).isEqualTo(Fixtures.h2(dir));
        }
    }

    @Test
    void anH2FileIsOpenedToWriteEachCommitBeforeItReturnsUnlessTheUriSaysOtherwise() throws SQLException {
        try (Store h2 = stores.open(Fixtures.h2(dir), Stores.Access.WRITE)) {
            assertThat(writeDelay(Fixtures.h2(dir))).isEqualTo("0");
        }
        String own = Fixtures.h2(dir.resolve("own")) + ";WRITE_DELAY=200";
        try (Store h2 = stores.open(own, Stores.Access.WRITE)) {
            assertThat(writeDelay(own)).as("the user's setting").isEqualTo("200");
        }
    }

    /** The setting of the database the store holds open, read through a connection of its own. */
    private static String writeDelay(String url) throws SQLException {
        JdbcDataSource same = new JdbcDataSource();
        same.setURL(url);
        try (Connection c = same.getConnection(); java.sql.Statement s = c.createStatement();
                ResultSet r = s.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
            assertThat(r.next()).isTrue();
            return r.getString(1).trim();
        }
    }

    @Test
    void anInMemoryH2DatabaseLivesAsLongAsTheStoreIsOpen() {
        String uri = "jdbc:h2:mem:stores-test";
        try (Store store = stores.open(uri, Stores.Access.WRITE)) {
            store.repository().save(Frontignan.draft(), new Change("agent:test", Instant.EPOCH, "Created"));
            assertThat(store.repository().findById(Frontignan.ID)).isPresent();
        }
        try (Store reopened = stores.open(uri, Stores.Access.WRITE)) {
            assertThat(reopened.repository().findById(Frontignan.ID)).as("closed with its last connection").isEmpty();
        }
    }

    @Test
    void readingADatabaseWithoutTheCtgTablesSaysWhatToDoAndCreatesNone() throws SQLException {
        JdbcDataSource empty = new JdbcDataSource();
        empty.setURL(Fixtures.h2(dir));
        try (Connection keepAlive = empty.getConnection()) {
            assertThatThrownBy(() -> stores.open(Fixtures.h2(dir), Stores.Access.READ))
                    .isInstanceOf(CliException.class)
                    .hasMessageContaining("cannot be used")
                    .hasMessageContaining("A command that writes, such as import or demo, installs the ctg tables");
            try (ResultSet tables = keepAlive.getMetaData().getTables(null, "PUBLIC", "%", null)) {
                assertThat(tables.next()).isFalse();
            }
        }
    }

    @Test
    void aJsonUriNeedsADirectory() {
        assertThatThrownBy(() -> stores.open("json:", Stores.Access.WRITE))
                .isInstanceOf(CliException.class)
                .hasMessageContaining("json: followed by a directory");
    }

    @Test
    void aPostgresqlPasswordComesFromTheUriElseFromTheEnvironment() {
        Stores withPassword = new Stores(new Messages(Language.en), Map.of(Stores.PASSWORD_VARIABLE, "s3cret")::get);

        assertThat(withPassword.postgresql("jdbc:postgresql://db.example/ctg?user=caf34").getPassword())
                .isEqualTo("s3cret");
        assertThat(withPassword.postgresql("jdbc:postgresql://db.example/ctg?user=caf34&password=inline")
                .getPassword()).isEqualTo("inline");
        assertThat(stores.postgresql("jdbc:postgresql://db.example/ctg?user=caf34").getPassword()).isNull();
    }

    @Test
    void passwordsAreMaskedWhereverAUriIsShown() {
        assertThat(Stores.shown("jdbc:postgresql://db.example/ctg?user=caf34&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db.example/ctg?user=caf34&password=***&ssl=true");
        assertThat(Stores.shown("jdbc:h2:./ctg-data/ctg;USER=sa;PASSWORD=s3cret"))
                .isEqualTo("jdbc:h2:./ctg-data/ctg;USER=sa;PASSWORD=***");
        try (Store store = stores.open("jdbc:h2:mem:masked;PASSWORD=s3cret", Stores.Access.WRITE)) {
            assertThat(store.uri()).isEqualTo("jdbc:h2:mem:masked;PASSWORD=***");
        }
    }
}
