package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path dir;

    /** Frontignan's convention naming a commune code that does not exist. */
    private Path unknownCommune() {
        Convention broken = ImmutableConvention.copyOf(Frontignan.draft())
                .withTerritory(Territory.ofCommune("34999"));
        return Fixtures.document(dir.resolve("unknown-commune.json"), broken);
    }

    @Test
    void aValidDocumentIsSaidValid() {
        Path valid = Fixtures.document(dir.resolve("frontignan.json"), Frontignan.draft());

        Result result = Cli.run("validate", valid.toString());

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains(valid + ": valid (ctg-34-frontignan-2023)",
                "1 file — valid: 1, breaking a rule: 0, unreadable: 0.");
    }

    @Test
    void eachViolationIsPrintedAsFileCodePathMessageAndTheExitCodeIsOne() {
        Path broken = unknownCommune();

        Result result = Cli.run("validate", broken.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.out()).contains(broken + ": CTG-GEO-001 territory.communeCodes[0]: The commune code 34999"
                + " does not exist in the geography");
        assertThat(result.out()).doesNotContain(": valid");
    }

    @Test
    void warningsAreMarkedAndDoNotFailTheDocument() {
        // Nîmes lies in the Gard (30), not in the CAF's Hérault: a warning, not an error, beside Frontignan.
        Convention elsewhere = ImmutableConvention.copyOf(Frontignan.draft())
                .withTerritory(Territory.builder().addCommuneCodes("34108", "30189").build());
        Path file = Fixtures.document(dir.resolve("nimes.json"), elsewhere);

        Result result = Cli.run("validate", file.toString());

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains(file + ": CTG-GEO-004 ", "(warning)", file + ": valid");
    }

    @Test
    void violationsSpeakFrenchOnRequest() {
        Result result = Cli.run("validate", "--lang", "fr", unknownCommune().toString());

        assertThat(result.out()).contains("CTG-GEO-001 territory.communeCodes[0]: Le code commune 34999 n'existe pas",
                "valides : 0 ; enfreignant une règle : 1 ; illisibles : 0.");
    }

    @Test
    void anUnreadableDocumentIsExitCodeTwoWithItsProblems() {
        Path notJson = Fixtures.text(dir.resolve("notes.json"), "{ \"format\": ");
        Path wrongFormat = Fixtures.text(dir.resolve("other.json"), "{\"format\": \"invoice/1\"}");

        Result result = Cli.run("validate", notJson.toString(), wrongFormat.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains(notJson + ": it is not valid JSON", wrongFormat + ": ");
        assertThat(result.out()).contains("2 files — valid: 0, breaking a rule: 0, unreadable: 2.");
    }

    @Test
    void aMissingFileOrADirectorySaysWhatToDo() {
        Result result = Cli.run("validate", dir.resolve("nowhere.json").toString(), dir.toString());

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("nowhere.json: no such file: check the name and the current directory",
                dir + ": is a directory, not a document");
    }

    @Test
    void everyFileIsCheckedAndTheGravestOutcomeDecidesTheExitCode() {
        Path valid = Fixtures.document(dir.resolve("frontignan.json"), Frontignan.draft());
        Path broken = unknownCommune();
        Path unreadable = Fixtures.text(dir.resolve("empty.json"), "");

        Result refused = Cli.run("validate", valid.toString(), broken.toString());
        Result all = Cli.run(Locale.ENGLISH, "validate", valid.toString(), unreadable.toString(), broken.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(all.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(all.out()).contains(valid + ": valid", broken + ": CTG-GEO-001",
                "3 files — valid: 1, breaking a rule: 1, unreadable: 1.");
    }

    @Test
    void aFileIsRequired() {
        Result result = Cli.run("validate");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("FILE");
    }
}
