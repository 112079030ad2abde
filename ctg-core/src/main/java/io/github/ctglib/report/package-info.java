/**
 * Portfolio views over many conventions (a département's or the country's): stages, territorial coverage,
 * renewals to prepare, funding and action progress. Computed here so that embedding applications get the
 * same figures as the command-line tool.
 */
package io.github.ctglib.report;
