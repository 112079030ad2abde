package io.github.ctglib.rules;

import io.github.ctglib.convention.Step;
import io.github.ctglib.vocabulary.Patterns;
import java.util.EnumSet;
import java.util.List;

/**
 * The field constraints: each is a Jakarta annotation on the model whose {@code message} is the rule's code,
 * run by Hibernate Validator ({@link FieldConstraints}). The id's form is also checked on the ids given to
 * lifecycle commands, so that a bad id is a violation there too, not a storage error.
 */
final class FieldRules {

    private FieldRules() {}

    static final Rule<String> ID_FORMAT = Rule.error(RuleCodes.ID_FORMAT,
            new Applies(Applies.Kind.FIELD, Applies.field().stages(), EnumSet.allOf(Step.class)),
            "An id is safe as a file name and a primary key: 1 to 64 lower-case ASCII letters, digits, '-', '_', '.'"
                    + " (field constraint, and on every id a command is given).", (id, ctx, f) -> {
                if (!Patterns.isSafeId(id)) {
                    f.at("id", FieldConstraints.shown(String.valueOf(id)));
                }
            });

    static final List<Rule<?>> ALL = List.of(ID_FORMAT,
            Rule.fieldConstraint(RuleCodes.TEXT_TOO_LONG, "A text is no longer than its field accepts."),
            Rule.fieldConstraint(RuleCodes.INSEE_FORMAT, "An INSEE commune code has the form 34108, 2A004, 97411."),
            Rule.fieldConstraint(RuleCodes.SIREN_FORMAT, "A SIREN number has 9 digits."),
            Rule.fieldConstraint(RuleCodes.TERRITORY_EMPTY, "A territory names at least one commune."),
            Rule.fieldConstraint(RuleCodes.DEPARTEMENT_FORMAT, "A département code has the form 34, 2A, 974."),
            Rule.fieldConstraint(RuleCodes.ACTION_NUMBER_FORMAT, "An action number has the form 2 or 2.3."),
            Rule.fieldConstraint(RuleCodes.AMOUNT_SCALE, "An amount is in euros and cents: at most 13 digits before the point and 2 after."),
            Rule.fieldConstraint(RuleCodes.YEAR_RANGE, "A year lies within 1900–2200."),
            Rule.fieldConstraint(RuleCodes.NOT_POSITIVE, "A number lies within its range: amendment numbers (and the"
                    + " amendment a withdrawal names) from 1, axis numbers from 1 to 999, a document's size from 0."),
            Rule.fieldConstraint(RuleCodes.EMPTY, "A list that must not be empty is not (an action's fields, the"
                    + " communes an amendment adds or withdraws)."),
            Rule.fieldConstraint(RuleCodes.DIGEST_FORMAT,
                    "A document reference's SHA-256 is 64 lower-case hexadecimal digits."),
            Rule.fieldConstraint(RuleCodes.FTE_RANGE, "A full-time equivalent (a coordinator's, a budget line's, an equipment's) lies"
                    + " within 0–99.99, with at most two decimals."),
            Rule.fieldConstraint(RuleCodes.EQUIPMENT_REFERENCE_FORMAT, "An equipment's reference in the annex has"
                    + " 1 to 40 letters, digits, '-', '.' or '_' (EAJE-01)."),
            Rule.fieldConstraint(RuleCodes.PLACES_RANGE, "A number of places (an equipment's capacity, its territory"
                    + " bonus places) lies within 0–100,000."));
}
