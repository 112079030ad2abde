package io.github.ctglib.equipment;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What the CTG writes about its territory for the territory bonus: the amount per EAJE place carried over from
 * the previous contract (the CEJ's funding, smoothed over the territory) and the year it was set, and the
 * tranche of the territory's wealth (potentiel financier, revenu par habitant) that the CAF assigned, which
 * chooses the amount per new place in the rates.
 */
@Value.Immutable
public interface BonusTerms {

    /**
     * Euros per EAJE place per year carried over from the previous contract, as of {@link #getBaseYear()}.
     *
     * @return the amount, absent when the convention carries none over
     */
    Optional<@Digits(integer = 9, fraction = 2, message = ConstraintCodes.AMOUNT_SCALE) BigDecimal>
            getCarriedOverAmountPerPlace();

    /** {@return the year the carried-over amount is stated for; the rates' revaluations apply from the year after} */
    Optional<@Min(value = 1900, message = ConstraintCodes.YEAR_RANGE)
            @Max(value = 2200, message = ConstraintCodes.YEAR_RANGE) Integer> getBaseYear();

    /** {@return the wealth tranche of the territory, a key of the rates' amounts per new EAJE place (e.g. "T2")} */
    Optional<@Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG) String> getWealthTranche();

    /** {@return A builder} */
    static ImmutableBonusTerms.Builder builder() {
        return ImmutableBonusTerms.builder();
    }

    /** Checks that the tranche is not blank. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getWealthTranche(), "BonusTerms", "wealthTranche");
    }
}
