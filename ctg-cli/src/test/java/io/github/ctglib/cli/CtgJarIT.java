package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged {@code target/ctg.jar}, run as a real process with {@code java -jar}, as the README says. */
class CtgJarIT {

    private static final Path JAR = Path.of(System.getProperty("ctg.jar", "target/ctg.jar")).toAbsolutePath();
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");

    @TempDir
    Path dir;

    private record Run(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Run ctg(Path workingDirectory, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("ctg " + String.join(" ", args) + " did not finish within 2 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarCarriesTheLicenceAndTheNoticeOfTheBundledGeography() throws Exception {
        try (java.util.zip.ZipFile jar = new java.util.zip.ZipFile(JAR.toFile())) {
            assertThat(jar.getEntry("META-INF/LICENSE")).as("META-INF/LICENSE").isNotNull();
            var notice = jar.getEntry("META-INF/NOTICE");
            assertThat(notice).as("META-INF/NOTICE").isNotNull();
            String text = new String(jar.getInputStream(notice).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(text).contains("Etalab", "Licence Ouverte", "INSEE");
        }
    }

    @Test
    void theDemoRunsOnTheDefaultStoreAndRunsAgain() throws Exception {
        Path work = Files.createDirectory(dir.resolve("work"));

        Run first = ctg(work, "demo", "--lang", "en");
        Run second = ctg(work, "demo", "--lang", "en");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.err()).as("quiet logging").isEmpty();
        assertThat(first.out()).startsWith("ctg demo: the CTG of Frontignan (Hérault), from its preparation to its"
                + " evaluation\nStore: json:./ctg-data/conventions\n")
                .contains("Signed on 6 March 2024", "8. Evaluation — 15 November 2027", "History       13 revisions");
        assertThat(work.resolve("ctg-data/conventions/" + io.github.ctglib.examples.Frontignan.ID + ".json"))
                .isRegularFile();
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("Removed the convention ctg-34-frontignan-2023 left by an earlier demo");
        assertThat(second.err()).isEmpty();
    }

    @Test
    void validateReportsABadFileWithItsExitCode() throws Exception {
        Path broken = Fixtures.document(dir.resolve("broken.json"),
                ImmutableConvention.copyOf(Frontignan.draft()).withTerritory(Territory.ofCommune("34999")));
        Path unreadable = Fixtures.text(dir.resolve("unreadable.json"), "not json");

        Run refused = ctg(dir, "validate", "--lang", "en", broken.toString());
        Run bad = ctg(dir, "validate", "--lang", "en", unreadable.toString());

        assertThat(refused.exitCode()).as(refused.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(refused.out()).contains(broken + ": CTG-GEO-001 territory.communeCodes[0]: The commune code"
                + " 34999 does not exist");
        assertThat(bad.exitCode()).as(bad.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(bad.err()).contains(unreadable + ": it is not valid JSON").doesNotContain("\tat ");
    }

    @Test
    void copyMovesEveryConventionFromJsonToH2AndCountsThem() throws Exception {
        Path json = dir.resolve("json");
        ConventionRepository source = JsonConventionRepository.open(json);
        Change change = new Change("agent:test", Instant.parse("2024-01-10T08:00:00Z"), "Created");
        Convention frontignan = source.save(Frontignan.draft(), change);
        source.save(ImmutableConvention.copyOf(frontignan).withStage(Stage.SHARED_DIAGNOSTIC), change);
        source.save(SampleConventions.variant("ctg-34-sete").communes("34301").build(), change);
        source.save(SampleConventions.withActions(40), change);
        long conventions;
        long revisions;
        try (Stream<Convention> all = source.streamAll()) {
            List<String> ids = all.map(Convention::getId).toList();
            conventions = ids.size();
            revisions = ids.stream().mapToLong(id -> source.history(id).size()).sum();
        }
        String h2 = "jdbc:h2:" + dir.resolve("copy").toAbsolutePath();

        Run copy = ctg(dir, "copy", "--lang", "en", "--from", "json:" + json, "--to", h2);

        assertThat(copy.exitCode()).as(copy.toString()).isZero();
        Matcher count = Pattern.compile("Copied (\\d+) conventions \\((\\d+) revisions\\)").matcher(copy.out());
        assertThat(count.find()).as(copy.out()).isTrue();
        assertThat(Long.parseLong(count.group(1))).isEqualTo(conventions).isEqualTo(3);
        assertThat(Long.parseLong(count.group(2))).isEqualTo(revisions).isEqualTo(4);
        JdbcDataSource target = new JdbcDataSource();
        target.setURL(h2);
        ConventionRepository copied = JdbcConventionRepository.builder(target).build();
        try (Stream<Convention> all = copied.streamAll()) {
            assertThat(all.count()).isEqualTo(conventions);
        }
        assertThat(copied.history(Frontignan.ID)).isEqualTo(source.history(Frontignan.ID));
    }

    @Test
    void thePlanGoesToAWorkbookAndBackAndTheReportToAWorkbook() throws Exception {
        Path work = Files.createDirectory(dir.resolve("plan"));
        String store = "json:" + work.resolve("store");
        assertThat(ctg(work, "demo", "--store", store).exitCode()).isZero();

        Run export = ctg(work, "plan", "export", Frontignan.ID, "-o", "plan.xlsx", "--store", store, "--lang", "en");
        Run back = ctg(work, "plan", "import", Frontignan.ID, "plan.xlsx", "--store", store, "--lang", "en");
        Run report = ctg(work, "report", "--format", "xlsx", "-o", "report.xlsx", "--store", store, "--lang", "en");

        assertThat(export.exitCode()).as(export.toString()).isZero();
        assertThat(back.exitCode()).as(back.toString()).isZero();
        assertThat(back.out()).contains("is unchanged");
        assertThat(back.err()).isEmpty();
        assertThat(report.exitCode()).as(report.toString()).isZero();
        assertThat(work.resolve("report.xlsx")).isRegularFile();
    }

    @Test
    void theJarAnswersVersionAndHelp() throws Exception {
        Run version = ctg(dir, "--version");
        Run help = ctg(dir, "--help", "--lang", "fr");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("ctg ").doesNotContain("unknown version");
        assertThat(help.out()).contains("Utilisation : ctg", "Codes de sortie");
    }
}
