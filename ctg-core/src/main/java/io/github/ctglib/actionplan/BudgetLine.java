package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of an action's budget: a year × a funder × an instrument × forecast or actual, in euros.
 * Amounts are exact: {@link BigDecimal} with at most two decimals (cents).
 */
@Value.Immutable
public interface BudgetLine {

    /** {@return the year the amount is for} */
    @Min(value = 1900, message = ConstraintCodes.YEAR_RANGE)
    @Max(value = 2200, message = ConstraintCodes.YEAR_RANGE)
    int getYear();

    /**
     * Who pays (financeur): the name of a party of the convention, e.g. "CAF de l'Hérault", or of an outside
     * funder, which then gives its {@link #getFunderIdentifier() identifier}.
     *
     * @return the funder's name
     */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getFunder();

    /** {@return the SIREN or SIRET of an outside funder (one that is not a party); a party is known by its name} */
    Optional<@Size(max = 14, message = ConstraintCodes.TEXT_TOO_LONG) String> getFunderIdentifier();

    /** {@return the CAF's or the funder's instrument that pays it (PSU, bonus territoire, CLAS…)} */
    FundingInstrument getInstrument();

    /**
     * The reference of the equipment of the convention's annex it concerns: required for a territory bonus line
     * (the bonus is paid per equipment), allowed on any other.
     *
     * @return the reference of the annex's equipment it concerns, or empty for a line not tied to one
     */
    Optional<@Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG) String> getEquipmentReference();

    /** {@return forecast (prévisionnel) or actual (réalisé)} */
    BudgetNature getNature();

    /** {@return operating (fonctionnement, the default) or investment (investissement)} */
    @Value.Default
    default BudgetSection getSection() {
        return BudgetSection.OPERATING;
    }

    /** {@return the staff it pays for, in full-time equivalents (ETP), e.g. 1.00 for a chargé de coopération} */
    Optional<@DecimalMin(value = "0", message = ConstraintCodes.FTE_RANGE)
            @DecimalMax(value = "99.99", message = ConstraintCodes.FTE_RANGE)
            @Digits(integer = 2, fraction = 2, message = ConstraintCodes.FTE_RANGE) BigDecimal> getFullTimeEquivalents();

    /**
     * Euros, at most two decimals; never negative (a domain rule). Amounts with fewer decimals are
     * normalised to cents when built (12 becomes 12.00), so that equal amounts are equal values in every store.
     *
     * @return the amount, scale 2
     */
    @Digits(integer = 13, fraction = 2, message = ConstraintCodes.AMOUNT_SCALE)
    BigDecimal getAmount();

    /** {@return a builder of budget lines} */
    static ImmutableBudgetLine.Builder builder() {
        return ImmutableBudgetLine.builder();
    }

    /**
     * Refuses, when the value is built, a blank funder or funder identifier, and gives amounts two decimals.
     *
     * @return this line, or a copy with its amount at scale 2
     */
    @Value.Check
    default BudgetLine normalize() {
        Texts.requireNonBlank(getFunder(), "BudgetLine", "funder");
        Texts.requireNonBlank(getFunderIdentifier(), "BudgetLine", "funderIdentifier");
        Texts.requireNonBlank(getEquipmentReference(), "BudgetLine", "equipmentReference");
        if (getAmount().scale() < 2) {
            return ImmutableBudgetLine.copyOf(this).withAmount(getAmount().setScale(2));
        }
        return this;
    }
}
