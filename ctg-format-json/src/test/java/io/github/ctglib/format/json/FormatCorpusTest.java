package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Formats keep their promise: documents written by every earlier version (a corpus of real files, one folder
 * per format version, as the code of that version wrote them) are read by this one, upgraded, without loss;
 * writing gives the current version. A new format version adds its folder; no file of the corpus ever changes.
 */
class FormatCorpusTest {
    private static final ConventionJson JSON = ConventionJson.standard();
    private static final JsonMapper PLAIN = JsonMapper.builder().build();

    @Test
    void everyDocumentOfEveryFormatVersionIsReadAndWrittenAgainInTheCurrentOne() throws Exception {
        List<Path> documents = corpus("");
        assertThat(corpus("ctg-convention-1")).as("the corpus of ctg-convention/1").hasSizeGreaterThanOrEqualTo(5);
        assertThat(corpus("ctg-convention-2")).as("the corpus of ctg-convention/2").hasSizeGreaterThanOrEqualTo(5);
        assertThat(corpus("ctg-convention-3")).as("the corpus of ctg-convention/3").hasSizeGreaterThanOrEqualTo(5);

        for (Path document : documents) {
            ConventionDocument.Content content = JSON.readContent(Files.newInputStream(document), document.toString());
            byte[] rewritten = JSON.toBytes(content.convention(), content.revision());

            assertThat(new String(rewritten, StandardCharsets.UTF_8)).as(document.toString())
                    .startsWith("{\n  \"format\": \"" + ConventionJson.FORMAT + "\"");
            assertThat(JSON.fromBytes(rewritten, "rewritten").convention()).as(document.toString())
                    .isEqualTo(content.convention());
        }
    }

    /**
     * The files of version 1 read, upgraded, as the samples they were written from: today's samples without
     * what version 1 could not hold, with the content they had then ({@link FormatOneSamples}).
     */
    @Test
    void theVersion1DocumentsReadAsTheirSamples() throws Exception {
        Map<String, Convention> samples = Map.of(
                "frontignan-export.json", FormatOneSamples.frontignan(),
                "maximal-export.json", FormatOneSamples.maximal(),
                "every-script-export.json", FormatOneSamples.inEveryScript(),
                "exact-amounts-export.json", FormatOneSamples.withExactAmounts());
        Path folder = folder("ctg-convention-1");
        for (Map.Entry<String, Convention> sample : samples.entrySet()) {
            Convention read = JSON.read(Files.newInputStream(folder.resolve(sample.getKey())), sample.getKey());
            assertThat(read).as(sample.getKey()).isEqualTo(sample.getValue());
        }
        ConventionDocument.Content stored = JSON.readContent(
                Files.newInputStream(folder.resolve("maximal-stored-revision-3.json")), "stored");
        assertThat(stored.revision()).map(r -> r.version() + " " + r.at() + " " + r.actor())
                .contains("3 2026-11-26T10:15:30.123456789Z agent:corpus");
        assertThat(JSON.scanSummary(new ByteArrayInputStream(Files.readAllBytes(
                folder.resolve("maximal-stored-revision-3.json"))), "stored").revision()).isEqualTo(stored.revision());
    }

    /** The files of version 1 are those the schema of version 1 describes: the old schema still holds them. */
    @Test
    void theVersion1DocumentsConformToTheVersion1Schema() throws Exception {
        for (Path document : corpus("ctg-convention-1")) {
            assertThat(SchemaCheck.errorsAgainst(1, Files.readAllBytes(document))).as(document.toString()).isEmpty();
        }
    }

