package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.immutables.value.Value;

/**
 * One line of an action's budget: a year × a funder × an instrument × forecast or actual, in euros.
 * Amounts are exact: {@link BigDecimal} with at most two decimals (cents).
 */
@Value.Immutable
public interface BudgetLine {

    @Min(value = 1900, message = ConstraintCodes.YEAR_RANGE)
    @Max(value = 2200, message = ConstraintCodes.YEAR_RANGE)
    int getYear();

    /** E.g. "CAF de l'Hérault", "Commune de Frontignan". */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getFunder();

    FundingInstrument getInstrument();

    BudgetNature getNature();

    /**
     * Euros, at most two decimals; never negative (a domain rule). Amounts with fewer decimals are
     * normalised to cents when built (12 becomes 12.00), so that equal amounts are equal values in every store.
     */
    @Digits(integer = 13, fraction = 2, message = ConstraintCodes.AMOUNT_SCALE)
    BigDecimal getAmount();

    static ImmutableBudgetLine.Builder builder() {
        return ImmutableBudgetLine.builder();
    }

    @Value.Check
    default BudgetLine normalize() {
        Texts.requireNonBlank(getFunder(), "BudgetLine", "funder");
        if (getAmount().scale() < 2) {
            return ImmutableBudgetLine.copyOf(this).withAmount(getAmount().setScale(2));
        }
        return this;
    }
}
