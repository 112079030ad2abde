package io.github.ctglib.convention;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Patterns;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import org.immutables.value.Value;

/**
 * One change an amendment (avenant) makes, typed: add, replace or withdraw an action sheet; change an action's budget;
 * add a field of action or a strategic axis; add or withdraw communes or a party; extend the validity; add, replace
 * or withdraw an equipment of the annex. The static
 * factories build each kind ({@link #addAction}, {@link #withdrawAction}…).
 *
 * <p>While the amendment is pending a change only states what it will do. When the amendment takes effect the
 * change is applied to the convention's sections and records what it replaced ({@code replaced}, {@code
 * previousBudget}, {@code previousEnd}), so that the convention as it stood on any earlier day can be given back
 * ({@link Convention#inEffectOn(LocalDate)}). Withdrawing never deletes: the action or party stays in the record with
 * its {@link io.github.ctglib.vocabulary.Withdrawal}.
 */
@Value.Enclosing
public interface AmendmentChange {

    /** {@return what the change does, as written in documents} */
    ChangeKind kind();

    /** The kinds of change, with their names in the interchange format. */
    enum ChangeKind {
        /** {@link AddAction}. */
        ADD_ACTION,
        /** {@link ReplaceAction}. */
        REPLACE_ACTION,
        /** {@link WithdrawAction}. */
        WITHDRAW_ACTION,
        /** {@link ChangeBudget}. */
        CHANGE_BUDGET,
        /** {@link AddField}. */
        ADD_FIELD,
        /** {@link AddAxis}. */
        ADD_AXIS,
        /** {@link AddCommunes}. */
        ADD_COMMUNES,
        /** {@link WithdrawCommunes}. */
        WITHDRAW_COMMUNES,
        /** {@link AddParty}. */
        ADD_PARTY,
        /** {@link WithdrawParty}. */
        WITHDRAW_PARTY,
        /** {@link ExtendValidity}. */
        EXTEND_VALIDITY,
        /** {@link AddEquipment}. */
        ADD_EQUIPMENT,
        /** {@link ReplaceEquipment}. */
        REPLACE_EQUIPMENT,
        /** {@link WithdrawEquipment}. */
        WITHDRAW_EQUIPMENT
    }

