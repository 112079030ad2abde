package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.CONTENT;

import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.vocabulary.ActionField;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The rules a convention's stage implies: what asking for signatures demands, what being signed, evaluated,
 * closed or terminated means, and that the stage agrees with the content.
 */
final class StageRules {

    private StageRules() {}

    // Asked to sign: from AWAITING_SIGNATURES on.

    static final Rule<Convention> SCOPE = Rule.error(RuleCodes.SCOPE, Applies.at(CONTENT, Stage::isSubmitted),
            "The fields include the policy's required ones (petite enfance, jeunesse, parentalité) plus enough others.",
            (c, ctx, f) -> {
                CtgPolicy policy = ctx.policy();
                Set<ActionField> missing = EnumSet.noneOf(ActionField.class);
                policy.getRequiredFields().stream().filter(field -> !c.covers(field)).forEach(missing::add);
                long others = c.getFields().stream()
                        .filter(field -> !policy.getRequiredFields().contains(field.getKind())).count();
                if (!missing.isEmpty() || others < policy.getMinimumOtherFields()) {
                    f.at("fields", fields(policy.getRequiredFields()), policy.getMinimumOtherFields(),
                            missing.isEmpty() ? new Violation.Wording("-", "-") : fields(missing));
                }
            });

    static final Rule<Convention> CAF_NOT_PARTY = Rule.error(RuleCodes.CAF_NOT_PARTY,
            Applies.at(CONTENT, Stage::isSubmitted), "The convention's CAF is an active party (not withdrawn by an"
                    + " amendment).", (c, ctx, f) -> {
                String cafName = c.getCaf().getName();
                if (c.activeParties().stream()
                        .noneMatch(s -> s.getKind() == OrganisationKind.CAF && s.getName().equals(cafName))) {
                    f.at("signatories", cafName);
                }
            });

    static final Rule<Convention> NO_LOCAL_AUTHORITY = Rule.error(RuleCodes.NO_LOCAL_AUTHORITY,
            Applies.at(CONTENT, Stage::isSubmitted), "A local authority of the bloc communal (commune or EPCI; a"
                    + " syndicat, a PETR or a CCAS only co-signs) is an active party.", (c, ctx, f) -> {
                if (c.activeParties().stream().noneMatch(s -> s.getKind().isLocalAuthority())) {
                    f.at("signatories");
                }
            });

    static final Rule<Convention> REPRESENTATIVE_MISSING = Rule.error(RuleCodes.REPRESENTATIVE_MISSING,
            Applies.at(CONTENT, Stage::isSubmitted), "Once signatures are requested, each active party, and each party"
                    + " a pending amendment adds, names at least one representative to sign for it.", (c, ctx, f) -> {
                for (ContentRules.PartyAt at : ContentRules.parties(c)) {
                    if (at.party().isActive() && at.party().getRepresentatives().isEmpty()) {
                        f.at(at.path() + ".representatives", at.party().getName());
                    }
                }
            });

    static final Rule<Convention> DIAGNOSTIC_EMPTY = Rule.error(RuleCodes.DIAGNOSTIC_EMPTY,
            Applies.at(CONTENT, Stage::isSubmitted), "The shared diagnostic has at least one indicator.", (c, ctx, f) -> {
                if (c.getDiagnostic().getIndicators().isEmpty()) {
                    f.at("diagnostic.indicators");
                }
            });

    static final Rule<Convention> PLAN_EMPTY = Rule.warning(RuleCodes.PLAN_EMPTY,
            Applies.at(CONTENT, s -> s == Stage.AWAITING_SIGNATURES || s == Stage.SIGNED),
            "Warning: the action plan is empty (it may come after the signature by amendment).", (c, ctx, f) -> {
                if (c.getActions().isEmpty()) {
                    f.at("actions");
                }
            });

    // Money: who pays is known once the parties are settled.

