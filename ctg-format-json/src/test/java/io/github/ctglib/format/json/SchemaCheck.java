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

/**
 * Validates documents against the JSON Schemas that the jar publishes (the current format's and every earlier
 * one's, which stay in the jar unchanged), with an independent validator.
 */
public final class SchemaCheck {

    private static final JsonMapper PLAIN = JsonMapper.builder().build();
    private static final Schema SCHEMA = load(ConventionJson.SCHEMA_RESOURCE);
    /** The schemas of every format version, from 1: {@code SCHEMAS.get(n - 1)} describes version n. */
    private static final List<Schema> SCHEMAS = java.util.stream.IntStream.rangeClosed(1, ConventionJson.FORMAT_VERSION)
            .mapToObj(n -> load("/io/github/ctglib/format/json/ctg-convention-" + n + ".schema.json")).toList();

    private SchemaCheck() {}

    /** The schema's complaints about {@code document}, empty when it conforms. */
    public static List<String> errors(byte[] document) {
        return SCHEMA.validate(PLAIN.readTree(document)).stream().map(Error::toString).collect(Collectors.toList());
    }

    /** The complaints of format version {@code version}'s schema about {@code document}. */
    public static List<String> errorsAgainst(int version, byte[] document) {
        return SCHEMAS.get(version - 1).validate(PLAIN.readTree(document)).stream().map(Error::toString)
                .collect(Collectors.toList());
    }

    public static List<String> errors(Path file) {
        try {
            return errors(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Schema load(String resource) {
        SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
                builder -> builder.schemaRegistryConfig(
                        SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build()));
        try (InputStream schema = SchemaCheck.class.getResourceAsStream(resource)) {
            if (schema == null) {
                throw new IllegalStateException("No schema " + resource + " in the jar");
            }
            return registry.getSchema(schema);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