    /**
     * The files of version 2 read, upgraded, as the samples they were written from: today's samples without what
     * version 2 could not hold ({@link FormatTwoSamples}); and the old schema of version 2 still holds them.
     */
    @Test
    void theVersion2DocumentsReadAsTheirSamples() throws Exception {
        Map<String, Convention> samples = Map.of(
                "frontignan-export.json", FormatTwoSamples.withoutFormat3(SampleConventions.frontignan()),
                "maximal-export.json", FormatTwoSamples.withoutFormat3(SampleConventions.maximal()),
                "every-script-export.json", FormatTwoSamples.withoutFormat3(SampleConventions.inEveryScript()),
                "exact-amounts-export.json", FormatTwoSamples.withoutFormat3(SampleConventions.withExactAmounts()),
                "maximal-stored-revision-3.json", ImmutableConvention.copyOf(
                        FormatTwoSamples.withoutFormat3(SampleConventions.maximal())).withVersion(3));
        Path folder = folder("ctg-convention-2");
        for (Map.Entry<String, Convention> sample : samples.entrySet()) {
            byte[] bytes = Files.readAllBytes(folder.resolve(sample.getKey()));
            assertThat(JSON.fromBytes(bytes, sample.getKey()).convention()).as(sample.getKey())
                    .isEqualTo(sample.getValue());
            assertThat(SchemaCheck.errorsAgainst(2, bytes)).as(sample.getKey()).isEmpty();
        }
    }

    /**
     * The files of version 3 are, byte for byte, what the writer gives for today's samples: a change of the
     * writer or of a sample that would change a written document fails here (then the format needs a new
     * version, or the sample a new corpus file beside the old).
     */
    @Test
    void theVersion3DocumentsAreWhatTheWriterWritesForTheSamples() throws Exception {
        Map<String, byte[]> written = Map.of(
                "frontignan-export.json", JSON.toBytes(SampleConventions.frontignan(), Optional.empty()),
                "maximal-export.json", JSON.toBytes(SampleConventions.maximal(), Optional.empty()),
                "every-script-export.json", JSON.toBytes(SampleConventions.inEveryScript(), Optional.empty()),
                "exact-amounts-export.json", JSON.toBytes(SampleConventions.withExactAmounts(), Optional.empty()),
                "maximal-stored-revision-3.json", JSON.toBytes(
                        ImmutableConvention.copyOf(SampleConventions.maximal()).withVersion(3),
                        Optional.of(new Revision(3, Instant.parse("2026-11-26T10:15:30.123456789Z"), "agent:corpus",
                                "Avenant n°2"))));
        Path folder = folder("ctg-convention-3");
        assertThat(corpus("ctg-convention-3")).map(f -> f.getFileName().toString())
                .containsExactlyInAnyOrderElementsOf(written.keySet());
        for (Map.Entry<String, byte[]> document : written.entrySet()) {
            assertThat(new String(Files.readAllBytes(folder.resolve(document.getKey())), StandardCharsets.UTF_8))
                    .as(document.getKey()).isEqualTo(new String(document.getValue(), StandardCharsets.UTF_8));
            assertThat(SchemaCheck.errors(document.getValue())).as(document.getKey()).isEmpty();
        }
    }

    @Test
    void theUpgradesLeadFromVersion1ToTheCurrentOne() {
        assertThat(FormatUpgrades.STEPS).hasSize(ConventionJson.FORMAT_VERSION - 1);
        assertThat(ConventionJson.FORMAT).isEqualTo("ctg-convention/" + ConventionJson.FORMAT_VERSION);
        for (int version = 1; version <= ConventionJson.FORMAT_VERSION; version++) {
            assertThat(Optional.ofNullable(getClass().getResource("corpus/ctg-convention-" + version)))
                    .as("a corpus of version " + version).isPresent();
        }
    }

