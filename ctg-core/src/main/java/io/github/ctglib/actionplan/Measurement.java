package io.github.ctglib.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated value of an action indicator, recorded while the convention is monitored. */
@Value.Immutable
public interface Measurement {

    @Value.Parameter
    LocalDate getDate();

    @Value.Parameter
    BigDecimal getValue();

    static Measurement of(LocalDate date, BigDecimal value) {
        return ImmutableMeasurement.of(date, value);
    }
}