    /** Adds an action sheet to the plan (the plan may arrive after signature this way). */
    @Value.Immutable
    interface AddAction extends AmendmentChange {
        /** {@return the action sheet added} */
        @Value.Parameter
        @Valid
        ActionSheet getAction();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_ACTION;
        }
    }

    /** Replaces an action sheet by a new version of the same number. */
    @Value.Immutable
    interface ReplaceAction extends AmendmentChange {
        /** {@return the number of the action sheet replaced} */
        @Pattern(regexp = Patterns.ACTION_NUMBER, message = ConstraintCodes.ACTION_NUMBER_FORMAT)
        String getActionNumber();

        /** {@return the new version of the action sheet, with the same number} */
        @Valid
        ActionSheet getReplacement();

        /** {@return the version it replaced, recorded when the amendment took effect} */
        Optional<@Valid ActionSheet> getReplaced();

        @Override
        default ChangeKind kind() {
            return ChangeKind.REPLACE_ACTION;
        }
    }

    /** Withdraws an action sheet: it stays in the plan, marked withdrawn. */
    @Value.Immutable
    interface WithdrawAction extends AmendmentChange {
        /** {@return the number of the action sheet withdrawn} */
        @Pattern(regexp = Patterns.ACTION_NUMBER, message = ConstraintCodes.ACTION_NUMBER_FORMAT)
        String getActionNumber();

        /** {@return why it is withdrawn, when said} */
        Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getReason();

        @Override
        default ChangeKind kind() {
            return ChangeKind.WITHDRAW_ACTION;
        }
    }

    /** Replaces the budget lines of an action sheet. */
    @Value.Immutable
    interface ChangeBudget extends AmendmentChange {
        /** {@return the number of the action sheet whose budget changes} */
        @Pattern(regexp = Patterns.ACTION_NUMBER, message = ConstraintCodes.ACTION_NUMBER_FORMAT)
        String getActionNumber();

        /** {@return its new budget lines, replacing all of them} */
        List<@Valid BudgetLine> getBudget();

        /** {@return the lines it replaced, recorded when the amendment took effect} */
        List<@Valid BudgetLine> getPreviousBudget();

        @Override
        default ChangeKind kind() {
            return ChangeKind.CHANGE_BUDGET;
        }
    }

    /** Adds a field of action (champ d'intervention) to the convention. */
    @Value.Immutable
    interface AddField extends AmendmentChange {
        /** {@return the field of action added} */
        @Value.Parameter
        @Valid
        FieldOfAction getField();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_FIELD;
        }
    }

    /** Adds a strategic axis to the action plan, so that the actions it adds may belong to it. */
    @Value.Immutable
    interface AddAxis extends AmendmentChange {
        /** {@return the strategic axis added} */
        @Value.Parameter
        @Valid
        Axis getAxis();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_AXIS;
        }
    }

    /** Adds communes to the territory. */
    @Value.Immutable
    interface AddCommunes extends AmendmentChange {
        /** {@return the INSEE codes of the communes added} */
        @NotEmpty(message = ConstraintCodes.EMPTY)
        @Value.NaturalOrder
        SortedSet<@Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT) String> getCommuneCodes();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_COMMUNES;
        }
    }

    /** Withdraws communes from the territory (a commune that left the EPCI, say). */
    @Value.Immutable
    interface WithdrawCommunes extends AmendmentChange {
        /** {@return the INSEE codes of the communes withdrawn} */
        @NotEmpty(message = ConstraintCodes.EMPTY)
        @Value.NaturalOrder
        SortedSet<@Pattern(regexp = Patterns.INSEE, message = ConstraintCodes.INSEE_FORMAT) String> getCommuneCodes();

        @Override
        default ChangeKind kind() {
            return ChangeKind.WITHDRAW_COMMUNES;
        }
    }

    /** Adds a party, which signs the amendment with the others. */
    @Value.Immutable
    interface AddParty extends AmendmentChange {
        /** {@return the party added, to sign the amendment} */
        @Value.Parameter
        @Valid
        Signatory getParty();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_PARTY;
        }
    }

    /** Withdraws a party: it stays among the parties, marked withdrawn, and signs nothing more. */
    @Value.Immutable
    interface WithdrawParty extends AmendmentChange {
        /** {@return the name of the party withdrawn} */
        @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
        String getPartyName();

        /** {@return why it withdraws, when said} */
        Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getReason();

        @Override
        default ChangeKind kind() {
            return ChangeKind.WITHDRAW_PARTY;
        }
    }

    /** Moves the end of validity later, within the policy's longest duration. */
    @Value.Immutable
    interface ExtendValidity extends AmendmentChange {
        /** {@return the new last day of validity} */
        LocalDate getNewEnd();

        /** {@return the end it replaced, recorded when the amendment took effect} */
        Optional<LocalDate> getPreviousEnd();

        @Override
        default ChangeKind kind() {
            return ChangeKind.EXTEND_VALIDITY;
        }
    }

    /** Adds an equipment to the annex (liste des équipements). */
    @Value.Immutable
    interface AddEquipment extends AmendmentChange {
        /** {@return the equipment added} */
        @Value.Parameter
        @Valid
        Equipment getEquipment();

        @Override
        default ChangeKind kind() {
            return ChangeKind.ADD_EQUIPMENT;
        }
    }

    /** Replaces an equipment of the annex by a new version of the same reference (new places, a new manager…). */
    @Value.Immutable
    interface ReplaceEquipment extends AmendmentChange {
        /** {@return the reference of the equipment replaced} */
        @Pattern(regexp = Patterns.EQUIPMENT_REFERENCE, message = ConstraintCodes.EQUIPMENT_REFERENCE_FORMAT)
        String getEquipmentReference();

        /** {@return its new version} */
        @Valid
        Equipment getReplacement();

        /** {@return the version it replaced, recorded when the amendment took effect} */
        Optional<@Valid Equipment> getReplaced();

        @Override
        default ChangeKind kind() {
            return ChangeKind.REPLACE_EQUIPMENT;
        }
    }

    /** Withdraws an equipment from the annex: it stays there, marked withdrawn, and its bonus stops. */
    @Value.Immutable
    interface WithdrawEquipment extends AmendmentChange {
        /** {@return the reference of the equipment withdrawn} */
        @Pattern(regexp = Patterns.EQUIPMENT_REFERENCE, message = ConstraintCodes.EQUIPMENT_REFERENCE_FORMAT)
        String getEquipmentReference();

        /** {@return why, when said} */
        Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getReason();

        @Override
        default ChangeKind kind() {
            return ChangeKind.WITHDRAW_EQUIPMENT;
        }
    }

    /**
     * Adds {@code action} to the plan.
     *
     * @param action the new action sheet
     * @return the change
     */
    static AddAction addAction(ActionSheet action) {
        return ImmutableAmendmentChange.AddAction.of(action);
    }

    /**
     * Replaces the action sheet of the same number by {@code replacement}.
     *
     * @param replacement the new version
     * @return the change
     */
    static ReplaceAction replaceAction(ActionSheet replacement) {
        return ImmutableAmendmentChange.ReplaceAction.builder().actionNumber(replacement.getNumber())
                .replacement(replacement).build();
    }

    /**
     * Withdraws an action sheet, which stays in the plan, marked.
     *
     * @param actionNumber its number
     * @param reason why, or {@code null}
     * @return the change
     */
    static WithdrawAction withdrawAction(String actionNumber, String reason) {
        return ImmutableAmendmentChange.WithdrawAction.builder().actionNumber(actionNumber)
                .reason(Optional.ofNullable(reason)).build();
    }

    /**
     * Replaces the budget lines of an action sheet.
     *
     * @param actionNumber its number
     * @param budget the new lines
     * @return the change
     */
    static ChangeBudget changeBudget(String actionNumber, List<BudgetLine> budget) {
        return ImmutableAmendmentChange.ChangeBudget.builder().actionNumber(actionNumber).budget(budget).build();
    }

    /**
     * Adds a field of action.
     *
     * @param field the field of action the amendment adds (with its label for {@code OTHER})
     * @return the change
     */
    static AddField addField(FieldOfAction field) {
        return ImmutableAmendmentChange.AddField.of(field);
    }

    /**
     * Adds a strategic axis.
     *
     * @param axis the strategic axis the amendment adds
     * @return the change
     */
    static AddAxis addAxis(Axis axis) {
        return ImmutableAmendmentChange.AddAxis.of(axis);
    }

    /**
     * Adds communes to the territory.
     *
     * @param communeCodes their INSEE codes
     * @return the change
     */
    static AddCommunes addCommunes(Collection<String> communeCodes) {
        return ImmutableAmendmentChange.AddCommunes.builder().communeCodes(communeCodes).build();
    }

    /**
     * Withdraws communes from the territory.
     *
     * @param communeCodes their INSEE codes
     * @return the change
     */
    static WithdrawCommunes withdrawCommunes(Collection<String> communeCodes) {
        return ImmutableAmendmentChange.WithdrawCommunes.builder().communeCodes(communeCodes).build();
    }

    /**
     * Adds a party, which signs the amendment.
     *
     * @param party the new party
     * @return the change
     */
    static AddParty addParty(Signatory party) {
        return ImmutableAmendmentChange.AddParty.of(party);
    }

    /**
     * Withdraws a party, which stays listed, marked.
     *
     * @param partyName its name
     * @param reason why, or {@code null}
     * @return the change
     */
    static WithdrawParty withdrawParty(String partyName, String reason) {
        return ImmutableAmendmentChange.WithdrawParty.builder().partyName(partyName)
                .reason(Optional.ofNullable(reason)).build();
    }

    /**
     * Adds {@code equipment} to the annex.
     *
     * @param equipment the equipment the amendment adds
     * @return the change
     */
    static AddEquipment addEquipment(Equipment equipment) {
        return ImmutableAmendmentChange.AddEquipment.of(equipment);
    }

    /**
     * Replaces the equipment of the same reference by {@code replacement}.
     *
     * @param replacement the equipment as the amendment writes it; its reference names the equipment it replaces
     * @return the change
     */
    static ReplaceEquipment replaceEquipment(Equipment replacement) {
        return ImmutableAmendmentChange.ReplaceEquipment.builder().equipmentReference(replacement.getReference())
                .replacement(replacement).build();
    }

    /**
     * Withdraws the equipment of {@code reference}, for {@code reason} (may be null).
     *
     * @param reason why it is withdrawn, or {@code null}
     * @param reference the equipment's key in the annex, e.g. {@code EAJE-01}
     * @return the change
     */
    static WithdrawEquipment withdrawEquipment(String reference, String reason) {
        return ImmutableAmendmentChange.WithdrawEquipment.builder().equipmentReference(reference)
                .reason(Optional.ofNullable(reason)).build();
    }

    /**
     * Extends the validity to {@code newEnd}.
     *
     * @param newEnd the new last day
     * @return the change
     */
    static ExtendValidity extendValidity(LocalDate newEnd) {
        return ImmutableAmendmentChange.ExtendValidity.builder().newEnd(newEnd).build();
    }
}
