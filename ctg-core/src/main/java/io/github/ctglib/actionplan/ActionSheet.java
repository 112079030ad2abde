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

    /** Its number in the plan, e.g. "2.3" (the 3rd action of the 2nd axis). Unique in a convention. */
    @Pattern(regexp = Patterns.ACTION_NUMBER, message = ConstraintCodes.ACTION_NUMBER_FORMAT)
    String getNumber();

    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** The fields it serves; each must be one of the convention's fields. */
    @NotEmpty(message = ConstraintCodes.EMPTY)
    Set<FieldOfAction> getFields();

    List<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getObjectives();

    /** Public visé, e.g. "familles avec enfants de moins de 6 ans". */
    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getTargetPublic();

    /** Who leads it (pilote), e.g. "Commune — service petite enfance". */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getPilot();

    List<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getPartners();

    /** When it runs (calendrier). */
    Optional<DateRange> getSchedule();

    @Value.Default
    default ActionStatus getStatus() {
        return ActionStatus.PLANNED;
    }

    @Value.Default
    default Priority getPriority() {
        return Priority.MEDIUM;
    }

    List<@Valid BudgetLine> getBudget();

    List<@Valid ActionIndicator> getIndicators();

    /** The follow-up journal of this action (journal de suivi). */
    List<@Valid Note> getNotes();

    /** Set when an amendment withdrew this action; a withdrawn action stays in the plan, marked. */
    Optional<@Valid Withdrawal> getWithdrawal();

    /** Whether it is still part of the plan: not withdrawn by an amendment. */
    default boolean isActive() {
        return getWithdrawal().isEmpty();
    }

    static ImmutableActionSheet.Builder builder() {
        return ImmutableActionSheet.builder();
    }

    /** Total of the budget lines of a nature, in euros. */
    default BigDecimal total(BudgetNature nature) {
        return getBudget().stream()
                .filter(line -> line.getNature() == nature)
                .map(BudgetLine::getAmount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getNumber(), "ActionSheet", "number");
        Texts.requireNonBlank(getTitle(), "ActionSheet", "title");
    }
}
