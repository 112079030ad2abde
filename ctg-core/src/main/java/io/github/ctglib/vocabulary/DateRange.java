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

    @Value.Parameter
    LocalDate getFrom();

    @Value.Parameter
    LocalDate getTo();

    static DateRange of(LocalDate from, LocalDate to) {
        return ImmutableDateRange.of(from, to);
    }

    /** 1 January of {@code fromYear} to 31 December of {@code toYear}: the usual form of a CTG's validity. */
    static DateRange ofYears(int fromYear, int toYear) {
        return of(LocalDate.of(fromYear, 1, 1), LocalDate.of(toYear, 12, 31));
    }

    default boolean contains(LocalDate day) {
        return !day.isBefore(getFrom()) && !day.isAfter(getTo());
    }

    default boolean overlaps(DateRange other) {
        return !getFrom().isAfter(other.getTo()) && !other.getFrom().isAfter(getTo());
    }

    default boolean isOrdered() {
        return !getTo().isBefore(getFrom());
    }
}
