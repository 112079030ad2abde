package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ctglib.territory.GeographyFileException.Problem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EtalabGeographyTest {

    /** The package the bundled resource was made of (convert.py); outside the repository, shared by the team. */
    private static final Path SHARED = Path.of(System.getProperty("ctg.etalab.package",
            "../../shared/ref/etalab-decoupage-administratif-6.0.0.tgz"));

    @TempDir
    Path temp;

    static Path extract() {
        try {
            return Path.of(EtalabGeographyTest.class.getResource("etalab-extract/package").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theSharedPackageLoadsEqualToTheBundledVintage() throws IOException {
        assumeTrue(Files.isRegularFile(SHARED), "the shared Etalab package is not at " + SHARED.toAbsolutePath()
                + " (set -Dctg.etalab.package=PATH to run this comparison)");
        Geography loaded = Geography.fromEtalab(SHARED);
        Geography bundled = Geography.bundled();

        assertThat(loaded.vintage()).isEqualTo("COG 2026");
        assertThat(loaded.vintageYear()).hasValue(2026);
        assertThat(loaded.departements()).containsExactlyElementsOf(bundled.departements());
        assertThat(loaded.epcis()).containsExactlyElementsOf(bundled.epcis());
        for (Departement d : bundled.departements()) {
            assertThat(loaded.communesOf(d.code())).as(d.code()).containsExactlyElementsOf(bundled.communesOf(d.code()));
        }
        assertThat(loaded.formerCommunes()).containsExactlyElementsOf(bundled.formerCommunes());
        assertThat(loaded.commune("34108")).isEqualTo(bundled.commune("34108"));
        assertThat(loaded.commune("34108").orElseThrow().population()).isEqualTo(24_136);
    }

    @Test
    void readsAFolderAndTheYearFromTheReadme() throws IOException {
        Geography g = Geography.fromEtalab(extract());

        assertThat(g.vintage()).isEqualTo("COG 2027");
        assertThat(g.departements()).extracting(Departement::code).containsExactly("22", "34");
        assertThat(g.communesOf("34")).extracting(Commune::inseeCode).containsExactly("34108", "34246", "34301");
        Commune frontignan = g.commune("34108").orElseThrow();
        assertThat(frontignan).isEqualTo(new Commune("34108", "Frontignan", "34", "200066355", 24_136, "213401086"));
        assertThat(g.commune("22016").orElseThrow().epci()).isEmpty();
        assertThat(g.epci("200066355").orElseThrow().memberInseeCodes()).containsExactly("34108", "34301");
        assertThat(g.formerCommune("34330").orElseThrow())
                .isEqualTo(new FormerCommune("34330", "Vérargues", FormerCommune.Kind.DELEGUEE,
                        g.commune("34246").orElseThrow()));
        assertThat(g.formerCommune("34246")).as("the chef-lieu's code is a current commune").isEmpty();
        assertThat(Geography.fromEtalab(extract().resolve("data"), 2031).vintage()).isEqualTo("COG 2031");
    }

    @Test
    void readsTheNpmTarball() throws IOException {
        Path tgz = tarball(extract(), temp.resolve("decoupage-administratif-0.0.0-extract.tgz"));

        Geography g = Geography.fromEtalab(tgz);

        Geography folder = Geography.fromEtalab(extract());
        assertThat(g.vintage()).isEqualTo("COG 2027");
        assertThat(g.epcis()).containsExactlyElementsOf(folder.epcis());
        assertThat(g.communesOf("34")).containsExactlyElementsOf(folder.communesOf("34"));
        assertThat(g.formerCommunes()).containsExactlyElementsOf(folder.formerCommunes());
    }

    @Test
    void aFolderWithoutReadmeNeedsTheYear() throws IOException {
        Path data = copy(extract().resolve("data"), temp.resolve("data"));

        assertThatThrownBy(() -> Geography.fromEtalab(data))
                .isInstanceOf(GeographyFileException.class)
                .hasMessageContaining("the vintage's year is not known")
                .hasMessageContaining("--geography-year");
        assertThat(Geography.fromEtalab(data, 2027).vintageYear()).hasValue(2027);
    }

    @Test
    void anEpciMemberThatIsNoCommuneIsNamedWithItsLineAndColumn() throws IOException {
        Path data = copy(extract().resolve("data"), temp.resolve("data"));
        replace(data.resolve("epci.json"), "{\"code\":\"34108\"", "{\"code\":\"34999\"");

        List<Problem> problems = problems(data);

        assertThat(problems).hasSize(1);
        Problem p = problems.get(0);
        assertThat(p.file()).endsWith("epci.json");
        assertThat(p.line()).isEqualTo(2);
        String line = Files.readAllLines(data.resolve("epci.json")).get(1);
        assertThat(p.column()).isEqualTo(line.indexOf("{\"code\":\"34999\"") + 1);
        assertThat(p.message()).contains("34999", "200066355", "not a current commune");
        assertThat(p.toString()).matches(".*epci\\.json:2:\\d+: member 34999 .*");
    }

    @Test
    void everySirenPassesTheLuhnCheck() throws IOException {
        Path data = copy(extract().resolve("data"), temp.resolve("data"));
        replace(data.resolve("epci.json"), "\"code\":\"200066355\"", "\"code\":\"200066356\"");
        replace(data.resolve("communes.json"), "\"siren\":\"213401086\"", "\"siren\":\"213401087\"");

        assertThat(problems(data)).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"code\" is not a SIREN (9 digits passing the Luhn check): \"200066356\"",
                "\"siren\" is not a SIREN (9 digits passing the Luhn check): \"213401087\"");
    }

    @Test
    void everyProblemIsReportedTogether() throws IOException {
        Path data = copy(extract().resolve("data"), temp.resolve("data"));
        replace(data.resolve("communes.json"), "\"departement\":\"22\"", "\"departement\":\"29\"");
        replace(data.resolve("communes.json"), "\"chefLieu\":\"34246\",\"arrondissement\":\"343\",\"departement\":\"34\",\"region\":\"76\"}\n]",
                "\"chefLieu\":\"34999\",\"arrondissement\":\"343\",\"departement\":\"34\",\"region\":\"76\"}\n]");
        replace(data.resolve("communes.json"), "\"population\":2200", "\"population\":-3");
        replace(data.resolve("departements.json"), "\"nom\":\"Hérault\"", "\"nom\":\"\"");

        assertThat(problems(data)).extracting(Problem::message).containsExactlyInAnyOrder(
                "\"nom\" must be a non-empty string, found \"\"",
                "\"population\" must be a whole number of 0 or more, found -3",
                "commune 22016 is in département 29, which departements.json does not list",
                "former commune 34330 belongs to 34999, which is not a current commune",
                // Hérault is not loaded, so its communes' département is unknown
                "commune 34108 is in département 34, which departements.json does not list",
                "commune 34246 is in département 34, which departements.json does not list",
                "commune 34301 is in département 34, which departements.json does not list");
    }

    @Test
    void aFileThatIsNotJsonIsNamedWithTheLineAndColumnOfTheError() throws IOException {
        Path data = copy(extract().resolve("data"), temp.resolve("data"));
        replace(data.resolve("departements.json"), "\"zone\":\"metro\"},\n{\"code\":\"34\"",
                "\"zone\":\"metro\"},,\n{\"code\":\"34\"");
        Files.write(data.resolve("communes.json"), new byte[] {'[', '"', (byte) 0xC3, '"', ']'});
        Files.delete(data.resolve("epci.json"));

        List<Problem> problems = problems(data);

        int column = Files.readAllLines(data.resolve("departements.json")).get(1).indexOf(",,") + 2;
        assertThat(problems).extracting(Problem::toString).containsExactlyInAnyOrder(
                data.resolve("communes.json") + ": not UTF-8 text",
                data.resolve("epci.json") + ": missing: the package's data folder has no epci.json",
                data.resolve("departements.json") + ":2:" + column + ": not JSON: unexpected ',', a value was expected");
    }

    @Test
    void neitherAPackageNorAFolder() throws IOException {
        assertThatThrownBy(() -> Geography.fromEtalab(temp.resolve("absent.tgz"), 2027))
                .isInstanceOf(NoSuchFileException.class);
        Path notTar = Files.writeString(temp.resolve("notes.txt"), "not a package");
        assertThatThrownBy(() -> Geography.fromEtalab(notTar, 2027))
                .isInstanceOf(IOException.class).hasMessageContaining("not");
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static List<Problem> problems(Path data) {
        try {
            Geography.fromEtalab(data, 2027);
        } catch (GeographyFileException e) {
            return e.problems();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("loaded");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName().toString()));
            }
        }
        return to;
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        assertThat(text).as("the fixture holds " + from).contains(from);
        Files.writeString(file, text.replace(from, to));
    }

    /** A gzip'd ustar archive of the folder's files under {@code package/}, as npm packs a package. */
    static Path tarball(Path packageFolder, Path target) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(packageFolder)) {
            walk.filter(Files::isRegularFile).sorted().forEach(files::add);
        }
        ByteArrayOutputStream tar = new ByteArrayOutputStream();
        for (Path file : files) {
            String name = "package/" + packageFolder.relativize(file).toString().replace('\\', '/');
            byte[] content = Files.readAllBytes(file);
            byte[] header = new byte[512];
            put(header, 0, name);
            put(header, 100, "0000644");
            put(header, 108, "0000000");
            put(header, 116, "0000000");
            put(header, 124, String.format("%011o", content.length));
            put(header, 136, "00000000000");
            header[156] = '0';
            put(header, 257, "ustar");
            header[263] = '0';
            header[264] = '0';
            for (int i = 148; i < 156; i++) {
                header[i] = ' ';
            }
            int sum = 0;
            for (byte b : header) {
                sum += b & 0xff;
            }
            put(header, 148, String.format("%06o", sum));
            tar.write(header);
            tar.write(content);
            tar.write(new byte[(512 - content.length % 512) % 512]);
        }
        tar.write(new byte[1024]);
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(target))) {
            out.write(tar.toByteArray());
        }
        return target;
    }

    private static void put(byte[] header, int at, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        System.arraycopy(bytes, 0, header, at, bytes.length);
    }
}
