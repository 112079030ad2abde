package io.github.ctglib.format.json;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentChange.ChangeKind;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableAmendment;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableIndicator;
import io.github.ctglib.convention.Indicator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The conventions that the files of format 2's corpus hold, as today's model reads them: today's samples without
 * what format 2 could not hold (the equipment annex and its changes, the bonus terms, a budget line's equipment,
 * an indicator's dataset, source URL and scale).
 */
final class FormatTwoSamples {

    private static final Set<ChangeKind> FORMAT_3_CHANGES =
            Set.of(ChangeKind.ADD_EQUIPMENT, ChangeKind.REPLACE_EQUIPMENT, ChangeKind.WITHDRAW_EQUIPMENT);

    private FormatTwoSamples() {}

    /** {@code c} without what format 2 could not hold. */
    static Convention withoutFormat3(Convention c) {
        return ImmutableConvention.copyOf(c)
                .withEquipment(List.of())
                .withBonusTerms(Optional.empty())
                .withDiagnostic(Diagnostic.builder().from(c.getDiagnostic()).indicators(c.getDiagnostic()
                        .getIndicators().stream().map(FormatTwoSamples::indicator).toList()).build())
                .withActions(c.getActions().stream().map(FormatTwoSamples::action).toList())
                .withAmendments(c.getAmendments().stream().map(FormatTwoSamples::amendment).toList());
    }

    private static Indicator indicator(Indicator i) {
        return ImmutableIndicator.copyOf(i).withDataset(Optional.empty()).withSourceUrl(Optional.empty())
                .withScale(Optional.empty());
    }

    private static ActionSheet action(ActionSheet a) {
        return ImmutableActionSheet.copyOf(a).withBudget(lines(a.getBudget()));
    }

    private static List<BudgetLine> lines(List<BudgetLine> lines) {
        return lines.stream().map(line -> (BudgetLine) ImmutableBudgetLine.copyOf(line)
                .withEquipmentReference(Optional.empty())).toList();
    }

    private static Amendment amendment(Amendment a) {
        List<AmendmentChange> changes = a.getChanges().stream().filter(c -> !FORMAT_3_CHANGES.contains(c.kind()))
                .map(FormatTwoSamples::change).toList();
        return ImmutableAmendment.copyOf(a).withChanges(changes);
    }

    private static AmendmentChange change(AmendmentChange change) {
        if (change instanceof AmendmentChange.AddAction add) {
            return AmendmentChange.addAction(action(add.getAction()));
        } else if (change instanceof AmendmentChange.ReplaceAction replace) {
            return ImmutableAmendmentChange.ReplaceAction.copyOf(replace).withReplacement(action(replace.getReplacement()))
                    .withReplaced(replace.getReplaced().map(FormatTwoSamples::action));
        } else if (change instanceof AmendmentChange.ChangeBudget budget) {
            return ImmutableAmendmentChange.ChangeBudget.copyOf(budget).withBudget(lines(budget.getBudget()))
                    .withPreviousBudget(lines(budget.getPreviousBudget()));
        }
        return change;
    }
}
