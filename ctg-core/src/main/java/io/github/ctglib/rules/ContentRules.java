package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.CONTENT;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Siren;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Period;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The rules on a convention's content that hold at every stage, whatever else it is judged with. */
final class ContentRules {

    private ContentRules() {}

    static final Rule<Convention> VALIDITY_ORDER = Rule.error(RuleCodes.VALIDITY_ORDER, Applies.always(CONTENT),
            "The validity ends on or after the day it starts.", (c, ctx, f) -> {
                if (!c.getValidity().isOrdered()) {
                    f.at("validity", c.getValidity().getFrom(), c.getValidity().getTo());
                }
            });

    static final Rule<Convention> VALIDITY_LENGTH = Rule.error(RuleCodes.VALIDITY_LENGTH, Applies.always(CONTENT),
            "The validity lasts between the policy's minimum and maximum (1 to 5 years by default).", (c, ctx, f) -> {
                CtgPolicy policy = ctx.policy();
                if (c.getValidity().isOrdered() && !lasts(c.getValidity(), policy.getMinimumValidityYears(),
                        policy.getMaximumValidityYears())) {
                    f.at("validity", months(c.getValidity()), policy.getMinimumValidityYears(),
                            policy.getMaximumValidityYears());
                }
            });

    static final Rule<Convention> VALIDITY_UNUSUAL = Rule.warning(RuleCodes.VALIDITY_UNUSUAL,
            Applies.always(CONTENT), "Warning: the validity lasts the usual 4 to 5 years (the policy's usual bounds).",
            (c, ctx, f) -> {
                CtgPolicy policy = ctx.policy();
                Period validity = c.getValidity();
                if (validity.isOrdered()
                        && lasts(validity, policy.getMinimumValidityYears(), policy.getMaximumValidityYears())
                        && !lasts(validity, policy.getUsualMinimumValidityYears(),
                                policy.getUsualMaximumValidityYears())) {
                    f.at("validity", months(validity), policy.getUsualMinimumValidityYears(),
                            policy.getUsualMaximumValidityYears());
                }
            });

