package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import io.github.ctglib.territory.GeographicScale;
import org.immutables.value.Value;

/**
 * A figure of the shared diagnostic (indicateur du diagnostic partagé): e.g. 29 % of allocataire families
 * under the poverty line in 2022, source CAF.
 */
@Value.Immutable
public interface Indicator {

    /** {@return what it measures} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getLabel();

    /** {@return exact value; never a double} */
    BigDecimal getValue();

    /** {@return its unit, e.g. "%", "EUR", "familles", "places"} */
    @Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG)
    String getUnit();

    /** {@return the year the value describes} */
    @Min(value = 1900, message = ConstraintCodes.YEAR_RANGE)
    @Max(value = 2200, message = ConstraintCodes.YEAR_RANGE)
    int getReferenceYear();

    /** {@return where the value comes from, e.g. "CAF de l'Hérault", "INSEE RP 2021"} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getSource();

    /**
     * The part of the territory it describes, when not the whole: a label, or the code of the territory at its
     * {@link #getScale() scale} (a commune's INSEE code, an EPCI's SIREN, a département's code).
     *
     * @return the part of the territory it describes, or empty when it describes the whole territory
     */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getTerritory();

    /** {@return the publisher's dataset it comes from, e.g. "txcouv_pe_epci" (data.caf.fr), "Filosofi 2021" (INSEE)} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getDataset();

    /** {@return where the dataset is published (its page or file), e.g. https://data.caf.fr/…} */
    Optional<@Size(max = 2_000, message = ConstraintCodes.TEXT_TOO_LONG) String> getSourceUrl();

    /** {@return the geographic scale of the figure (commune, EPCI, département, national), when it is a public statistic} */
    Optional<GeographicScale> getScale();

    /** {@return a builder of indicators} */
    static ImmutableIndicator.Builder builder() {
        return ImmutableIndicator.builder();
    }

    /** Refuses, when the value is built, a blank label, unit, source or territory. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getLabel(), "Indicator", "label");
        Texts.requireNonBlank(getUnit(), "Indicator", "unit");
        Texts.requireNonBlank(getSource(), "Indicator", "source");
        Texts.requireNonBlank(getTerritory(), "Indicator", "territory");
        Texts.requireNonBlank(getDataset(), "Indicator", "dataset");
        Texts.requireNonBlank(getSourceUrl(), "Indicator", "sourceUrl");
    }
}
