package io.github.ctglib.actionplan;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.immutables.value.Value;

/** A dated value of an action indicator, recorded while the convention is monitored. */
@Value.Immutable
public interface Measurement {

    /** {@return the day it was measured} */
    @Value.Parameter
    LocalDate getDate();

    /** {@return the value measured, exact} */
    @Value.Parameter
    BigDecimal getValue();

    /**
     * A value measured on a day.
     *
     * @param date the day
     * @param value the value measured, exact, in the indicator's unit
     * @return the measurement
     */
    static Measurement of(LocalDate date, BigDecimal value) {
        return ImmutableMeasurement.of(date, value);
    }
}
