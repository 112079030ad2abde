/**
 * The Convention territoriale globale (CTG) and its parts: parties, territory, validity, fields of action,
 * shared diagnostic, governance, amendments and evaluation.
 */
@CtgStyle
package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.CtgStyle;
