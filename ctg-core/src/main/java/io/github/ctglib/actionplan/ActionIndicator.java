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

    /** {@return what it measures} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getLabel();

    /** {@return its unit} */
    @Size(max = 40, message = ConstraintCodes.TEXT_TOO_LONG)
    String getUnit();

    /** {@return the value at the start, when known} */
    Optional<BigDecimal> getBaseline();

    /** {@return the value aimed at, when set} */
    Optional<BigDecimal> getTarget();

    /** {@return the measurements taken, in order} */
    List<@Valid Measurement> getMeasurements();

    /** {@return a builder of action indicators} */
    static ImmutableActionIndicator.Builder builder() {
        return ImmutableActionIndicator.builder();
    }

    /** {@return the most recent measurement, if any} */
    default Optional<Measurement> latest() {
        return getMeasurements().stream().max(Comparator.comparing(Measurement::getDate));
    }

    /** Refuses, when the value is built, a blank label or unit. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getLabel(), "ActionIndicator", "label");
        Texts.requireNonBlank(getUnit(), "ActionIndicator", "unit");
    }
}
