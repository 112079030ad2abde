/**
 * The rules a convention must satisfy, each with a stable code ({@link io.github.ctglib.rules.RuleCodes}) and a
 * message in French and English: {@link io.github.ctglib.rules.ConventionValidator} checks a whole convention
 * and reports every {@link io.github.ctglib.rules.Violation} at once.
 */
package io.github.ctglib.rules;
