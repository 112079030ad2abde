/**
 * The interchange document {@value io.github.ctglib.format.json.ConventionJson#FORMAT}: the one mapping of the
 * model's shape. Every store keeps each revision as this document (the JSON store as a file, the JDBC store in
 * a JSON column); export and import exchange it ({@link io.github.ctglib.format.json.ConventionDocuments}).
 * Documents of earlier format versions are upgraded on read; writing gives the current version. Jackson is
 * confined to this package and the stores; the model knows nothing of it.
 */
package io.github.ctglib.format.json;
