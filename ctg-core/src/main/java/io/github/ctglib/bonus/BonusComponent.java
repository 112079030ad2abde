package io.github.ctglib.bonus;

import java.math.BigDecimal;

/**
 * One part of an equipment's bonus for a full year: what it counts (places carried over, new places, an
 * equipment…), how many, at what amount each, and the product, with where the amount came from.
 *
 * @param kind what it counts
 * @param count the places (or 1 equipment) counted
 * @param unitAmount euros per place (or per equipment) for the year
 * @param amount {@code count × unitAmount}, euros for a full year
 * @param basis how the unit amount was found (the rate row, the carried-over amount and its revaluations)
 */
public record BonusComponent(Kind kind, int count, BigDecimal unitAmount, BigDecimal amount, String basis) {

    /** What a component counts. */
    public enum Kind {
        /** EAJE places already funded by the previous contract. */
        CARRIED_OVER_PLACES,
        /** EAJE places created under the CTG. */
        NEW_PLACES,
        /** EAJE places reserved for employers (CTRE). */
        EMPLOYER_RESERVED_PLACES,
        /** ALSH places, from the historical number written in the CTG. */
        ALSH_PLACES,
        /** A flat amount per equipment. */
        EQUIPMENT
    }
}
