package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What every command shares: help, version, language, exit codes, errors without stack traces. */
class GeneralOptionsTest {

    /** --verbose raises ctg's loggers for the whole JVM: other tests keep the quiet default. */
    @AfterEach
    void quietAgain() {
        System.clearProperty(Logging.CTG_LEVEL);
    }

    static final String[] COMMANDS = {"demo", "validate", "import", "export", "show", "history", "list", "report",
        "copy", "territory"};

    @Test
    void helpListsEveryCommandTheStoreUrisAndTheExitCodes() {
        Result help = Cli.run("--help");

        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains(COMMANDS).contains("Exit codes:", "0   done", "1   refused by a rule",
                "2   bad usage", "json:DIR", "jdbc:h2:", "jdbc:postgresql://");
    }

    @ParameterizedTest
    @ValueSource(strings = {"demo", "validate", "import", "export", "show", "history", "list", "report", "copy",
        "territory"})
    void everyCommandHasItsHelpWithTheExitCodes(String command) {
        Result help = Cli.run(command, "--help");

        assertThat(help.exitCode()).isZero();
        String description = new Messages(Language.en).bundle().getString("ctg." + command + ".usage.description");
        assertThat(help.out()).startsWith("Usage: ctg " + command).contains("Exit codes:", "--lang", "--verbose")
                .contains(description.substring(0, 40));
    }

    @Test
    void commandsOnAStoreShowTheDefaultStore() {
        assertThat(Cli.run("list", "--help").out()).contains("--store=URI", "Default: json:./ctg-data/conventions");
    }

    @Test
    void frenchIsChosenByTheOptionOrByAFrenchMachine() {
        assertThat(Cli.run("--lang", "fr", "--help").out()).contains("Codes de sortie", "Commandes :");
        assertThat(Cli.run("list", "--help", "--lang", "FR").out()).startsWith("Utilisation : ctg list");
        assertThat(Cli.run(Locale.FRANCE, "--help").out()).contains("Codes de sortie");
        assertThat(Cli.run(Locale.FRANCE, "--lang", "en", "--help").out()).contains("Exit codes");
        assertThat(Cli.run(Locale.GERMANY, "--help").out()).contains("Exit codes");
    }

    @Test
    void versionNamesTheToolAndJava() {
        Result version = Cli.run("--version");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).matches("(?s)ctg \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\\R.*Java .*");
    }

    @Test
    void withoutACommandTheUsageGoesToStderrAsBadUsage() {
        Result bare = Cli.run();

        assertThat(bare.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bare.err()).contains("Usage: ctg", "demo");
    }

    @Test
    void aMistypedCommandIsBadUsageWithASuggestion() {
        Result typo = Cli.run("deom");

        assertThat(typo.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(typo.err()).contains("deom", "demo", "See 'ctg --help'.");
    }

    @Test
    void aBadOptionValueIsBadUsage() {
        Result bad = Cli.run("list", "--stage", "SIGNEDD");

        assertThat(bad.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains("--stage", "SIGNEDD", "See 'ctg list --help'.");
    }

    @Test
    void anUnknownStoreSaysHowToNameOne() {
        Result unknown = Cli.run("list", "--store", "mysql://x");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unknown.err()).contains("Unknown store 'mysql://x'", "json:DIR", "jdbc:h2:PATH",
                "jdbc:postgresql://HOST/DB");
    }

    @Test
    void errorsCarryNoStackTraceUnlessVerbose(@TempDir Path dir) {
        String missing = "json:" + dir.resolve("missing");

        Result quiet = Cli.run("show", "ctg-1", "--store", missing);
        Result verbose = Cli.run("show", "ctg-1", "--store", missing, "--verbose");

        assertThat(quiet.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(quiet.err()).contains("There is no JSON store at").doesNotContain("\tat ");
        assertThat(verbose.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(verbose.err()).contains("There is no JSON store at", "\tat io.github.ctglib.cli.");
        assertThat(Files.exists(dir.resolve("missing"))).as("reading creates nothing").isFalse();
    }

    @Test
    void anUnsafeIdIsBadUsageSayingWhatAnIdLooksLike(@TempDir Path dir) {
        Result unsafe = Cli.run("show", "../etc/passwd", "--store", Fixtures.jsonStoreWith(dir));

        assertThat(unsafe.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(unsafe.err()).contains("Not a convention id: '../etc/passwd'", "ctg-34-frontignan-2023");
    }

    @Test
    void errorsSpeakTheChosenLanguage(@TempDir Path dir) {
        Result french = Cli.run("show", "ctg-1", "--lang", "fr", "--store", "json:" + dir.resolve("missing"));

        assertThat(french.err()).contains("Il n'y a pas de base JSON à");
    }
}
