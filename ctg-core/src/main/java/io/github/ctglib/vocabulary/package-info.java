/**
 * The shared vocabulary of the model: periods of days, fields of action, text sizes, the patterns of the
 * codes and the codes of the field constraints — what both the convention and its action plan speak, and
 * nothing of either, so that the model's packages form no cycle.
 */
@CtgStyle
package io.github.ctglib.vocabulary;
