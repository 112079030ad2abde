package io.github.ctglib.format.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schemas are published in the repository's docs ({@code docs/schemas/}, served by its GitHub Pages at
 * their {@code $id}), identical to the jar's copies, for every format version.
 */
class PublishedSchemaTest {

    private static final Path DOCS = Path.of("..", "docs", "schemas");

    @Test
    void everyVersionsSchemaIsPublishedAtItsIdAsTheJarHoldsIt() throws Exception {
        for (int version = 1; version <= ConventionJson.FORMAT_VERSION; version++) {
            String name = "ctg-convention-" + version + ".schema.json";
            byte[] jar;
            try (InputStream in = getClass().getResourceAsStream(name)) {
                assertThat(in).as(name + " in the jar").isNotNull();
                jar = in.readAllBytes();
            }
            Path published = DOCS.resolve(name);
            assertThat(published).as("docs/schemas/" + name).exists();
            assertThat(Files.readString(published, StandardCharsets.UTF_8)).as(name)
                    .isEqualTo(new String(jar, StandardCharsets.UTF_8));
            assertThat(JsonMapper.builder().build().readTree(jar).get("$id").asString())
                    .isEqualTo("https://ctglib.github.io/ctg/schemas/" + name);
        }
    }
}
