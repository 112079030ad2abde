package io.github.ctglib.format.json;

import io.github.ctglib.convention.Convention;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Export and import of one convention as a document of format {@value ConventionJson#FORMAT}, for exchange
 * between tools: the same document every ctg store keeps, without its revision metadata. For a
 * host's own Jackson settings use {@link ConventionJson#using}.
 *
 * <p>Import checks the format (structure, types, limits, unknown fields); the domain rules are the
 * importer's next step ({@code ConventionValidator}), as they are for any convention entering a store.
 */
public final class ConventionDocuments {

    private ConventionDocuments() {}

    /**
     * Writes {@code convention} to {@code out}, which is flushed and left open.
     *
     * @param convention the convention to write
     * @param out where the document goes
     */
    public static void write(Convention convention, OutputStream out) {
        ConventionJson.standard().write(convention, out);
    }

    /**
     * Reads one convention from {@code in}, which is left open.
     *
     * @param in the document
     * @param sourceName names the document in error messages, e.g. the file name
     * @return the convention it holds
     * @throws InvalidDocumentException naming {@code sourceName} and each problem, with its JSON Pointer
     */
    public static Convention read(InputStream in, String sourceName) {
        return ConventionJson.standard().read(in, sourceName);
    }

    /** {@return the JSON Schema (draft 2020-12) of the format, from this jar; the caller closes it} */
    public static InputStream schema() {
        InputStream schema = ConventionDocuments.class.getResourceAsStream(ConventionJson.SCHEMA_RESOURCE);
        if (schema == null) {
            throw new IllegalStateException("The JSON Schema " + ConventionJson.SCHEMA_RESOURCE
                    + " is missing from the ctg-format-json jar: the jar is damaged, use an official one");
        }
        return schema;
    }
}