    /** The step from version 1: each field of version 1 that version 2 changed, in its new form. */
    @Test
    void theVersion1StepGivesEachChangedFieldItsVersion2Form() {
        ObjectNode v1 = (ObjectNode) PLAIN.readTree("""
                {"format": "ctg-convention/1", "territory": {"communeCodes": ["34108"], "epciSiren": "200066355"},
                 "predecessorId": "ctg-34-sete-2017",
                 "signatories": [{"kind": "CAF", "name": "CAF", "representative": {"name": "A", "title": "Directeur"},
                                  "signedOn": "2024-03-06"},
                                 {"kind": "COMMUNE", "name": "Commune", "representative": {"name": "B", "title": "Maire"}}],
                 "governance": {"coordinator": {"name": "C", "title": "Chargée de coopération"}, "meetings": []},
                 "amendments": [{"number": 1, "addedActions": [{"number": "3.1"}, {"number": "3.2"}],
                                 "addedSignatories": [{"kind": "EPCI", "name": "E",
                                                       "representative": {"name": "D", "title": "Président"},
                                                       "signedOn": "2024-05-02"}],
                                 "addedCommuneCodes": ["34024", "34023"], "newValidityEnd": "2028-06-30"},
                                {"number": 2, "addedActions": [], "addedSignatories": [], "addedCommuneCodes": []}]}
                """);

        FormatUpgrades.version1To2(v1);

        assertThat(v1).isEqualTo(PLAIN.readTree("""
                {"format": "ctg-convention/1", "territory": {"communeCodes": ["34108"], "epciSirens": ["200066355"]},
                 "predecessorIds": ["ctg-34-sete-2017"],
                 "signatories": [{"kind": "CAF", "name": "CAF",
                                  "representatives": [{"name": "A", "title": "Directeur", "signedOn": "2024-03-06"}]},
                                 {"kind": "COMMUNE", "name": "Commune",
                                  "representatives": [{"name": "B", "title": "Maire"}]}],
                 "governance": {"meetings": [], "coordinators": [{"name": "C", "title": "Chargée de coopération"}]},
                 "amendments": [{"number": 1, "changes": [
                                   {"kind": "ADD_ACTION", "action": {"number": "3.1"}},
                                   {"kind": "ADD_ACTION", "action": {"number": "3.2"}},
                                   {"kind": "ADD_PARTY", "party": {"kind": "EPCI", "name": "E", "representatives": [
                                       {"name": "D", "title": "Président", "signedOn": "2024-05-02"}]}},
                                   {"kind": "ADD_COMMUNES", "communeCodes": ["34024", "34023"]},
                                   {"kind": "EXTEND_VALIDITY", "newEnd": "2028-06-30"}]},
                                {"number": 2, "changes": []}]}
                """));
    }

    /** A store's scan of a version 1 document finds its EPCI among the EPCIs of version 2. */
    @Test
    void theSummaryOfAVersion1DocumentHasItsEpci() throws Exception {
        DocumentSummary summary = JSON.scanSummary(Files.newInputStream(
                folder("ctg-convention-1").resolve("maximal-export.json")), "maximal");

        assertThat(summary.epcis()).containsExactly("200066355");
        assertThat(summary.communes()).containsExactlyInAnyOrder("34301", "34108", "34023");
    }

    /** How a later version will read version 1: its steps run in order, from the document's version on. */
    @Test
    void anUpgradeRunsTheStepsFromTheDocumentsVersionOn() throws Exception {
        List<java.util.function.Consumer<ObjectNode>> steps = List.of(
                v1 -> v1.set("name", v1.remove("title")),
                v2 -> v2.put("steps", v2.path("steps").asString("") + "2→3"));
        ObjectNode v1 = (ObjectNode) PLAIN.readTree(
                Files.readAllBytes(folder("ctg-convention-1").resolve("frontignan-export.json")));
        String title = v1.get("title").stringValue();
        ObjectNode v2 = PLAIN.createObjectNode().put("format", "ctg-convention/2").put("name", "déjà renommé");

        FormatUpgrades.upgrade(v1, 1, steps);
        FormatUpgrades.upgrade(v2, 2, steps);

        assertThat(v1.get("format").stringValue()).isEqualTo("ctg-convention/3");
        assertThat(v1.get("name").stringValue()).isEqualTo(title);
        assertThat(v1.has("title")).isFalse();
        assertThat(v1.get("steps").stringValue()).isEqualTo("2→3");
        assertThat(v2.get("name").stringValue()).isEqualTo("déjà renommé");
        assertThat(v2.get("format").stringValue()).isEqualTo("ctg-convention/3");
    }

    private static List<Path> corpus(String version) throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(folder(version))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(FormatCorpusTest.class.getResource("corpus/" + name).toURI());
    }
}
