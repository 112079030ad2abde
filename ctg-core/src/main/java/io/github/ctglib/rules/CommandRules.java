package io.github.ctglib.rules;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Step;
import io.github.ctglib.vocabulary.Period;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The rules on what a lifecycle command is given, checked before it changes anything: the step is allowed at
 * the convention's stage, the names and numbers it refers to exist, and what it asks is possible. Each subject
 * record says what the rule looks at.
 */
public final class CommandRules {

    private CommandRules() {}

    /** A step asked of a convention at its current stage. */
    public record StepAsked(Convention convention, Step step) {}

    /** A party named by a command, among those expected to sign. */
    public record PartyNamed(Collection<String> parties, String name, String path) {}

    /** A party signing, and the day it already signed if it did. */
    public record PartySigning(String name, Optional<LocalDate> signedBefore, String path) {}

    /** An amendment proposed to a convention. */
    public record AmendmentProposed(Convention convention, Amendment amendment) {}

    /** An amendment of a convention named by its number. */
    public record AmendmentNamed(Convention convention, int number) {}

    /** An action of the plan named by its number, and optionally one of its indicators by its label. */
    public record ActionNamed(Convention convention, String actionNumber, Optional<String> indicatorLabel) {}

    /** A document of an import whose id an earlier document of the same import has. */
    public record ImportedTwice(String id, String firstSource) {}

    public static final Rule<StepAsked> STAGE = Rule.error(RuleCodes.STAGE, Applies.onSteps(Step.values()),
            "The step is allowed at the convention's stage (the table of Step).", (asked, ctx, f) -> {
                Step step = asked.step();
                if (!step.isAllowedFrom(asked.convention().getStage())) {
                    f.at("stage", asked.convention().getStage(), new Violation.Wording(step.whyFr(), step.whyEn()));
                }
            });

    public static final Rule<PartyNamed> SIGNATORY_UNKNOWN = Rule.error(RuleCodes.SIGNATORY_UNKNOWN,
            Applies.onSteps(Step.SIGN, Step.SIGN_AMENDMENT), "A signing party is named exactly as in the convention.",
            (named, ctx, f) -> {
                if (!named.parties().contains(named.name())) {
                    f.at(named.path(), named.name());
                }
            });

    public static final Rule<PartySigning> ALREADY_SIGNED = Rule.error(RuleCodes.ALREADY_SIGNED,
            Applies.onSteps(Step.SIGN, Step.SIGN_AMENDMENT), "A party signs once.",
            (signing, ctx, f) -> signing.signedBefore().ifPresent(day -> f.at(signing.path(), signing.name(), day)));

    public static final Rule<AmendmentNamed> AMENDMENT_UNKNOWN = Rule.error(RuleCodes.AMENDMENT_UNKNOWN,
            Applies.onSteps(Step.SIGN_AMENDMENT), "The amendment signed is one that awaits signatures.",
            (named, ctx, f) -> {
                boolean pending = named.convention().getAmendments().stream()
                        .anyMatch(a -> a.getNumber() == named.number() && !a.isInEffect());
                if (!pending) {
                    f.at("amendments", named.number());
                }
            });

    public static final Rule<AmendmentProposed> AMENDMENT_VALIDITY = Rule.error(RuleCodes.AMENDMENT_VALIDITY,
            Applies.onSteps(Step.AMEND),
            "An amendment may only extend the validity, within the policy's maximum length.", (proposed, ctx, f) -> {
                Period validity = proposed.convention().getValidity();
                CtgPolicy policy = ctx.policy();
                proposed.amendment().changes(AmendmentChange.ExtendValidity.class).stream()
                        .map(AmendmentChange.ExtendValidity::getNewEnd).forEach(end -> {
                    Period extended = Period.of(validity.getFrom(), end);
                    if (!end.isAfter(validity.getTo()) || !ContentRules.lasts(extended,
                            policy.getMinimumValidityYears(), policy.getMaximumValidityYears())) {
                        f.at("amendment.newValidityEnd", end, policy.getMaximumValidityYears());
                    }
                });
            });

    public static final Rule<ActionNamed> ACTION_UNKNOWN = Rule.error(RuleCodes.ACTION_UNKNOWN,
            Applies.onSteps(Step.RECORD_MONITORING), "Monitoring names an action of the plan.", (named, ctx, f) -> {
                if (named.convention().action(named.actionNumber()).isEmpty()) {
                    f.at("actions", named.actionNumber());
                }
            });

    public static final Rule<ActionNamed> INDICATOR_UNKNOWN = Rule.error(RuleCodes.INDICATOR_UNKNOWN,
            Applies.onSteps(Step.RECORD_MONITORING), "A measurement names an indicator of its action.",
            (named, ctx, f) -> {
                Optional<ActionSheet> action = named.convention().action(named.actionNumber());
                named.indicatorLabel().filter(label -> action.isPresent() && action.get().getIndicators().stream()
                        .noneMatch(i -> i.getLabel().equals(label)))
                        .ifPresent(label -> f.at("actions", named.actionNumber(), label));
            });

    public static final Rule<ImportedTwice> DUPLICATE_IN_IMPORT = Rule.error(RuleCodes.DUPLICATE_IN_IMPORT,
            Applies.onSteps(Step.IMPORT), "Documents imported together have different ids.",
            (twice, ctx, f) -> f.at("id", twice.id(), twice.firstSource()));

    static final List<Rule<?>> ALL = List.of(STAGE, SIGNATORY_UNKNOWN, ALREADY_SIGNED, AMENDMENT_UNKNOWN,
            AMENDMENT_VALIDITY, ACTION_UNKNOWN, INDICATOR_UNKNOWN, DUPLICATE_IN_IMPORT);
}
