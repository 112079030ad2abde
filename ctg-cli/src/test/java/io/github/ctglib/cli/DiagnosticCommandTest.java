package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ctg diagnostic load}, on ctg-opendata's illustrative fixtures (its test-jar). */
class DiagnosticCommandTest {

    private static final String COVERAGE = "Taux de couverture global en accueil du jeune enfant";

    @TempDir
    Path dir;

    private String store;

    /** Frontignan and Balaruc-les-Bains (7,139 inhabitants), of CA Sète Agglopôle, in preparation. */
    @BeforeEach
    void aConvention() {
        store = Fixtures.jsonStoreWith(dir.resolve("store"),
                SampleConventions.variant("ctg-34-thau").communes("34108", "34023").build());
    }

    private String fixture(String name) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = getClass().getResourceAsStream("/io/github/ctglib/opendata/fixtures/" + name)) {
            Files.copy(in, target);
        }
        return target.toString();
    }

    @Test
    void addsTheIndicatorsOfTheTerritoryAndSaysWhatWasSkippedAndWhy() throws IOException {
        Result load = Cli.run("diagnostic", "load", "ctg-34-thau", fixture("txcouv_pe_com.csv"),
                fixture("txcouv_pe_epci.csv"), "--store", store);

        assertThat(load.exitCode()).as(load.toString()).isZero();
        assertThat(load.out()).contains(
                "ctg-34-thau: diagnostic from 2 files",
                "  txcouv_pe_com.csv: txcouv_pe_com, 5 rows",
                "Added (16):",
                "  34108  2022  " + COVERAGE + ": 56.8 places / 100 enfants de moins de 3 ans [txcouv_pe_com]",
                "  200066355  2023  " + COVERAGE + ": 55.6 places / 100 enfants de moins de 3 ans [txcouv_pe_epci]",
                "Skipped (3):",
                "  txcouv_pe_com.csv:6  placeholder row XXXXX",
                "  txcouv_pe_com.csv  34023: not published at the commune scale (10,000 inhabitants or fewer) (commune"
                        + " 34023 is not in txcouv_pe_com, which covers only communes of more than 10,000 inhabitants:"
                        + " the figures of its EPCI 200066355 are used)",
                "Recorded in ctg-34-thau, version 2, in " + store + ".");
        Result shown = Cli.run("show", "ctg-34-thau", "--format", "json", "--store", store);
        assertThat(shown.out()).contains("\"dataset\": \"txcouv_pe_epci\"", "\"scale\": \"EPCI\"",
                "\"sourceUrl\": \"https://data.caf.fr/explore/dataset/txcouv_pe_com/\"", "\"territory\": \"34108\"");
        assertThat(Cli.run("history", "ctg-34-thau", "--store", store).out()).contains("Shared diagnostic recorded");

        Result again = Cli.run("diagnostic", "load", "ctg-34-thau", dir.resolve("txcouv_pe_com.csv").toString(),
                dir.resolve("txcouv_pe_epci.csv").toString(), "--store", store);
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Unchanged: 16, already in the diagnostic.",
                "Nothing to record: the diagnostic already holds these figures.").doesNotContain("Added", "Recorded");
    }

    @Test
    void aLaterLoadOfTheSameYearUpdates() throws IOException {
        Cli.run("diagnostic", "load", "ctg-34-thau", fixture("txcouv_pe_epci.csv"), "--year", "2022", "--store", store);

        Result hist = Cli.run("diagnostic", "load", "ctg-34-thau", fixture("txcouv_pe_epci_hist.csv"), "--year", "2022",
                "--store", store, "--lang", "fr");

        assertThat(hist.exitCode()).as(hist.toString()).isZero();
        assertThat(hist.out()).contains("Mis à jour (3) :",
                "  200066355  2022  " + COVERAGE + " : 54,6 places / 100 enfants de moins de 3 ans [txcouv_pe_epci]",
                "Inchangés : 5, déjà dans le diagnostic.", "Enregistré dans ctg-34-thau, version 3");
    }

    @Test
    void aBadFileChangesNothingAndIsNamedWithItsLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("txcouv_pe_epci.csv"),
                "annee;numepci;txcouv_epci\n2023;200066355;55,6\n2023;243400017;6l,2\n");

        Result load = Cli.run("diagnostic", "load", "ctg-34-thau", fixture("txcouv_pe_com.csv"), bad.toString(),
                "--store", store);

        assertThat(load.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(load.err()).contains("Nothing was loaded: " + bad + ":3:3: column txcouv_epci holds \"6l,2\"");
        assertThat(Cli.run("history", "ctg-34-thau", "--store", store).out()).doesNotContain("Shared diagnostic");
    }

    @Test
    void anUnknownConventionOrNoFileIsRefused() throws IOException {
        Result unknown = Cli.run("diagnostic", "load", "ctg-34-nowhere", fixture("txcouv_pe_com.csv"), "--store", store);
        Result noFile = Cli.run("diagnostic", "load", "ctg-34-thau", "--store", store);
        Result alone = Cli.run("diagnostic");

        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(noFile.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(noFile.err()).contains("FILE");
        assertThat(alone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(alone.err()).contains("load");
    }
}
