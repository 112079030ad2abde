/**
 * The storage ports of ctg, named in the domain's language: {@link io.github.ctglib.ports.ConventionRepository}
 * keeps conventions and their revisions. Adapters (JSON files, JDBC) implement it and pass the shared
 * contract suite of {@code ctg-test-support}; {@link io.github.ctglib.ports.InMemoryConventionRepository}
 * serves tests and embedding applications' own tests.
 */
@CtgStyle
package io.github.ctglib.ports;

import io.github.ctglib.vocabulary.CtgStyle;