    static final Rule<Convention> FUNDER_UNKNOWN = Rule.error(RuleCodes.FUNDER_UNKNOWN,
            Applies.at(CONTENT, Stage::isSubmitted), "Once signatures are requested, a budget line's funder is a party"
                    + " of the convention, active in the line's year, or an outside funder that gives its SIREN or"
                    + " SIRET (while in preparation this is the warning CTG-FUND-002: the parties may still be"
                    + " settling).", StageRules::unknownFunders);

    static final Rule<Convention> FUNDER_UNKNOWN_IN_PREPARATION = Rule.warning(RuleCodes.FUNDER_UNKNOWN_IN_PREPARATION,
            Applies.at(CONTENT, s -> !s.isSubmitted()), "Warning, in preparation: a budget line's funder is a party of"
                    + " the convention or an outside funder that gives its SIREN or SIRET (the error CTG-FUND-001 once"
                    + " signatures are requested).", StageRules::unknownFunders);

    // The stage agrees with the signatures.

    static final Rule<Convention> SIGNED_STAGE_UNSIGNED_PARTY = Rule.error(RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY,
            Applies.at(CONTENT, Stage::isSigned), "A signed convention has been signed by every active party: by each"
                    + " of its representatives.", (c, ctx, f) -> {
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    if (!s.isActive() || s.hasSigned()) {
                        continue;
                    }
                    if (s.getRepresentatives().isEmpty()) {
                        f.at("signatories[" + i + "].representatives", c.getStage(), s.getName());
                    }
                    for (int k = 0; k < s.getRepresentatives().size(); k++) {
                        Representative person = s.getRepresentatives().get(k);
                        if (!person.hasSigned()) {
                            f.at("signatories[" + i + "].representatives[" + k + "].signedOn", c.getStage(),
                                    person.getName() + " (" + s.getName() + ")");
                        }
                    }
                }
            });

    static final Rule<Convention> UNSIGNED_STAGE_ALL_SIGNED = Rule.error(RuleCodes.UNSIGNED_STAGE_ALL_SIGNED,
            Applies.at(CONTENT, s -> !s.isSigned()),
            "A convention whose active parties have all signed is at a signed stage.", (c, ctx, f) -> {
                List<Signatory> active = c.activeParties();
                if (!active.isEmpty() && active.stream().allMatch(Signatory::hasSigned)) {
                    f.at("stage", c.getStage());
                }
            });

    static final Rule<Convention> SIGNATURE_DATE = Rule.error(RuleCodes.SIGNATURE_DATE,
            Applies.at(CONTENT, Stage::isSigned), "The signature date is the day the last party signed (parties that joined by amendment aside).", (c, ctx, f) -> {
                List<Signatory> founding = c.foundingParties();
                Optional<LocalDate> last = founding.stream().map(Signatory::getSignedOn)
                        .flatMap(Optional::stream).max(LocalDate::compareTo);
                boolean allSigned = founding.stream().allMatch(Signatory::hasSigned);
                Optional<LocalDate> date = c.getSignatureDate();
                boolean wrong = date.isEmpty()
                        || (allSigned && !date.equals(last))
                        || last.map(day -> day.isAfter(date.get())).orElse(false);
                if (wrong) {
                    f.at("signatureDate", date.map(Object::toString).orElse("-"),
                            last.map(Object::toString).orElse("-"));
                }
            });

    static final Rule<Convention> SIGNATURE_DATE_UNSIGNED = Rule.error(RuleCodes.SIGNATURE_DATE_UNSIGNED,
            Applies.at(CONTENT, s -> !s.isSigned()), "A convention not yet signed has no signature date.",
            (c, ctx, f) -> c.getSignatureDate().ifPresent(day -> f.at("signatureDate", day, c.getStage())));

    // Amendments: only once signed, dated within the life of the convention, in effect once all have signed.

    static final Rule<Convention> AMENDMENT_BEFORE_SIGNATURE = Rule.error(RuleCodes.AMENDMENT_BEFORE_SIGNATURE,
            Applies.at(CONTENT, s -> !s.isSigned()), "A convention not yet signed has no amendment.", (c, ctx, f) -> {
                if (!c.getAmendments().isEmpty()) {
                    f.at("amendments", c.getStage(), c.getAmendments().size());
                }
            });

    static final Rule<Convention> AMENDMENT_DATE = Rule.error(RuleCodes.AMENDMENT_DATE,
            Applies.at(CONTENT, Stage::isSigned),
            "An amendment is dated between the signature and the end of validity.", (c, ctx, f) -> {
                LocalDate signedOn = c.getSignatureDate().orElse(c.getValidity().getFrom());
                for (int i = 0; i < c.getAmendments().size(); i++) {
                    LocalDate day = c.getAmendments().get(i).getDate();
                    if (day.isBefore(signedOn) || day.isAfter(c.getValidity().getTo())) {
                        f.at("amendments[" + i + "].date", day, signedOn, c.getValidity().getTo());
                    }
                }
            });

    static final Rule<Convention> AMENDMENT_EMPTY = Rule.error(RuleCodes.AMENDMENT_EMPTY,
            Applies.at(CONTENT, Stage::isSigned),
            "An amendment makes at least one change (an action, a budget, a field, communes, a party, the end of"
                    + " validity).", (c, ctx, f) -> {
                for (int i = 0; i < c.getAmendments().size(); i++) {
                    Amendment a = c.getAmendments().get(i);
                    if (a.getChanges().isEmpty()) {
                        f.at("amendments[" + i + "]");
                    }
                }
            });

    static final Rule<Convention> AMENDMENT_UNSIGNED = Rule.error(RuleCodes.AMENDMENT_UNSIGNED,
            Applies.at(CONTENT, Stage::isSigned),
            "An amendment in effect has been signed by every party of the convention at that time (those an earlier"
                    + " amendment withdrew aside; one it withdraws signs it) and every party it adds.", (c, ctx, f) -> {
                List<Amendment> amendments = c.getAmendments();
                for (int i = 0; i < amendments.size(); i++) {
                    Amendment amendment = amendments.get(i);
                    if (!amendment.isInEffect()) {
                        continue;
                    }
                    Set<String> joinedLater = new HashSet<>();
                    amendments.subList(i + 1, amendments.size()).stream().filter(Amendment::isInEffect)
                            .forEach(later -> later.addedParties().forEach(s -> joinedLater.add(s.getName())));
                    Set<String> signers = amendment.getSignatures().stream().map(AmendmentSignature::getSignatoryName)
                            .collect(Collectors.toSet());
                    for (Signatory party : c.getSignatories()) {
                        boolean withdrawnBefore = party.getWithdrawal()
                                .map(w -> w.getAmendmentNumber() < amendment.getNumber()).orElse(false);
                        if (!withdrawnBefore && !joinedLater.contains(party.getName())
                                && !signers.contains(party.getName())) {
                            f.at("amendments[" + i + "].signatures", amendment.getNumber(), party.getName());
                        }
                    }
                }
            });

    // What each change of an amendment does, against the record as it stands at that change.

    static final Rule<Convention> CHANGED_ACTION_UNKNOWN = Rule.error(RuleCodes.CHANGED_ACTION_UNKNOWN,
            Applies.at(CONTENT, Stage::isSigned), "A change that replaces or withdraws an action or changes its budget"
                    + " names an action the record holds at that point (earlier changes of the amendment counted), and"
                    + " one not withdrawn when it replaces it or changes its budget (withdrawing twice is CTG-CHG-004)."
                    + " Like every CTG-CHG rule, it judges an amendment in effect against the record when it took"
                    + " effect, a pending one against the record of its date.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) ->
                    AmendedRecord.actionNamed(change).filter(number -> !record.holdsAction(number)
                                    || !(change instanceof AmendmentChange.WithdrawAction) && !record.isActiveAction(number))
                            .ifPresent(number -> f.at(path + ".actionNumber", amendment.getNumber(), number))));

    static final Rule<Convention> ADDED_ACTION_EXISTS = Rule.error(RuleCodes.ADDED_ACTION_EXISTS,
            Applies.at(CONTENT, Stage::isSigned), "An added action has a number the record does not hold yet"
                    + " (withdrawn actions included).", (c, ctx, f) -> AmendedRecord.eachChange(c,
                    (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.AddAction add
                                && record.holdsAction(add.getAction().getNumber())) {
                            f.at(path + ".action.number", amendment.getNumber(), add.getAction().getNumber());
                        }
                    }));

    static final Rule<Convention> REPLACEMENT_NUMBER = Rule.error(RuleCodes.REPLACEMENT_NUMBER,
            Applies.at(CONTENT, Stage::isSigned), "A replacement action keeps the number of the action it replaces.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                if (change instanceof AmendmentChange.ReplaceAction replace
                        && !replace.getReplacement().getNumber().equals(replace.getActionNumber())) {
                    f.at(path + ".replacement.number", amendment.getNumber(), replace.getActionNumber(),
                            replace.getReplacement().getNumber());
                }
            }));

    static final Rule<Convention> ACTION_WITHDRAWN_TWICE = Rule.error(RuleCodes.ACTION_WITHDRAWN_TWICE,
            Applies.at(CONTENT, Stage::isSigned), "An action is withdrawn once.", (c, ctx, f) ->
                    AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.WithdrawAction withdraw
                                && record.holdsAction(withdraw.getActionNumber())
                                && !record.isActiveAction(withdraw.getActionNumber())) {
                            f.at(path + ".actionNumber", amendment.getNumber(), withdraw.getActionNumber());
                        }
                    }));

    static final Rule<Convention> CHANGED_EQUIPMENT_UNKNOWN = Rule.error(RuleCodes.CHANGED_EQUIPMENT_UNKNOWN,
            Applies.at(CONTENT, Stage::isSigned), "A change that replaces or withdraws an equipment names one the"
                    + " annex holds at that point (earlier changes of the amendment counted), not withdrawn.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) ->
                    AmendedRecord.equipmentNamed(change).filter(reference -> !record.isActiveEquipment(reference))
                            .ifPresent(reference -> f.at(path + ".equipmentReference", amendment.getNumber(),
                                    reference))));

    static final Rule<Convention> ADDED_EQUIPMENT_EXISTS = Rule.error(RuleCodes.ADDED_EQUIPMENT_EXISTS,
            Applies.at(CONTENT, Stage::isSigned), "An added equipment has a reference the annex does not hold yet"
                    + " (withdrawn equipment included).", (c, ctx, f) -> AmendedRecord.eachChange(c,
                    (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.AddEquipment add
                                && record.holdsEquipment(add.getEquipment().getReference())) {
                            f.at(path + ".equipment.reference", amendment.getNumber(),
                                    add.getEquipment().getReference());
                        }
                    }));

    static final Rule<Convention> EQUIPMENT_REPLACEMENT_REFERENCE = Rule.error(
            RuleCodes.EQUIPMENT_REPLACEMENT_REFERENCE, Applies.at(CONTENT, Stage::isSigned),
            "A replacement equipment keeps the reference of the equipment it replaces.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                if (change instanceof AmendmentChange.ReplaceEquipment replace
                        && !replace.getReplacement().getReference().equals(replace.getEquipmentReference())) {
                    f.at(path + ".replacement.reference", amendment.getNumber(), replace.getEquipmentReference(),
                            replace.getReplacement().getReference());
                }
            }));

    static final Rule<Convention> ADDED_COMMUNE_COVERED = Rule.error(RuleCodes.ADDED_COMMUNE_COVERED,
            Applies.at(CONTENT, Stage::isSigned), "Communes an amendment adds are not covered yet.", (c, ctx, f) ->
                    AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.AddCommunes add) {
                            add.getCommuneCodes().stream().filter(record::covers)
                                    .forEach(code -> f.at(path + ".communeCodes", amendment.getNumber(), code));
                        }
                    }));

    static final Rule<Convention> WITHDRAWN_COMMUNE_NOT_COVERED = Rule.error(RuleCodes.WITHDRAWN_COMMUNE_NOT_COVERED,
            Applies.at(CONTENT, Stage::isSigned), "Communes an amendment withdraws are covered.", (c, ctx, f) ->
                    AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.WithdrawCommunes withdraw) {
                            withdraw.getCommuneCodes().stream().filter(code -> !record.covers(code))
                                    .forEach(code -> f.at(path + ".communeCodes", amendment.getNumber(), code));
                        }
                    }));

    static final Rule<Convention> TERRITORY_EMPTIED = Rule.error(RuleCodes.TERRITORY_EMPTIED,
            Applies.at(CONTENT, Stage::isSigned), "An amendment that withdraws communes leaves at least one.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                if (change instanceof AmendmentChange.WithdrawCommunes withdraw
                        && !record.communes().isEmpty() && withdraw.getCommuneCodes().containsAll(record.communes())) {
                    f.at(path + ".communeCodes", amendment.getNumber());
                }
            }));

    static final Rule<Convention> ADDED_PARTY_EXISTS = Rule.error(RuleCodes.ADDED_PARTY_EXISTS,
            Applies.at(CONTENT, Stage::isSigned), "A party an amendment adds has a name no party of the record has"
                    + " (withdrawn parties included).", (c, ctx, f) -> AmendedRecord.eachChange(c,
                    (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.AddParty add && record.holdsParty(add.getParty().getName())) {
                            f.at(path + ".party.name", amendment.getNumber(), add.getParty().getName());
                        }
                    }));

    static final Rule<Convention> WITHDRAWN_PARTY_NOT_ACTIVE = Rule.error(RuleCodes.WITHDRAWN_PARTY_NOT_ACTIVE,
            Applies.at(CONTENT, Stage::isSigned), "A party an amendment withdraws is an active party at that point.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                if (change instanceof AmendmentChange.WithdrawParty withdraw
                        && !record.isActiveParty(withdraw.getPartyName())) {
                    f.at(path + ".partyName", amendment.getNumber(), withdraw.getPartyName());
                }
            }));

    static final Rule<Convention> ADDED_AXIS_EXISTS = Rule.error(RuleCodes.ADDED_AXIS_EXISTS,
            Applies.at(CONTENT, Stage::isSigned), "An added strategic axis has a number the plan does not hold yet.",
            (c, ctx, f) -> AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                if (change instanceof AmendmentChange.AddAxis add && record.holdsAxis(add.getAxis().getNumber())) {
                    f.at(path + ".axis.number", amendment.getNumber(), add.getAxis().getNumber());
                }
            }));

    static final Rule<Convention> ADDED_FIELD_COVERED = Rule.error(RuleCodes.ADDED_FIELD_COVERED,
            Applies.at(CONTENT, Stage::isSigned), "A field an amendment adds is not covered yet.", (c, ctx, f) ->
                    AmendedRecord.eachChange(c, (record, amendment, change, path) -> {
                        if (change instanceof AmendmentChange.AddField add && record.covers(add.getField())) {
                            f.at(path + ".field", amendment.getNumber(), add.getField().describe());
                        }
                    }));

    // Evaluated, closed, terminated.

    static final Rule<Convention> EVALUATION_MISSING = Rule.error(RuleCodes.EVALUATION_MISSING,
            Applies.at(CONTENT, s -> s == Stage.EVALUATION || s == Stage.CLOSED),
            "A convention in evaluation or closed has its evaluation.", (c, ctx, f) -> {
                if (c.getEvaluation().isEmpty()) {
                    f.at("evaluation", c.getStage());
                }
            });

    static final Rule<Convention> OUTCOME_MISSING = Rule.error(RuleCodes.OUTCOME_MISSING,
            Applies.at(CONTENT, s -> s == Stage.CLOSED), "A closed convention's evaluation rates every action.",
            (c, ctx, f) -> c.getEvaluation().ifPresent(evaluation -> {
                for (int i = 0; i < c.getActions().size(); i++) {
                    String number = c.getActions().get(i).getNumber();
                    if (evaluation.outcomeOf(number).isEmpty()) {
                        f.at("actions[" + i + "]", number);
                    }
                }
            }));

    static final Rule<Convention> ASSESSMENT_MISSING = Rule.error(RuleCodes.ASSESSMENT_MISSING,
            Applies.at(CONTENT, s -> s == Stage.CLOSED), "A closed convention's evaluation has an overall assessment.",
            (c, ctx, f) -> c.getEvaluation().map(Evaluation::getOverallAssessment).filter(Optional::isEmpty)
                    .ifPresent(none -> f.at("evaluation.overallAssessment")));

    static final Rule<Convention> TERMINATION_STAGE = Rule.error(RuleCodes.TERMINATION_STAGE, Applies.always(CONTENT),
            "A terminated convention has its termination, and only a terminated one has one.", (c, ctx, f) -> {
                boolean terminated = c.getStage() == Stage.TERMINATED;
                if (terminated != c.getTermination().isPresent()) {
                    f.at("termination", c.getStage());
                }
            });

    static final Rule<Convention> TERMINATION_DATE = Rule.error(RuleCodes.TERMINATION_DATE,
            Applies.at(CONTENT, s -> s == Stage.TERMINATED),
            "A termination takes effect after the signature and within the validity.",
            (c, ctx, f) -> c.getTermination().ifPresent(termination -> {
                LocalDate signedOn = c.getSignatureDate().orElse(c.getValidity().getFrom());
                LocalDate day = termination.getDate();
                if (!day.isAfter(signedOn) || day.isAfter(c.getValidity().getTo())) {
                    f.at("termination.date", day, signedOn, c.getValidity().getTo());
                }
            }));

    static final List<Rule<Convention>> ALL = List.of(SCOPE, CAF_NOT_PARTY, NO_LOCAL_AUTHORITY, REPRESENTATIVE_MISSING,
            DIAGNOSTIC_EMPTY, PLAN_EMPTY, FUNDER_UNKNOWN, FUNDER_UNKNOWN_IN_PREPARATION, SIGNED_STAGE_UNSIGNED_PARTY,
            UNSIGNED_STAGE_ALL_SIGNED, SIGNATURE_DATE, SIGNATURE_DATE_UNSIGNED, AMENDMENT_BEFORE_SIGNATURE,
            AMENDMENT_DATE, AMENDMENT_EMPTY, AMENDMENT_UNSIGNED, CHANGED_ACTION_UNKNOWN, ADDED_ACTION_EXISTS,
            REPLACEMENT_NUMBER, ACTION_WITHDRAWN_TWICE, ADDED_COMMUNE_COVERED, WITHDRAWN_COMMUNE_NOT_COVERED,
            TERRITORY_EMPTIED, ADDED_PARTY_EXISTS, WITHDRAWN_PARTY_NOT_ACTIVE, ADDED_FIELD_COVERED, ADDED_AXIS_EXISTS,
            CHANGED_EQUIPMENT_UNKNOWN, ADDED_EQUIPMENT_EXISTS, EQUIPMENT_REPLACEMENT_REFERENCE, EVALUATION_MISSING,
            OUTCOME_MISSING, ASSESSMENT_MISSING, TERMINATION_STAGE, TERMINATION_DATE);

    /**
     * Each budget line whose funder is neither a party active in the line's year (a party withdrawn by amendment
     * keeps the lines of the years it was a party) nor an outside funder giving its identifier.
     */
    private static void unknownFunders(Convention c, RuleContext ctx, Findings f) {
        ContentRules.eachBudgetLine(c, (path, line) -> {
            if (line.getFunderIdentifier().isEmpty() && !isPartyIn(c, line)) {
                f.at(path + ".funder", line.getFunder());
            }
        });
    }

    private static boolean isPartyIn(Convention c, BudgetLine line) {
        return c.signatory(line.getFunder())
                .map(party -> party.getWithdrawal().map(w -> line.getYear() <= w.getDate().getYear()).orElse(true))
                .orElse(false);
    }

    private static Violation.Wording fields(Collection<ActionField> fields) {
        return new Violation.Wording(fields.stream().map(ActionField::french).collect(Collectors.joining(", ")),
                fields.stream().map(ActionField::english).collect(Collectors.joining(", ")));
    }
}
