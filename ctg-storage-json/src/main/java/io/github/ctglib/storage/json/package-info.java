/**
 * Conventions in plain JSON files: {@link io.github.ctglib.storage.json.JsonConventionStore}, a durable,
 * multi-process {@link io.github.ctglib.ports.ConventionRepository} over a directory, and the public document
 * format {@value io.github.ctglib.storage.json.ConventionJson#FORMAT} that it keeps and that export and import
 * exchange ({@link io.github.ctglib.storage.json.ConventionDocuments}, {@link io.github.ctglib.storage.json.ConventionJson}).
 * Jackson is confined to this package; the model knows nothing of it.
 */
package io.github.ctglib.storage.json;
