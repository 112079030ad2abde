package io.github.ctglib.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ctglib.cli.Cli.Result;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --geography PATH}: another vintage, from Etalab's decoupage-administratif files. */
class GeographyOptionTest {

    private static final Path SHARED = Path.of(System.getProperty("ctg.etalab.package",
            "../../shared/ref/etalab-decoupage-administratif-6.0.0.tgz"));

    @TempDir
    Path dir;

    private Path data;

    /** Lines of Etalab's 6.0.0 files: the Hérault, Frontignan and Sète, and Sète Agglopôle with those two only. */
    @BeforeEach
    void aSmallVintage() throws IOException {
        data = Files.createDirectories(dir.resolve("data"));
        Files.writeString(data.resolve("departements.json"), """
                [
                {"code":"34","region":"76","chefLieu":"34172","nom":"Hérault","typeLiaison":5,"zone":"metro"}
                ]
                """);
        Files.writeString(data.resolve("communes.json"), """
                [
                {"code":"34108","nom":"Frontignan","departement":"34","region":"76","type":"commune-actuelle","siren":"213401086","population":24136},
                {"code":"34301","nom":"Sète","departement":"34","region":"76","type":"commune-actuelle","siren":"213403017","population":45337}
                ]
                """);
        Files.writeString(data.resolve("epci.json"), """
                [
                {"code":"200066355","nom":"CA Sète Agglopôle Méditerranée","type":"CA","membres":[{"code":"34301"},{"code":"34108"}]}
                ]
                """);
    }

    @Test
    void territoriesAreLookedUpInTheVintageGiven() {
        Result result = Cli.run("--geography", data.toString(), "--geography-year", "2027", "territory", "200066355");

        assertThat(result.exitCode()).as(result.toString()).isZero();
        assertThat(result.out()).contains("Communes of EPCI 200066355 (2)", "34108 Frontignan", "34301 Sète");
        assertThat(Cli.run("territory", "200066355").out()).contains("Communes of EPCI 200066355 (14)");
    }

    @Test
    void theSharedPackageIsTheBundledVintage() {
        assumeTrue(Files.isRegularFile(SHARED), "the shared Etalab package is not at " + SHARED.toAbsolutePath());
        Result loaded = Cli.run("territory", "200066355", "--geography", SHARED.toString());

        assertThat(loaded.exitCode()).as(loaded.toString()).isZero();
        assertThat(loaded.out()).isEqualTo(Cli.run("territory", "200066355").out());
    }

    @Test
    void aBadFileIsNamedWithItsLineAndColumnAndNothingRuns() throws IOException {
        Files.writeString(data.resolve("epci.json"), """
                [
                {"code":"200066356","nom":"CA Sète Agglopôle Méditerranée","type":"CA","membres":[{"code":"34999"}]}
                ]
                """);

        Result result = Cli.run("--geography", data.toString(), "--geography-year", "2027", "report");
        int column = Files.readAllLines(data.resolve("epci.json")).get(1).indexOf("{\"code\":\"34999\"}") + 1;

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.out()).isEmpty();
        assertThat(result.err()).contains("The geography " + data + " was not loaded (2 problem(s)); nothing was changed:",
                data.resolve("epci.json") + ":2:9: \"code\" is not a SIREN (9 digits passing the Luhn check): \"200066356\"",
                data.resolve("epci.json") + ":2:" + column + ": member 34999 of EPCI 200066356 is not a current commune");
    }

    @Test
    void theYearIsAskedForWhenThePackageDoesNotSayIt() {
        Result result = Cli.run("--lang", "fr", "--geography", data.toString(), "territory", "34108");

        assertThat(result.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(result.err()).contains("n'a pas été chargée", "the vintage's year is not known", "--geography-year");
    }

    @Test
    void aMissingPathOrAYearAloneIsBadUsage() {
        Result missing = Cli.run("--geography", dir.resolve("absent.tgz").toString(), "territory", "34108");
        Result yearAlone = Cli.run("--geography-year", "2027", "territory", "34108");

        assertThat(missing.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(missing.err()).contains("The geography " + dir.resolve("absent.tgz") + " cannot be read");
        assertThat(yearAlone.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(yearAlone.err()).contains("--geography-year goes with --geography PATH.");
    }
}
