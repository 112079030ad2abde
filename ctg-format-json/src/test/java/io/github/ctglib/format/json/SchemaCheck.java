package io.github.ctglib.format.json;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import tools.jackson.databind.json.JsonMapper;

/** Validates documents against the JSON Schema that the jar publishes, with an independent validator. */
public final class SchemaCheck {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final Schema SCHEMA = load();

    private SchemaCheck() {}

    /** The schema's complaints about {@code document}, empty when it conforms. */
    public static List<String> errors(byte[] document) {
        return SCHEMA.validate(PLAIN.readTree(document)).stream().map(Error::toString).collect(Collectors.toList());
    }

    public static List<String> errors(Path file) {
        try {
            return errors(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load() {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream schema = ConventionDocuments.schema()) {
            return registry.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
