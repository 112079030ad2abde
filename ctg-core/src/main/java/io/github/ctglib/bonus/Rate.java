package io.github.ctglib.bonus;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One row of the rates: for a year and a CAF ({@code "*"} for every CAF), a parameter, its key (a wealth
 * tranche, an equipment kind, or empty) and its value, with where the figure comes from.
 *
 * @param year the year it applies to
 * @param caf the CAF's département code ({@code "34"}), or {@code "*"} for every CAF
 * @param parameter what it sets
 * @param key its key: a wealth tranche for {@link RateParameter#EAJE_NEW_PLACE}, an equipment kind for {@link
 *     RateParameter#PER_EQUIPMENT}, empty otherwise
 * @param value euros (two decimals at most), or a rate for a revaluation
 * @param source where the figure comes from (a circular, a CAF's page), or why it is illustrative
 */
public record Rate(int year, String caf, RateParameter parameter, String key, BigDecimal value, String source) {

    /** The CAF column of a row that applies to every CAF. */
    public static final String EVERY_CAF = "*";

    /**
     * Checks that no part is missing.
     *
     * @param caf the CAF's département code, e.g. {@code "34"} or {@code "2A"}, or {@code "*"} for every CAF
     * @param key its key: a wealth tranche, an equipment kind, or empty when the parameter takes none
     * @param parameter what the row sets
     * @param source where the figure comes from (a circular, a CAF's page), or why it is illustrative
     * @param value the amount in euros (two decimals at most), or a rate for a revaluation
     * @param year the year it applies to, e.g. 2026
     */
    public Rate {
        Objects.requireNonNull(caf, "caf");
        Objects.requireNonNull(parameter, "parameter");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(source, "source");
    }

    /**
     * Whether it applies to the CAF of {@code departementCode}.
     *
     * @param departementCode the CAF's département code, e.g. {@code "34"} or {@code "2A"}
     * @return whether it applies to the CAF of {@code departementCode}
     */
    public boolean appliesTo(String departementCode) {
        return caf.equals(EVERY_CAF) || caf.equals(departementCode);
    }
}
