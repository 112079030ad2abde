package io.github.ctglib.rules;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Step;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules on what a lifecycle command is given, checked before it changes anything: the step is allowed at
 * the convention's stage, the names and numbers it refers to exist, and what it asks is possible. Each subject
 * record says what the rule looks at.
 */
public final class CommandRules {

    private CommandRules() {}

    /**
     * A step asked of a convention at its current stage; {@code path} is where a refusal points ({@code stage},
     * or {@code predecessorIds[1]} for one of the conventions a renewal follows).
     */
    public record StepAsked(Convention convention, Step step, String path) {
        /**
         * The step asked, a refusal pointing at {@code stage}.
         *
         * @param convention the convention as stored
         * @param step the step asked
         */
        public StepAsked(Convention convention, Step step) {
            this(convention, step, "stage");
        }
    }

    /** A party named by a command, among those expected to sign. */
    public record PartyNamed(Collection<String> parties, String name, String path) {}

    /** A party signing, and the day it already signed if it did. */
    public record PartySigning(String name, Optional<LocalDate> signedBefore, String path) {}

    /**
     * An amendment (avenant) proposed to a convention, or taking effect on it; {@code path} is where its changes
     * are reported: {@code amendment} for the amendment a command is given, {@code amendments[2]} for one of the
     * record.
     */
    public record AmendmentProposed(Convention convention, Amendment amendment, String path) {
        /**
         * The amendment a command is given, its changes reported at {@code amendment}.
         *
         * @param convention the convention as stored
         * @param amendment the amendment proposed
         */
        public AmendmentProposed(Convention convention, Amendment amendment) {
            this(convention, amendment, "amendment");
        }
    }

    /**
     * A person signing for a party: its name as the signature names it ({@code null} when every listed
     * representative signs at once), the party as the convention holds it, and where it sits.
     */
    public record RepresentativeSigning(Signatory party, String representativeName, String path) {}

    /** A revision of a draft, and what it changes (empty when nothing differs from the convention). */
    public record DraftRevised(Convention convention, List<String> changedParts) {}

    /** A document reference and, when given, the size and SHA-256 of the bytes given with it. */
    public record DocumentGiven(DocumentReference reference, Optional<Long> size, Optional<String> sha256,
            String path) {}

    /** An amendment of a convention named by its number. */
    public record AmendmentNamed(Convention convention, int number) {}

    /** An action of the plan named by its number, and optionally one of its indicators by its label. */
    public record ActionNamed(Convention convention, String actionNumber, Optional<String> indicatorLabel) {}

    /** A document of an import whose id an earlier document of the same import has. */
    public record ImportedTwice(String id, String firstSource) {}

    /** {@link RuleCodes#STAGE}: the step is allowed at the convention's stage (the table of Step). */
    public static final Rule<StepAsked> STAGE = Rule.error(RuleCodes.STAGE, Applies.onSteps(Step.values()),
            "The step is allowed at the convention's stage (the table of Step).", (asked, ctx, f) -> {
                Step step = asked.step();
                if (!step.isAllowedFrom(asked.convention().getStage())) {
                    f.at(asked.path(), asked.convention().getStage(), new Violation.Wording(step.whyFr(), step.whyEn()));
                }
            });

    /** {@link RuleCodes#SIGNATORY_UNKNOWN}: a signing party is named exactly as in the convention. */
    public static final Rule<PartyNamed> SIGNATORY_UNKNOWN = Rule.error(RuleCodes.SIGNATORY_UNKNOWN,
            Applies.onSteps(Step.SIGN, Step.SIGN_AMENDMENT), "A signing party is named exactly as in the convention.",
            (named, ctx, f) -> {
                if (!named.parties().contains(named.name())) {
                    f.at(named.path(), named.name());
                }
            });

    /** {@link RuleCodes#ALREADY_SIGNED}: a party signs once. */
    public static final Rule<PartySigning> ALREADY_SIGNED = Rule.error(RuleCodes.ALREADY_SIGNED,
            Applies.onSteps(Step.SIGN, Step.SIGN_AMENDMENT), "A party signs once.",
            (signing, ctx, f) -> signing.signedBefore().ifPresent(day -> f.at(signing.path(), signing.name(), day)));

    /** {@link RuleCodes#AMENDMENT_UNKNOWN}: the amendment signed is one that awaits signatures. */
    public static final Rule<AmendmentNamed> AMENDMENT_UNKNOWN = Rule.error(RuleCodes.AMENDMENT_UNKNOWN,
            Applies.onSteps(Step.SIGN_AMENDMENT), "The amendment signed is one that awaits signatures.",
            (named, ctx, f) -> {
                boolean pending = named.convention().getAmendments().stream()
                        .anyMatch(a -> a.getNumber() == named.number() && !a.isInEffect());
                if (!pending) {
                    f.at("amendments", named.number());
                }
            });

