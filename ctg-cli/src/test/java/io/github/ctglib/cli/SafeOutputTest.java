package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the tool writes keeps secrets secret, leaves nothing behind for a read, and speaks plainly. */
class SafeOutputTest {

    @TempDir
    Path dir;

    @Test
    void aPasswordIsMaskedInEveryUriForm() {
        Secrets secrets = new Secrets(Optional.of("envS3cret"));
        assertThat(secrets.mask("jdbc:postgresql://h/db?user=u&password=p4ss&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=u&password=***&ssl=true");
        assertThat(secrets.mask("jdbc:h2:./x;USER=sa;PASSWORD=p4ss;MODE=x")).isEqualTo("jdbc:h2:./x;USER=sa;PASSWORD=***;MODE=x");
        assertThat(secrets.mask("jdbc:mariadb://root:p4ss@127.0.0.1:3306/test"))
                .isEqualTo("jdbc:mariadb://root:***@127.0.0.1:3306/test");
        assertThat(secrets.mask("authentication failed with envS3cret")).isEqualTo("authentication failed with ***");
        assertThat(secrets.mask("jdbc:postgresql://h/db?user=u")).isEqualTo("jdbc:postgresql://h/db?user=u");
    }

    @Test
    void noPasswordShowsInMessagesNorInTheVerboseTrace() {
        for (String uri : new String[] {"jdbc:postgresql://127.0.0.1:1/ctg?user=u&password=uriS3cret",
                "jdbc:mariadb://root:uriS3cret@127.0.0.1:1/test"}) {
            Cli.Result result = Cli.run("--verbose", "list", "--store", uri);
            assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(result.out() + result.err()).as(uri).doesNotContain("uriS3cret").contains("***");
        }
        Cli.Result fromEnvironment = Cli.runWithVariables(Map.of(Stores.PASSWORD_VARIABLE, "envS3cret"), "--verbose",
                "list", "--store", "jdbc:postgresql://127.0.0.1:1/ctg?user=u");
        assertThat(fromEnvironment.out() + fromEnvironment.err()).doesNotContain("envS3cret");
    }

    @Test
    void aReadOnlyCommandThatFailsLeavesNoH2TraceFile() throws IOException {
        Path garbage = dir.resolve("garbage.mv.db");
        byte[] noise = new byte[8192];
        new Random(7).nextBytes(noise);
        Files.write(garbage, noise);

        Cli.Result result = Cli.run("list", "--store", "jdbc:h2:" + dir.resolve("garbage"));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("garbage.mv.db");
        }
        assertThat(result.err()).as("no H2 internals").doesNotContainPattern("\\[[0-9]{5}-[0-9]{3}\\]")
                .doesNotContain("SQL statement");
    }

    @Test
    void theHintToInstallTheTablesOnlyWhereTheyAreMissing() throws Exception {
        Path empty = dir.resolve("empty");
        try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:h2:" + empty)) {
            c.createStatement().execute("CREATE TABLE notes (x INT)");
        }
        assertThat(Cli.run("list", "--store", "jdbc:h2:" + empty).err()).contains("installs the ctg tables");
        assertThat(Cli.run("list", "--store", "jdbc:postgresql://127.0.0.1:1/ctg?user=u").err())
                .contains("cannot be used").doesNotContain("installs the ctg tables");
    }

    @Test
    void stoppedImportsSayWhatWasKept() {
        assertThat(new Messages(Language.en).get("import.failed", "disk full; what it had stored before was removed"))
                .doesNotStartWith("Nothing was imported");
    }
}
