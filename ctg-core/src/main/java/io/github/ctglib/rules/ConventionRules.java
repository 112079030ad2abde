package io.github.ctglib.rules;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.FieldOfAction;
import io.github.ctglib.convention.Period;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Siren;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cross-field rules of a convention (domain rules), each reported with its code and path. */
final class ConventionRules {

    private ConventionRules() {}

    static void check(Convention c, List<Violation> out) {
        Period validity = c.getValidity();
        if (!validity.isOrdered()) {
            out.add(Violation.error(RuleCodes.VALIDITY_ORDER, "validity", validity.getFrom(), validity.getTo()));
        }
        c.getTerritory().getEpciSiren().filter(ConventionRules::isBadSiren).ifPresent(siren ->
                out.add(Violation.error(RuleCodes.SIREN_CHECKSUM, "territory.epciSiren", siren)));
        checkSignatories(c.getSignatories(), validity, out);
        checkActions(c, out);
        checkAmendments(c, out);
        c.getEvaluation().ifPresent(evaluation -> {
            for (int i = 0; i < evaluation.getOutcomes().size(); i++) {
                String number = evaluation.getOutcomes().get(i).getActionNumber();
                if (c.action(number).isEmpty()) {
                    out.add(Violation.error(RuleCodes.OUTCOME_UNKNOWN_ACTION,
                            "evaluation.outcomes[" + i + "].actionNumber", number));
                }
            }
        });
    }

    private static boolean isBadSiren(String siren) {
        return siren.matches("[0-9]{9}") && !Siren.isWellFormed(siren);
    }

    private static void checkSignatories(List<Signatory> signatories, Period validity, List<Violation> out) {
        Set<String> names = new HashSet<>();
        Set<String> identities = new HashSet<>();
        for (int i = 0; i < signatories.size(); i++) {
            Signatory s = signatories.get(i);
            String path = "signatories[" + i + "]";
            boolean sameName = !names.add(s.getName());
            boolean sameOrganisation = s.getIdentifier().map(id -> !identities.add(s.getKind() + ":" + id)).orElse(false);
            if (sameName || sameOrganisation) {
                out.add(Violation.error(RuleCodes.DUPLICATE_SIGNATORY, path, s.getName()));
            }
            s.getIdentifier().filter(id -> id.length() == 9 && isBadSiren(id)).ifPresent(id ->
                    out.add(Violation.error(RuleCodes.SIREN_CHECKSUM, path + ".identifier", id)));
            s.getSignedOn().ifPresent(day -> {
                if (day.isAfter(validity.getTo())) {
                    out.add(Violation.error(RuleCodes.SIGNED_AFTER_END, path + ".signedOn", day, validity.getTo()));
                }
                s.getMandate().filter(m -> m.getDate().isAfter(day)).ifPresent(m -> out.add(Violation.error(
                        RuleCodes.SIGNED_BEFORE_MANDATE, path + ".signedOn", day, m.getDate())));
            });
        }
    }

    private static void checkActions(Convention c, List<Violation> out) {
        List<ActionSheet> actions = c.getActions();
        Map<String, Integer> numbers = new HashMap<>();
        actions.forEach(a -> numbers.merge(a.getNumber(), 1, Integer::sum));
        for (int i = 0; i < actions.size(); i++) {
            ActionSheet action = actions.get(i);
            String path = "actions[" + i + "]";
            if (numbers.get(action.getNumber()) > 1) {
                out.add(Violation.error(RuleCodes.DUPLICATE_ACTION, path + ".number", action.getNumber()));
            }
            for (FieldOfAction field : action.getFields()) {
                if (!c.getFields().contains(field)) {
                    out.add(Violation.error(RuleCodes.ACTION_FIELD, path + ".fields", field.describe()));
                }
            }
            action.getSchedule().filter(p -> !p.isOrdered()).ifPresent(p -> out.add(
                    Violation.error(RuleCodes.SCHEDULE_ORDER, path + ".schedule", p.getFrom(), p.getTo())));
            checkBudget(action.getBudget(), c.getValidity(), path + ".budget", out);
            checkMeasurements(action.getIndicators(), c.getValidity(), path + ".indicators", out);
        }
    }

    private static void checkBudget(List<BudgetLine> budget, Period validity, String base, List<Violation> out) {
        for (int j = 0; j < budget.size(); j++) {
            BudgetLine line = budget.get(j);
            if (line.getAmount().signum() < 0) {
                out.add(Violation.error(RuleCodes.AMOUNT_NEGATIVE, base + "[" + j + "].amount", line.getAmount()));
            }
            if (line.getYear() < validity.getFrom().getYear() || line.getYear() > validity.getTo().getYear()) {
                out.add(Violation.error(RuleCodes.BUDGET_YEAR, base + "[" + j + "].year", line.getYear(),
                        validity.getFrom().getYear(), validity.getTo().getYear()));
            }
        }
    }

    private static void checkMeasurements(List<ActionIndicator> indicators, Period validity, String base,
            List<Violation> out) {
        for (int k = 0; k < indicators.size(); k++) {
            List<Measurement> measurements = indicators.get(k).getMeasurements();
            for (int m = 0; m < measurements.size(); m++) {
                LocalDate day = measurements.get(m).getDate();
                if (!validity.contains(day)) {
                    out.add(Violation.error(RuleCodes.MEASUREMENT_DATE,
                            base + "[" + k + "].measurements[" + m + "].date", day, validity.getFrom(),
                            validity.getTo()));
                }
            }
        }
    }

    private static void checkAmendments(Convention c, List<Violation> out) {
        for (int i = 0; i < c.getAmendments().size(); i++) {
            Amendment amendment = c.getAmendments().get(i);
            if (amendment.getNumber() != i + 1) {
                out.add(Violation.error(RuleCodes.AMENDMENT_NUMBERING, "amendments[" + i + "].number",
                        amendment.getNumber(), i + 1));
            }
        }
    }
}