    /**
     * {@link RuleCodes#AMENDMENT_VALIDITY}: an amendment's extensions of validity (ExtendValidity) each move the end
     * later, within the policy's maximum length.
     */
    public static final Rule<AmendmentProposed> AMENDMENT_VALIDITY = Rule.error(RuleCodes.AMENDMENT_VALIDITY,
            Applies.onSteps(Step.AMEND),
            "An amendment's extensions of validity (ExtendValidity) each move the end later, within the policy's"
                    + " maximum length.", (proposed, ctx, f) -> {
                DateRange validity = proposed.convention().getValidity();
                CtgPolicy policy = ctx.policy();
                LocalDate end = validity.getTo();
                List<AmendmentChange> changes = proposed.amendment().getChanges();
                for (int i = 0; i < changes.size(); i++) {
                    if (changes.get(i) instanceof AmendmentChange.ExtendValidity extend) {
                        LocalDate newEnd = extend.getNewEnd();
                        DateRange extended = DateRange.of(validity.getFrom(), newEnd);
                        if (!newEnd.isAfter(end) || !ContentRules.lasts(extended,
                                policy.getMinimumValidityYears(), policy.getMaximumValidityYears())) {
                            f.at(proposed.path() + ".changes[" + i + "].newEnd", newEnd,
                                    policy.getMaximumValidityYears());
                        } else {
                            end = newEnd;
                        }
                    }
                }
            });

    /**
     * {@link RuleCodes#REPRESENTATIVE_UNKNOWN}: the person who signs for a party is one of its listed representatives
     * (the signature block judged when signatures were requested).
     */
    public static final Rule<RepresentativeSigning> REPRESENTATIVE_UNKNOWN = Rule.error(
            RuleCodes.REPRESENTATIVE_UNKNOWN, Applies.onSteps(Step.SIGN),
            "The person who signs for a party is one of its listed representatives (the signature block judged when"
                    + " signatures were requested).", (signing, ctx, f) -> {
                String name = signing.representativeName();
                Signatory party = signing.party();
                if (name != null && !party.getRepresentatives().isEmpty() && party.representative(name).isEmpty()) {
                    String listed = party.getRepresentatives().stream().map(Representative::getName)
                            .collect(Collectors.joining(", "));
                    f.at(signing.path() + ".representatives", name, party.getName(), listed);
                }
            });

    /**
     * {@link RuleCodes#REVISION_EMPTY}: a revision of a draft changes at least one of its title, validity, territory,
     * fields or parties.
     */
    public static final Rule<DraftRevised> REVISION_EMPTY = Rule.error(RuleCodes.REVISION_EMPTY,
            Applies.onSteps(Step.REVISE_DRAFT),
            "A revision of a draft changes at least one of its title, validity, territory, fields or parties.",
            (revised, ctx, f) -> {
                if (revised.changedParts().isEmpty()) {
                    f.at("revision");
                }
            });

    /**
     * {@link RuleCodes#DOCUMENT_MISMATCH}: bytes given with a document reference are that document: the same size and
     * SHA-256.
     */
    public static final Rule<DocumentGiven> DOCUMENT_MISMATCH = Rule.error(RuleCodes.DOCUMENT_MISMATCH,
            Applies.onSteps(Step.ATTACH_DOCUMENT),
            "Bytes given with a document reference are that document: the same size and SHA-256.",
            (given, ctx, f) -> {
                DocumentReference ref = given.reference();
                boolean sameSize = given.size().map(n -> n == ref.getSize()).orElse(true);
                boolean sameDigest = given.sha256().map(ref.getSha256()::equals).orElse(true);
                if (!sameSize || !sameDigest) {
                    f.at(given.path(), ref.getTitle(), given.size().orElse(-1L), given.sha256().orElse("-"),
                            ref.getSize(), ref.getSha256());
                }
            });

    /** {@link RuleCodes#ACTION_UNKNOWN}: monitoring, or a note on an action sheet, names an action of the plan. */
    public static final Rule<ActionNamed> ACTION_UNKNOWN = Rule.error(RuleCodes.ACTION_UNKNOWN,
            Applies.onSteps(Step.RECORD_MONITORING, Step.ADD_NOTE),
            "Monitoring, or a note on an action sheet, names an action of the plan.", (named, ctx, f) -> {
                if (named.convention().action(named.actionNumber()).isEmpty()) {
                    f.at("actions", named.actionNumber());
                }
            });

    /** {@link RuleCodes#INDICATOR_UNKNOWN}: a measurement names an indicator of its action. */
    public static final Rule<ActionNamed> INDICATOR_UNKNOWN = Rule.error(RuleCodes.INDICATOR_UNKNOWN,
            Applies.onSteps(Step.RECORD_MONITORING), "A measurement names an indicator of its action.",
            (named, ctx, f) -> {
                Optional<ActionSheet> action = named.convention().action(named.actionNumber());
                named.indicatorLabel().filter(label -> action.isPresent() && action.get().getIndicators().stream()
                        .noneMatch(i -> i.getLabel().equals(label)))
                        .ifPresent(label -> f.at("actions", named.actionNumber(), label));
            });

    /** {@link RuleCodes#DUPLICATE_IN_IMPORT}: documents imported together have different ids. */
    public static final Rule<ImportedTwice> DUPLICATE_IN_IMPORT = Rule.error(RuleCodes.DUPLICATE_IN_IMPORT,
            Applies.onSteps(Step.IMPORT), "Documents imported together have different ids.",
            (twice, ctx, f) -> f.at("id", twice.id(), twice.firstSource()));

    static final List<Rule<?>> ALL = List.of(STAGE, SIGNATORY_UNKNOWN, ALREADY_SIGNED, AMENDMENT_UNKNOWN,
            AMENDMENT_VALIDITY, ACTION_UNKNOWN, INDICATOR_UNKNOWN, DUPLICATE_IN_IMPORT, REPRESENTATIVE_UNKNOWN,
            REVISION_EMPTY, DOCUMENT_MISMATCH);
}
