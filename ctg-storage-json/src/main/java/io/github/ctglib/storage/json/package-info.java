/**
 * Conventions in plain JSON files: {@link io.github.ctglib.storage.json.JsonConventionRepository}, a durable,
 * multi-process {@link io.github.ctglib.ports.ConventionRepository} over a directory, each revision a document
 * of the interchange format ({@link io.github.ctglib.format.json.ConventionJson}).
 */
package io.github.ctglib.storage.json;

import io.github.ctglib.format.json.ConventionJson;
