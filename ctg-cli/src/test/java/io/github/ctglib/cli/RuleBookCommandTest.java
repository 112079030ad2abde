package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.vocabulary.DateRange;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The document path applies the rule book as the lifecycle does: {@code validate}, {@code import} and
 * {@code copy} judge a convention by every rule of its stage, and the store rules at import and copy.
 */
class RuleBookCommandTest {

    @TempDir
    Path dir;

    private static final ImmutableConvention SIGNED = ImmutableConvention.copyOf(Frontignan.signed());

    /** Frontignan signed again over the same commune, 2026-2030. */
    private static final ImmutableConvention RIVAL = SIGNED.withId("ctg-34-frontignan-bis")
            .withValidity(DateRange.ofYears(2026, 2030)).withActions(List.of());

    private Path file(String name, Convention convention) {
        return Fixtures.document(dir.resolve(name), convention);
    }

    @Test
    void aSignedDocumentWithoutParenthoodDoesNotValidate() {
        Path file = file("sans-parentalite.json", SIGNED.withFields(SIGNED.getFields().stream()
                .filter(f -> !f.equals(Frontignan.PARENTHOOD)).toList()).withActions(List.of()));

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out()).contains(file + ": CTG-SCOPE-001 fields:");
    }

    @Test
    void aDocumentSignedByNobodyDoesNotValidate() {
        Path file = file("claims.json", ImmutableConvention.copyOf(Frontignan.draft()).withStage(Stage.SIGNED)
                .withSignatureDate(Frontignan.SIGNATURE_DATE));

        Cli.Result result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out()).contains(file + ": CTG-STAGE-002 signatories[0].representatives[0].signedOn:",
                file + ": CTG-STAGE-002 signatories[1].representatives[1].signedOn:");
    }

    @Test
    void aSignedDocumentOverACommuneAlreadyCoveredIsNotImported() {
        String store = Fixtures.jsonStoreWith(dir.resolve("store"), SIGNED);
        Path rival = file("rival.json", RIVAL);

        Cli.Result result = Cli.run("import", rival.toString(), "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(rival + ": CTG-EXCL-001 territory.communeCodes[0]: The commune 34108 is"
                + " already covered by the signed convention " + Frontignan.ID, "Nothing was imported");
        Cli.Result list = Cli.run("list", "--commune", "34108", "--in-force-on", "2026-06-01", "--store", store);
        assertThat(list.out()).contains(Frontignan.ID, "1 convention.").doesNotContain(RIVAL.getId());
    }

    @Test
    void twoSignedDocumentsOverTheSameCommuneAreNotImportedTogether() {
        Path first = file("first.json", RIVAL.withId("ctg-34-a"));
        Path second = file("second.json", RIVAL.withId("ctg-34-b"));

        Cli.Result result = Cli.run("import", first.toString(), second.toString(), "--store",
                Fixtures.json(dir.resolve("store")));

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains(first + ": CTG-EXCL-001", second + ": CTG-EXCL-001");
        assertThat(JsonConventionRepository.open(dir.resolve("store")).streamAll()).isEmpty();
    }

    @Test
    void aStoreHoldingTwoConventionsOverOneCommuneIsNotCopied() {
        // Written straight into the store, as 0.1's import allowed: the copy refuses to spread them.
        String source = Fixtures.jsonStoreWith(dir.resolve("source"), SIGNED, RIVAL);
        String target = Fixtures.h2(dir.resolve("target"));

        Cli.Result result = Cli.run("copy", "--from", source, "--to", target);

        assertThat(result.exitCode()).as(result.toString()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err()).contains("CTG-EXCL-001", "Nothing was copied");
        assertThat(Cli.run("list", "--store", target).out()).contains("No convention matches.");
    }

    @Test
    void aTextWithAControlCharacterIsRefusedAlikeForEveryStore() {
        Path nul = file("nul.json", ImmutableConvention.copyOf(Frontignan.draft()).withTitle("CTG\u0000Frontignan"));

        for (String store : List.of(Fixtures.json(dir.resolve("json")), Fixtures.h2(dir.resolve("h2")))) {
            Cli.Result result = Cli.run("import", nul.toString(), "--store", store);

            assertThat(result.exitCode()).as(store).isEqualTo(ExitCodes.REFUSED);
            assertThat(result.err()).contains(nul + ": CTG-TEXT-002 title: This text holds the control character"
                    + " U+0000 at position 4").doesNotContain("unexpected");
        }
    }

    @Test
    void theTerminalNeverReceivesARawControlCharacter() {
        // A title holding ESC, stored by a tool that did not check it: shown escaped, never interpreted.
        String store = Fixtures.jsonStoreWith(dir.resolve("store"),
                ImmutableConvention.copyOf(Frontignan.draft()).withTitle("CTG \u001b[2J effacée"));

        Cli.Result result = Cli.run("show", Frontignan.ID, "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).doesNotContain("\u001b").contains("CTG \\u001b[2J effacée");
    }

    @Test
    void aDocumentRefusedForItsSizeQuotesItsTrueLength() throws IOException {
        Path huge = dir.resolve("huge.json");
        long length = ConventionJson.MAX_DOCUMENT_BYTES + 4_321;
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(length);
        }

        Cli.Result result = Cli.run("validate", huge.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(huge + ": the file is " + String.format("%,d", length) + " bytes long");
        Files.delete(huge);
    }
}
