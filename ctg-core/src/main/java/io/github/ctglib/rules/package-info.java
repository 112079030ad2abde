/**
 * The rules a convention must satisfy, in one catalogue: {@link io.github.ctglib.rules.RuleBook} lists every
 * {@link io.github.ctglib.rules.Rule} (a stable code from {@link io.github.ctglib.rules.RuleCodes}, a severity,
 * where it applies, its check, messages in French and English). {@link io.github.ctglib.rules.ConventionValidator}
 * judges a convention by the rules its stage implies and reports every {@link io.github.ctglib.rules.Violation}
 * at once; the lifecycle and the import use the same judgement.
 */
@CtgStyle
package io.github.ctglib.rules;

import io.github.ctglib.vocabulary.CtgStyle;
