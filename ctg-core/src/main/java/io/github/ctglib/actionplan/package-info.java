/**
 * The action plan (plan d'actions): action sheets (fiches action), their budget lines and indicators.
 */
@CtgStyle
package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.CtgStyle;
