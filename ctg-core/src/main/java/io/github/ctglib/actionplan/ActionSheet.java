package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.Withdrawal;
import io.github.ctglib.vocabulary.Patterns;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/** An action sheet (fiche action) of the action plan. */
@Value.Immutable
public interface ActionSheet {

    /** {@return its number in the plan, e.g. "2.3" (the 3rd action of the 2nd axis). Unique in a convention} */
    @Pattern(regexp = Patterns.ACTION_NUMBER, message = ConstraintCodes.ACTION_NUMBER_FORMAT)
    String getNumber();

    /** {@return the action's title} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return the fields it serves; each must be one of the convention's fields} */
    @NotEmpty(message = ConstraintCodes.EMPTY)
    Set<FieldOfAction> getFields();

    /** {@return its objectives (objectifs), in order} */
    List<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getObjectives();

    /** {@return the public it targets (public visé), e.g. "familles avec enfants de moins de 6 ans"} */
    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getTargetPublic();

    /** {@return who leads it (pilote), e.g. "Commune — service petite enfance"} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getPilot();

    /** {@return the partners that take part in it (partenaires)} */
    List<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getPartners();

    /** {@return when it runs (calendrier)} */
    Optional<DateRange> getSchedule();

    /** {@return where it stands; {@code PLANNED} by default} */
    @Value.Default
    default ActionStatus getStatus() {
        return ActionStatus.PLANNED;
    }

    /** {@return its priority; {@code MEDIUM} by default} */
    @Value.Default
    default Priority getPriority() {
        return Priority.MEDIUM;
    }

    /** {@return its budget lines: amounts by year, funder, instrument and nature} */
    List<@Valid BudgetLine> getBudget();

    /** {@return the indicators its progress is measured by} */
    List<@Valid ActionIndicator> getIndicators();

    /** {@return the follow-up journal of this action (journal de suivi)} */
    List<@Valid Note> getNotes();

    /**
     * {@return the withdrawal, when an amendment withdrew this action; a withdrawn action stays in the plan, marked}
     */
    Optional<@Valid Withdrawal> getWithdrawal();

    /** {@return whether it is still part of the plan: not withdrawn by an amendment} */
    default boolean isActive() {
        return getWithdrawal().isEmpty();
    }

    /** {@return a builder of action sheets} */
    static ImmutableActionSheet.Builder builder() {
        return ImmutableActionSheet.builder();
    }

    /**
     * Total of the budget lines of a nature, in euros.
     *
     * @param nature operating or investment
     * @return the sum of its lines of that nature
     */
    default BigDecimal total(BudgetNature nature) {
        return getBudget().stream()
                .filter(line -> line.getNature() == nature)
                .map(BudgetLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Refuses, when the value is built, a blank number or title. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getNumber(), "ActionSheet", "number");
        Texts.requireNonBlank(getTitle(), "ActionSheet", "title");
    }
}
