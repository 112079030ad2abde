package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.Patterns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The published schema says what the model says: its id pattern is the model's, one source for both. */
class SchemaPatternTest {

    @Test
    void theSchemasIdPatternIsTheModels() throws IOException {
        JsonNode schema;
        try (InputStream in = ConventionDocuments.schema()) {
            schema = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        assertThat(schema.path("$defs").path("conventionId").path("pattern").asString())
                .isEqualTo("^" + Patterns.CONVENTION_ID + "$");
        assertThat(schema.path("$id").asString()).endsWith("/ctg-convention-" + ConventionJson.FORMAT_VERSION + ".schema.json");
    }

    /** Every version's schema stays in the jar with the id pattern of the model: ids are the same in all. */
    @Test
    void everyVersionsSchemaHasTheModelsIdPattern() throws IOException {
        for (int version = 1; version <= ConventionJson.FORMAT_VERSION; version++) {
            JsonNode schema;
            try (InputStream in = getClass().getResourceAsStream("ctg-convention-" + version + ".schema.json")) {
                schema = JsonMapper.builder().build().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(schema.path("properties").path("format").path("const").asString())
                    .isEqualTo("ctg-convention/" + version);
            assertThat(schema.path("$defs").path("conventionId").path("pattern").asString()).as("version " + version)
                    .isEqualTo("^" + Patterns.CONVENTION_ID + "$");
        }
    }

    @Test
    void theSchemaRefusesEveryIdTheModelRefuses() {
        JsonMapper mapper = JsonMapper.builder().build();
        byte[] valid = bytesOf(SampleConventions.frontignan());
        assertThat(SchemaCheck.errors(valid)).isEmpty();
        for (String unsafe : SampleConventions.UNSAFE_IDS) {
            tools.jackson.databind.node.ObjectNode document = (tools.jackson.databind.node.ObjectNode) mapper.readTree(valid);
            document.put("id", unsafe);
            assertThat(SchemaCheck.errors(mapper.writeValueAsBytes(document))).as(unsafe).isNotEmpty();
        }
    }

    private static byte[] bytesOf(io.github.ctglib.convention.Convention convention) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ConventionDocuments.write(convention, out);
        return out.toByteArray();
    }
}
