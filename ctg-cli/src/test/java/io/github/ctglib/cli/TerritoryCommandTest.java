package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.cli.Cli.Result;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TerritoryCommandTest {

    @TempDir
    Path dir;

    private String store;

    /** Frontignan's own convention, and Sète Agglopôle's over two of its communes. */
    @BeforeEach
    void conventions() {
        store = Fixtures.jsonStoreWith(dir,
                SampleConventions.variant("ctg-34-frontignan").stage(Stage.SIGNED).build(),
                SampleConventions.variant("ctg-34-agglo").communes("34301", "34023").epci("200066355")
                        .validity(DateRange.ofYears(2025, 2029)).build(),
                SampleConventions.variant("ctg-34-montpellier").communes("34172").build());
    }

    @Test
    void aCommuneWithItsDepartementItsEpciAndTheConventionsCoveringIt() {
        Result result = Cli.run("territory", "34108", "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("34108 Frontignan — commune\n").contains(
                "  Département  34 Hérault",
                "  EPCI         200066355 CA Sète Agglopôle Méditerranée (CA)",
                "  Communes of EPCI 200066355 (",
                "    34301 Sète",
                "  Conventions covering it in " + store + ": 1",
                "ctg-34-frontignan  signed  2023-01-01 → 2027-12-31  in force");
        assertThat(result.out()).doesNotContain("ctg-34-agglo", "ctg-34-montpellier");
    }

    @Test
    void anEpciWithItsMembersAndTheConventionsOfItOrOfItsCommunes() {
        Result result = Cli.run("territory", "200066355", "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("200066355 CA Sète Agglopôle Méditerranée — EPCI (CA)\n").contains(
                "  Département  34 Hérault",
                "    34108 Frontignan",
                "  Conventions covering it in " + store + ": 2",
                "ctg-34-agglo", "(covers 2 of its ", "ctg-34-frontignan", "(covers 1 of its ");
        assertThat(result.out()).doesNotContain("ctg-34-montpellier");
    }

    @Test
    void withoutAStoreTheGeographyAloneIsShown() {
        // No --store and no default store in the working directory: the bundled geography still answers.
        org.junit.jupiter.api.Assumptions.assumeFalse(Stores.defaultExists(),
                "the working directory holds a default store ./ctg-data/conventions");
        Result result = Cli.run("territory", "34108");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("34108 Frontignan — commune", "200066355",
                "Conventions: no store given (--store URI) and none in ./ctg-data");
        assertThat(Stores.defaultExists()).as("a read-only command creates no store").isFalse();
    }

    @Test
    void aCorsicanCodeIsReadWhateverItsCase() {
        Result result = Cli.run("territory", "2a004", "--store", store);

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).startsWith("2A004 Ajaccio — commune").contains("2A Corse-du-Sud",
                "Conventions covering it in " + store + ": 0");
    }

    @Test
    void anUnknownCodeIsNotFound() {
        Result commune = Cli.run("territory", "34999", "--store", store);
        Result epci = Cli.run("territory", "200000000", "--store", store);

        assertThat(commune.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(commune.err()).contains("No commune 34999", "not the postcode");
        assertThat(epci.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(epci.err()).contains("No EPCI 200000000");
    }

    @Test
    void somethingElseIsBadUsage() {
        Result result = Cli.run("territory", "Frontignan", "--store", store);

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("Not a territory code: 'FRONTIGNAN'", "INSEE code", "SIREN");
    }
}
