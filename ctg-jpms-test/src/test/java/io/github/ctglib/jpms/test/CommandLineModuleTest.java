package io.github.ctglib.jpms.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command-line tool started as a module, {@code java -p … -m io.github.ctglib.cli}, in a JVM of its own: its
 * descriptor, picocli's reflection on its commands and its messages in both languages, which it reads without
 * {@code ResourceBundle.Control} (refused in named modules).
 */
class CommandLineModuleTest {

    /** The CLI's own dependencies, which this module's tests have on their class path only. */
    private static final List<String> CLI_JARS = List.of("ctg-cli", "picocli", "postgresql", "mariadb-java-client",
            "checker-qual", "ctg-opendata", "ctg-documents", "ctg-spreadsheets",
            // what ctg-documents and ctg-spreadsheets bring (named or automatic modules on this path)
            "poi", "xmlbeans", "commons-", "SparseBitSet", "curvesapi", "log4j-", "openhtmltopdf", "pdfbox", "fontbox",
            "xmpbox", "graphics2d", "jfreechart", "compiler", "fastexcel", "opczip", "aalto-xml", "stax2-api");

    @TempDir
    Path directory;

    @Test
    void theDemoRunsInFrenchOnH2() throws Exception {
        Run run = ctg("--lang", "fr", "demo", "--store", "jdbc:h2:mem:demo");

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("ctg demo : la CTG de Frontignan (Hérault)");
    }

    @Test
    void theDemoRunsInEnglishOnJsonFiles() throws Exception {
        Run run = ctg("--lang", "en", "demo", "--store", "json:" + directory.resolve("store"));

        assertThat(run.exitCode()).as(run.output()).isZero();
        assertThat(run.output()).contains("ctg demo: the CTG of Frontignan (Hérault)");
    }

    @Test
    void theUsageHelpComesFromTheBundleOfTheLanguageAsked() throws Exception {
        Run french = ctg("--lang", "fr", "demo", "--help");
        Run english = ctg("--lang", "en", "demo", "--help");

        assertThat(french.output()).contains("Mène la CTG de Frontignan (Hérault)");
        assertThat(english.output()).contains("Takes the CTG of Frontignan (Hérault)");
    }

    private record Run(int exitCode, String output) {}

    private Run ctg(String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Dfile.encoding=UTF-8", "-Dstdout.encoding=UTF-8",
                "-p", modulePath(), "-m", "io.github.ctglib.cli/io.github.ctglib.cli.CtgCli"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).directory(directory.toFile()).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("ctg ended").isTrue();
        return new Run(process.exitValue(), output);
    }

    /** This JVM's module path (ctg's modules and their dependencies), with the CLI and its drivers added. */
    private static String modulePath() {
        String modulePath = System.getProperty("jdk.module.path");
        assertThat(modulePath).as("the tests run on the module path").isNotBlank();
        List<String> cli = Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> CLI_JARS.stream().anyMatch(name -> Path.of(entry).getFileName().toString()
                        .startsWith(name + "-") || entry.contains(File.separator + name + File.separator)))
                .collect(Collectors.toList());
        assertThat(cli).anyMatch(entry -> entry.contains("ctg-cli"));
        return modulePath + File.pathSeparator + String.join(File.pathSeparator, cli);
    }
}
