/**
 * What every storage adapter of ctg tests itself with: {@link io.github.ctglib.testsupport.ConventionRepositoryContract},
 * the contract suite of the {@link io.github.ctglib.ports.ConventionRepository} port, and
 * {@link io.github.ctglib.testsupport.SampleConventions}, conventions for tests and benchmarks.
 */
package io.github.ctglib.testsupport;
