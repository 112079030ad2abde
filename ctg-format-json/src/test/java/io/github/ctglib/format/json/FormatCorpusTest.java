package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
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
        List<Path> documents = corpus();
        assertThat(documents).as("the corpus of ctg-convention/1").hasSizeGreaterThanOrEqualTo(5);

        for (Path document : documents) {
            ConventionDocument.Content content = JSON.readContent(Files.newInputStream(document), document.toString());
            byte[] rewritten = JSON.toBytes(content.convention(), content.revision());

            assertThat(new String(rewritten, java.nio.charset.StandardCharsets.UTF_8)).as(document.toString())
                    .startsWith("{\n  \"format\": \"" + ConventionJson.FORMAT + "\"");
            assertThat(JSON.fromBytes(rewritten, "rewritten").convention()).as(document.toString())
                    .isEqualTo(content.convention());
        }
    }

    /**
     * The files of version 1 hold the samples as they were when it was current: each is the sample of today
     * written in the current format, without what was added to the model since (the fields the file lacks).
     */
    @Test
    void theVersion1DocumentsHoldTheirSamples() throws Exception {
        Map<String, Convention> samples = Map.of(
                "frontignan-export.json", SampleConventions.frontignan(),
                "maximal-export.json", SampleConventions.maximal(),
                "every-script-export.json", SampleConventions.inEveryScript(),
                "exact-amounts-export.json", SampleConventions.withExactAmounts());
        Path folder = folder("ctg-convention-1");
        for (Map.Entry<String, Convention> sample : samples.entrySet()) {
            JsonNode asWritten = PLAIN.readTree(Files.readAllBytes(folder.resolve(sample.getKey())));
            JsonNode today = PLAIN.readTree(JSON.toBytes(sample.getValue(), Optional.empty()));
            assertThat(asWritten).as(sample.getKey()).isEqualTo(withoutFieldsAbsentFrom(today, asWritten));
            assertThat(JSON.read(Files.newInputStream(folder.resolve(sample.getKey())), sample.getKey()).getId())
                    .isEqualTo(sample.getValue().getId());
        }
        ConventionDocument.Content stored = JSON.readContent(
                Files.newInputStream(folder.resolve("maximal-stored-revision-3.json")), "stored");
        assertThat(stored.revision()).map(r -> r.version() + " " + r.at() + " " + r.actor())
                .contains("3 2026-11-26T10:15:30.123456789Z agent:corpus");
        assertThat(JSON.scanSummary(new ByteArrayInputStream(Files.readAllBytes(
                folder.resolve("maximal-stored-revision-3.json"))), "stored").revision()).isEqualTo(stored.revision());
    }

    /** {@code tree} without the object fields that {@code older} lacks at the same place, recursively. */
    private static JsonNode withoutFieldsAbsentFrom(JsonNode tree, JsonNode older) {
        if (tree.isObject() && older.isObject()) {
            ObjectNode kept = PLAIN.createObjectNode();
            for (String name : tree.propertyNames()) {
                if (older.has(name)) {
                    kept.set(name, withoutFieldsAbsentFrom(tree.get(name), older.get(name)));
                }
            }
            return kept;
        }
        if (tree.isArray() && older.isArray() && tree.size() == older.size()) {
            ArrayNode kept = PLAIN.createArrayNode();
            for (int i = 0; i < tree.size(); i++) {
                kept.add(withoutFieldsAbsentFrom(tree.get(i), older.get(i)));
            }
            return kept;
        }
        return tree;
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

    private static List<Path> corpus() throws IOException, URISyntaxException {
        try (Stream<Path> files = Files.walk(folder(""))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
    }

    private static Path folder(String name) throws URISyntaxException {
        return Path.of(FormatCorpusTest.class.getResource("corpus/" + name).toURI());
    }
}
