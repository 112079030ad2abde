package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportExportCommandTest {

    @TempDir
    Path dir;

    private Path store() {
        return dir.resolve("store");
    }

    private Path frontignanFile() {
        return Fixtures.document(dir.resolve("frontignan.json"), Frontignan.draft());
    }

    private static final Convention SETE = SampleConventions.variant("ctg-34-sete").communes("34301")
            .epci("200066355").stage(Stage.SIGNED).build();

    private Path seteFile() {
        return Fixtures.document(dir.resolve("sete.json"), SETE);
    }

    @Test
    void importStoresEachDocumentAsItsFirstRevisionWithWhoAndWhen() {
        Result result = Cli.run("import", frontignanFile().toString(), seteFile().toString(), "--actor",
                "agent:m.dupont", "--store", Fixtures.json(store()));

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Imported ctg-34-frontignan-2023 from " + dir.resolve("frontignan.json")
                + " (version 1).", "Imported 2 conventions into json:" + store() + ".");
        JsonConventionRepository imported = JsonConventionRepository.open(store());
        assertThat(imported.findById(SETE.getId())).get().isEqualTo(ImmutableConvention.copyOf(SETE).withVersion(1));
        assertThat(imported.history(Frontignan.ID)).containsExactly(
                new Revision(1, Instant.parse("2026-11-26T10:00:00Z"), "agent:m.dupont", "Imported from frontignan.json"));
    }

    @Test
    void anImportCutShortIsFinishedByRunningItAgain() {
        // A first run that stored frontignan.json, then was killed before sete.json.
        Cli.run("import", frontignanFile().toString(), "--store", Fixtures.json(store()));

        Result again = Cli.run("import", frontignanFile().toString(), seteFile().toString(), "--store",
                Fixtures.json(store()));

        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("Already imported: ctg-34-frontignan-2023 from", "was cut short after storing 1"
                + " convention", "Imported ctg-34-sete from", "Imported 1 convention into");
        assertThat(JsonConventionRepository.open(store()).history(Frontignan.ID)).hasSize(1);
    }

    @Test
    void importIntoAnExistingConventionImportsNothingAndSaysWhatToDo() {
        String store = Fixtures.jsonStoreWith(store(), Frontignan.draft());

        Result result = Cli.run("import", seteFile().toString(), frontignanFile().toString(), "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("frontignan.json: CTG-REPO-002 id: A convention with id"
                + " ctg-34-frontignan-2023 exists already.", "(version 1)", "ctg show ctg-34-frontignan-2023 --store "
                + store, "give it another id", "Nothing was imported");
        assertThat(JsonConventionRepository.open(store()).findById(SETE.getId())).isEmpty();
    }

    @Test
    void aDocumentBreakingARuleStopsTheWholeImport() {
        Path broken = Fixtures.document(dir.resolve("broken.json"),
                ImmutableConvention.copyOf(SampleConventions.variant("ctg-34-broken").build())
                        .withTerritory(Territory.ofCommune("34999")));

        Result result = Cli.run("import", frontignanFile().toString(), broken.toString(), "--store",
                Fixtures.json(store()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(broken + ": CTG-GEO-001", "Nothing was imported: correct the files above");
        assertThat(Files.exists(store())).as("the store is not even created").isFalse();
    }

    @Test
    void anUnreadableDocumentStopsTheWholeImportWithExitCodeTwo() {
        Path garbage = Fixtures.text(dir.resolve("garbage.json"), "[1, 2");

        Result result = Cli.run("import", frontignanFile().toString(), garbage.toString(), "--store",
                Fixtures.json(store()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(garbage + ": ", "Nothing was imported");
    }

    @Test
    void twoDocumentsOfOneIdAreRefused() {
        Path twin = Fixtures.document(dir.resolve("twin.json"), Frontignan.draft());

        Result result = Cli.run("import", frontignanFile().toString(), twin.toString(), "--store",
                Fixtures.json(store()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(twin + ": CTG-REPO-003 id: The id ctg-34-frontignan-2023 is also the id"
                + " of frontignan.json", "Nothing was imported");
        assertThat(JsonConventionRepository.open(store()).findById(Frontignan.ID)).isEmpty();
    }

    @Test
    void exportWritesTheInterchangeDocumentToStandardOutput() {
        String store = Fixtures.demoStore(store());

        Result result = Cli.run("export", Frontignan.ID, "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        Convention exported = ConventionDocuments.read(
                new ByteArrayInputStream(result.out().getBytes(StandardCharsets.UTF_8)), "stdout");
        Convention stored = JsonConventionRepository.open(store()).findById(Frontignan.ID).orElseThrow();
        assertThat(ImmutableConvention.copyOf(exported).withVersion(stored.getVersion())).isEqualTo(stored);
    }

    @Test
    void exportKeepsAnExistingFilesModeAndGivesANewOneTheUsersUmask() throws IOException {
        String store = Fixtures.demoStore(store());
        Path existing = Fixtures.text(dir.resolve("shared.json"), "{}");
        java.util.Set<java.nio.file.attribute.PosixFilePermission> groupReadable =
                java.nio.file.attribute.PosixFilePermissions.fromString("rw-r-----");
        Files.setPosixFilePermissions(existing, groupReadable);
        Path plain = Files.createFile(dir.resolve("plain.txt"));

        assertThat(Cli.run("export", Frontignan.ID, "-o", existing.toString(), "--store", store).exitCode()).isZero();
        assertThat(Cli.run("export", Frontignan.ID, "-o", dir.resolve("new.json").toString(), "--store", store)
                .exitCode()).isZero();

        assertThat(Files.getPosixFilePermissions(existing)).isEqualTo(groupReadable);
        assertThat(Files.getPosixFilePermissions(dir.resolve("new.json")))
                .as("as any file the user creates").isEqualTo(Files.getPosixFilePermissions(plain));
    }

    @Test
    void exportToAFileReplacesItWhole() throws IOException {
        String store = Fixtures.jsonStoreWith(store(), Frontignan.draft());
        Path output = Fixtures.text(dir.resolve("out.json"), "old content, longer than nothing");

        Result result = Cli.run("export", Frontignan.ID, "-o", output.toString(), "--store", store);

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Exported ctg-34-frontignan-2023 (version 1) to " + output);
        try (InputStream in = Files.newInputStream(output)) {
            assertThat(ConventionDocuments.read(in, output.toString()).getTitle())
                    .isEqualTo(Frontignan.draft().getTitle());
        }
        try (var siblings = Files.list(dir)) {
            assertThat(siblings.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
    }

    @Test
    void exportThenImportElsewhereGivesTheSameConvention() {
        Convention signed = SampleConventions.variant("ctg-34-signed").stage(Stage.SIGNED).build();
        String source = Fixtures.jsonStoreWith(store(), signed);
        Path file = dir.resolve("signed.json");
        Cli.run("export", "ctg-34-signed", "--output", file.toString(), "--store", source);

        Result imported = Cli.run("import", file.toString(), "--store", Fixtures.h2(dir));

        assertThat(imported.exitCode()).as(imported.toString()).isZero();
        Result shown = Cli.run("list", "--store", Fixtures.h2(dir));
        assertThat(shown.out()).contains("ctg-34-signed", "signed");
    }

    @Test
    void exportOfAnUnknownConventionIsNotFound() {
        String store = Fixtures.jsonStoreWith(store(), Frontignan.draft());

        Result result = Cli.run("export", "ctg-34-nowhere", "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("No convention ctg-34-nowhere in the store " + store, "ctg list");
    }

    @Test
    void exportIntoAMissingFolderSaysSo() {
        String store = Fixtures.jsonStoreWith(store(), Frontignan.draft());

        Result result = Cli.run("export", Frontignan.ID, "-o", dir.resolve("no/such/folder/x.json").toString(),
                "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Could not write", "Check that its folder exists");
    }

    @Test
    void aBlankActorIsBadUsage() {
        Result result = Cli.run("import", frontignanFile().toString(), "--actor", " ", "--store",
                Fixtures.json(store()));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("--actor is blank");
    }
}
