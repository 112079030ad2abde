package io.github.ctglib.vocabulary;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A span of days, both ends included: a convention's validity (durée de validité), an action's schedule.
 * Its order is a domain rule (reported with the convention's other violations), not a build-time check,
 * so that a hand-edited document can still be read and all its faults reported together.
 */
@Value.Immutable
public interface DateRange {

    /** {@return the first day} */
    @Value.Parameter
    LocalDate getFrom();

    /** {@return the last day, included} */
    @Value.Parameter
    LocalDate getTo();

    /**
     * The days from {@code from} to {@code to}, both included.
     *
     * @param from the first day
     * @param to the last day
     * @return the range
     */
    static DateRange of(LocalDate from, LocalDate to) {
        return ImmutableDateRange.of(from, to);
    }

    /**
     * 1 January of {@code fromYear} to 31 December of {@code toYear}: the usual form of a CTG's validity.
     *
     * @param fromYear the year of the first day
     * @param toYear the year of the last day
     * @return the range
     */
    static DateRange ofYears(int fromYear, int toYear) {
        return of(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    /**
     * Whether {@code day} is one of its days.
     *
     * @param day the day to test
     * @return {@code true} when it falls within, bounds included
     */
    default boolean contains(LocalDate day) {
        return !day.isBefore(getFrom()) && !day.isAfter(getTo());
    }

    /**
     * Whether it shares a day with {@code other}.
     *
     * @param other the other range
     * @return {@code true} when they have a day in common
     */
    default boolean overlaps(DateRange other) {
        return !getFrom().isAfter(other.getTo()) && !other.getFrom().isAfter(getTo());
    }

    /** {@return whether its last day is not before its first (a rule reports it otherwise)} */
    default boolean isOrdered() {
        return !getTo().isBefore(getFrom());
    }
}