    static final Rule<Convention> SCHEDULE_ORDER = Rule.error(RuleCodes.SCHEDULE_ORDER, Applies.always(CONTENT),
            "An action's schedule ends on or after the day it starts.", (c, ctx, f) -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    int at = i;
                    c.getActions().get(i).getSchedule().filter(p -> !p.isOrdered()).ifPresent(p ->
                            f.at("actions[" + at + "].schedule", p.getFrom(), p.getTo()));
                }
            });

    static final Rule<Convention> AMOUNT_NEGATIVE = Rule.error(RuleCodes.AMOUNT_NEGATIVE, Applies.always(CONTENT),
            "Budget amounts are 0 or more.", (c, ctx, f) -> eachBudgetLine(c, (path, line) -> {
                if (line.getAmount().signum() < 0) {
                    f.at(path + ".amount", line.getAmount());
                }
            }));

    static final Rule<Convention> BUDGET_YEAR = Rule.error(RuleCodes.BUDGET_YEAR, Applies.always(CONTENT),
            "A budget line's year lies within the validity.", (c, ctx, f) -> eachBudgetLine(c, (path, line) -> {
                int from = c.getValidity().getFrom().getYear();
                int to = c.getValidity().getTo().getYear();
                if (line.getYear() < from || line.getYear() > to) {
                    f.at(path + ".year", line.getYear(), from, to);
                }
            }));

    static final Rule<Convention> ACTION_FIELD = Rule.error(RuleCodes.ACTION_FIELD, Applies.always(CONTENT),
            "An action covers only fields the convention covers.", (c, ctx, f) -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    for (FieldOfAction field : c.getActions().get(i).getFields()) {
                        if (!c.getFields().contains(field)) {
                            f.at("actions[" + i + "].fields", field.describe());
                        }
                    }
                }
            });

    static final Rule<Convention> DUPLICATE_ACTION = Rule.error(RuleCodes.DUPLICATE_ACTION, Applies.always(CONTENT),
            "Each action has its own number.", (c, ctx, f) -> {
                Map<String, Integer> uses = new HashMap<>();
                c.getActions().forEach(a -> uses.merge(a.getNumber(), 1, Integer::sum));
                for (int i = 0; i < c.getActions().size(); i++) {
                    String number = c.getActions().get(i).getNumber();
                    if (uses.get(number) > 1) {
                        f.at("actions[" + i + "].number", number);
                    }
                }
            });

    static final Rule<Convention> MEASUREMENT_DATE = Rule.error(RuleCodes.MEASUREMENT_DATE, Applies.always(CONTENT),
            "A measurement is dated within the validity.", (c, ctx, f) -> {
                Period validity = c.getValidity();
                for (int i = 0; i < c.getActions().size(); i++) {
                    List<ActionIndicator> indicators = c.getActions().get(i).getIndicators();
                    for (int k = 0; k < indicators.size(); k++) {
                        List<Measurement> measurements = indicators.get(k).getMeasurements();
                        for (int m = 0; m < measurements.size(); m++) {
                            LocalDate day = measurements.get(m).getDate();
                            if (!validity.contains(day)) {
                                f.at("actions[" + i + "].indicators[" + k + "].measurements[" + m + "].date", day,
                                        validity.getFrom(), validity.getTo());
                            }
                        }
                    }
                }
            });

    static final Rule<Convention> DUPLICATE_SIGNATORY = Rule.error(RuleCodes.DUPLICATE_SIGNATORY,
            Applies.always(CONTENT), "Each organisation is a party once (by name, and by kind and identifier).",
            (c, ctx, f) -> {
                Set<String> names = new HashSet<>();
                Set<String> identities = new HashSet<>();
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    boolean sameName = !names.add(s.getName());
                    boolean sameOrganisation = s.getIdentifier()
                            .map(id -> !identities.add(s.getKind() + ":" + id)).orElse(false);
                    if (sameName || sameOrganisation) {
                        f.at("signatories[" + i + "]", s.getName());
                    }
                }
            });

    static final Rule<Convention> SIREN_CHECKSUM = Rule.error(RuleCodes.SIREN_CHECKSUM, Applies.always(CONTENT),
            "A SIREN number passes its Luhn checksum (the EPCI's, a party's).", (c, ctx, f) -> {
                c.getTerritory().getEpciSirens().stream().filter(ContentRules::isBadSiren)
                        .forEach(siren -> f.at("territory.epciSirens", siren));
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    int at = i;
                    c.getSignatories().get(i).getIdentifier().filter(ContentRules::isBadSiren)
                            .ifPresent(id -> f.at("signatories[" + at + "].identifier", id));
                }
            });

    static final Rule<Convention> SIGNED_AFTER_END = Rule.error(RuleCodes.SIGNED_AFTER_END, Applies.always(CONTENT),
            "A party signs no later than the last day of the validity.", (c, ctx, f) -> {
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    int at = i;
                    s.getSignedOn().filter(day -> day.isAfter(c.getValidity().getTo()))
                            .ifPresent(day -> f.at("signatories[" + at + "].signedOn", day, c.getValidity().getTo()));
                }
            });

    static final Rule<Convention> MANDATE_MISSING = Rule.error(RuleCodes.MANDATE_MISSING, Applies.always(CONTENT),
            "A party that has signed the convention did so under a mandate (deliberation); one that joined by"
                    + " amendment signed that amendment.", (c, ctx, f) -> {
                List<Signatory> founding = c.foundingParties();
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    if (s.hasSigned() && s.getMandate().isEmpty() && founding.contains(s)) {
                        f.at("signatories[" + i + "].mandate", s.getName());
                    }
                }
            });

    static final Rule<Convention> SIGNED_BEFORE_MANDATE = Rule.error(RuleCodes.SIGNED_BEFORE_MANDATE,
            Applies.always(CONTENT), "A party signs on or after the deliberation that authorises it.", (c, ctx, f) -> {
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    int at = i;
                    s.getSignedOn().ifPresent(day -> s.getMandate().filter(m -> m.getDate().isAfter(day))
                            .ifPresent(m -> f.at("signatories[" + at + "].signedOn", day, m.getDate())));
                }
            });

    static final Rule<Convention> AMENDMENT_NUMBERING = Rule.error(RuleCodes.AMENDMENT_NUMBERING,
            Applies.always(CONTENT), "Amendments are numbered 1, 2, 3… in order.", (c, ctx, f) -> {
                for (int i = 0; i < c.getAmendments().size(); i++) {
                    int number = c.getAmendments().get(i).getNumber();
                    if (number != i + 1) {
                        f.at("amendments[" + i + "].number", number, i + 1);
                    }
                }
            });

    static final Rule<Convention> OUTCOME_UNKNOWN_ACTION = Rule.error(RuleCodes.OUTCOME_UNKNOWN_ACTION,
            Applies.always(CONTENT), "An evaluation outcome rates an action of the plan.", (c, ctx, f) ->
                    c.getEvaluation().ifPresent(evaluation -> {
                        for (int i = 0; i < evaluation.getOutcomes().size(); i++) {
                            String number = evaluation.getOutcomes().get(i).getActionNumber();
                            if (c.action(number).isEmpty()) {
                                f.at("evaluation.outcomes[" + i + "].actionNumber", number);
                            }
                        }
                    }));

    static final Rule<Convention> TEXT_CONTROL = Rule.error(RuleCodes.TEXT_CONTROL, Applies.always(CONTENT),
            "Texts hold no control character (tabs and line breaks only in long texts) and no lone surrogate,"
                    + " so that every store keeps them.", (c, ctx, f) -> StorableTexts.check(c, f));

    static final List<Rule<Convention>> ALL = List.of(VALIDITY_ORDER, VALIDITY_LENGTH, VALIDITY_UNUSUAL,
            SCHEDULE_ORDER, AMOUNT_NEGATIVE, BUDGET_YEAR, ACTION_FIELD, DUPLICATE_ACTION, MEASUREMENT_DATE,
            DUPLICATE_SIGNATORY, SIREN_CHECKSUM, SIGNED_AFTER_END, MANDATE_MISSING, SIGNED_BEFORE_MANDATE,
            AMENDMENT_NUMBERING, OUTCOME_UNKNOWN_ACTION, TEXT_CONTROL);

    /** Whether {@code validity} lasts from {@code minYears} to {@code maxYears}, both ends included. */
    static boolean lasts(Period validity, int minYears, int maxYears) {
        LocalDate dayAfter = validity.getTo().plusDays(1);
        return !dayAfter.isBefore(validity.getFrom().plusYears(minYears))
                && !dayAfter.isAfter(validity.getFrom().plusYears(maxYears));
    }

    static long months(Period validity) {
        return ChronoUnit.MONTHS.between(validity.getFrom(), validity.getTo().plusDays(1));
    }

    private static boolean isBadSiren(String siren) {
        return siren.matches("[0-9]{9}") && !Siren.isWellFormed(siren);
    }

    private interface LineVisitor {
        void visit(String path, BudgetLine line);
    }

    private static void eachBudgetLine(Convention c, LineVisitor visitor) {
        for (int i = 0; i < c.getActions().size(); i++) {
            ActionSheet action = c.getActions().get(i);
            for (int j = 0; j < action.getBudget().size(); j++) {
                visitor.visit("actions[" + i + "].budget[" + j + "]", action.getBudget().get(j));
            }
        }
    }
}
