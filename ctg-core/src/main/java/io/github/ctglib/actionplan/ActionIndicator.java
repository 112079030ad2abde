package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** An indicator that follows an action: its baseline, its target and its dated measurements. */
@Value.Immutable
public interface ActionIndicator {

    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getLabel();

    @Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG)
    String getUnit();

    Optional<BigDecimal> getBaseline();

    Optional<BigDecimal> getTarget();

    List<@Valid Measurement> getMeasurements();

    static ImmutableActionIndicator.Builder builder() {
        return ImmutableActionIndicator.builder();
    }

    /** The most recent measurement, if any. */
    default Optional<Measurement> latest() {
        return getMeasurements().stream().max(Comparator.comparing(Measurement::getDate));
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getLabel(), "ActionIndicator", "label");
        Texts.requireNonBlank(getUnit(), "ActionIndicator", "unit");
    }
}
