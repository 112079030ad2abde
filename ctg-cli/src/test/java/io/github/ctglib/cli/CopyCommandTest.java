package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.ds.PGSimpleDataSource;

class CopyCommandTest {

    @TempDir
    Path dir;

    private Path json;

    /** Three conventions, one of them with three revisions, in a JSON store. */
    @BeforeEach
    void source() {
        json = dir.resolve("json");
        ConventionRepository store = JsonConventionRepository.open(json);
        Change change = new Change("agent:test", Instant.parse("2024-01-10T08:00:00Z"), "Created");
        Convention frontignan = store.save(Frontignan.draft(), change);
        frontignan = store.save(ImmutableConvention.copyOf(frontignan).withStage(Stage.SHARED_DIAGNOSTIC),
                new Change("agent:other", Instant.parse("2024-02-01T10:15:00Z"), "Diagnostic"));
        store.save(ImmutableConvention.copyOf(frontignan).withTitle("CTG de Frontignan"),
                new Change("agent:test", Instant.parse("2024-03-01T10:15:00Z"), "Title"));
        store.save(SampleConventions.withActions(40), change);
        store.save(SampleConventions.variant("ctg-34-sete").communes("34301").epci("200066355").build(), change);
    }

    /** Every convention of {@code target}, revision by revision, equals the source's. */
    private void assertSameHistories(ConventionRepository source, ConventionRepository target) {
        List<String> ids;
        try (var all = source.streamAll()) {
            ids = all.map(Convention::getId).collect(Collectors.toList());
        }
        try (var all = target.streamAll()) {
            assertThat(all.map(Convention::getId)).containsExactlyElementsOf(ids);
        }
        for (String id : ids) {
            List<Revision> history = source.history(id);
            assertThat(target.history(id)).isEqualTo(history);
            for (Revision revision : history) {
                assertThat(target.findRevision(id, revision.version()))
                        .isEqualTo(source.findRevision(id, revision.version()));
            }
        }
    }

    @Test
    void copiesEveryConventionWithItsWholeHistoryFromJsonToH2() {
        Result copy = Cli.run("copy", "--from", Fixtures.json(json), "--to", Fixtures.h2(dir));

        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertThat(copy.out()).isEqualTo("Copied 3 conventions (5 revisions) from " + Fixtures.json(json) + " to "
                + Fixtures.h2(dir) + ".\n");
        assertThat(copy.err()).as("no progress bar when nobody watches").isEmpty();
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(Fixtures.h2(dir));
        assertSameHistories(JsonConventionRepository.open(json), JdbcConventionRepository.builder(h2).build());
    }

    @Test
    void copiesBackFromH2ToJson() {
        Cli.run("copy", "--from", Fixtures.json(json), "--to", Fixtures.h2(dir));
        Path back = dir.resolve("back");

        Result copy = Cli.run("copy", "--from", Fixtures.h2(dir), "--to", Fixtures.json(back));

        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        assertSameHistories(JsonConventionRepository.open(json), JsonConventionRepository.open(back));
    }

    @Test
    void copiesNothingIntoAStoreHoldingOneOfTheConventions() {
        String target = Fixtures.jsonStoreWith(dir.resolve("target"), Frontignan.draft());

        Result copy = Cli.run("copy", "--from", Fixtures.json(json), "--to", target);

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(copy.err()).contains("Nothing was copied: 1 convention in " + target
                + " already (ctg-34-frontignan-2023)");
        try (var all = JsonConventionRepository.open(dir.resolve("target")).streamAll()) {
            assertThat(all).hasSize(1);
        }
    }

    @Test
    void copiesNothingFromAStoreWithUnreadableDocuments() throws Exception {
        Files.writeString(json.resolve("ctg-34-damaged.json"), "{ not json");

        Result copy = Cli.run("copy", "--from", Fixtures.json(json), "--to", Fixtures.json(dir.resolve("target")));

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(copy.err()).contains("ctg-34-damaged.json", "Nothing was copied: 1 document of");
        try (var all = JsonConventionRepository.open(dir.resolve("target")).streamAll()) {
            assertThat(all).isEmpty();
        }
    }

    @Test
    void aStoreIsNotCopiedOntoItself() {
        Result copy = Cli.run("copy", "--from", Fixtures.json(json), "--to", Fixtures.json(json));

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(copy.err()).contains("--from and --to name the same store");
    }

    @Test
    void aMissingSourceIsBadInputAndCreatesNothing() {
        Result copy = Cli.run("copy", "--from", Fixtures.json(dir.resolve("nothing")), "--to",
                Fixtures.json(dir.resolve("target")));

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(copy.err()).contains("There is no JSON store at");
        assertThat(dir.resolve("target")).doesNotExist();
    }

    @Test
    void bothStoresAreRequired() {
        Result copy = Cli.run("copy", "--from", Fixtures.json(json));

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(copy.err()).contains("--to");
    }

    @Test
    void anUnreachableDatabaseSaysSo() {
        Result copy = Cli.run("copy", "--from", Fixtures.json(json), "--to",
                "jdbc:postgresql://127.0.0.1:1/ctg?user=nobody&password=s3cret&connectTimeout=2");

        assertThat(copy.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(copy.err()).contains("The store jdbc:postgresql://127.0.0.1:1/ctg", "password=***", "cannot be used",
                "Check that the database is running and reachable").doesNotContain("s3cret");
    }

    /** JSON → PostgreSQL → JSON, when a PostgreSQL database is given (CI sets it; see the README). */
    @Test
    void copiesThroughPostgresql() throws SQLException {
        String url = System.getenv("CTG_TEST_POSTGRES_URL");
        assumeTrue(url != null, "CTG_TEST_POSTGRES_URL is not set: no PostgreSQL database to copy into");
        String schema = "ctg_cli_" + Long.toHexString(System.nanoTime());
        PGSimpleDataSource admin = new PGSimpleDataSource();
        admin.setURL(url);
        try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String postgres = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            Result there = Cli.run("copy", "--from", Fixtures.json(json), "--to", postgres);
            Result back = Cli.run("copy", "--from", postgres, "--to", Fixtures.json(dir.resolve("back")));

            assertThat(there.exitCode()).as(there.toString()).isZero();
            assertThat(back.exitCode()).as(back.toString()).isZero();
            assertSameHistories(JsonConventionRepository.open(json), JsonConventionRepository.open(dir.resolve("back")));
        } finally {
            try (Connection c = admin.getConnection(); Statement s = c.createStatement()) {
                s.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }
}
