package io.github.ctglib.bonus;

import io.github.ctglib.convention.Convention;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * The territory bonus part of a portfolio report, for every format that shows it: the bonus due for
 * {@code year} under each convention that lists equipment ({@link BonusPortfolio#of}), and the conventions
 * whose end within {@code horizonMonths} puts their equipment's bonus at risk because no convention renews them
 * ({@link BonusPortfolio#atRisk}).
 *
 * <pre>{@code
 * BonusReport bonus = BonusReport.compute(conventions, calculator, "CAF 34, barème 2026", today, 12);
 * }</pre>
 *
 * @param year the year of the bonus due
 * @param rates the rates used, as a reader should know them (a file, a CAF's barème, the illustrative rates)
 * @param due the bonus due per convention listing equipment
 * @param atRisk the conventions at risk, soonest end first
 * @param horizonMonths how far ahead an end counts
 */
public record BonusReport(int year, String rates, BonusPortfolio due, List<BonusPortfolio.AtRisk> atRisk,
        int horizonMonths) {

    /**
     * Copies the list; every part is required.
     *
     * @param year the year of the bonus due
     * @param rates the rates used, as a reader should know them
     * @param due the bonus due per convention listing equipment
     * @param atRisk the conventions at risk, soonest end first
     * @param horizonMonths how far ahead an end counts
     */
    public BonusReport {
        Objects.requireNonNull(rates, "rates");
        Objects.requireNonNull(due, "due");
        atRisk = List.copyOf(atRisk);
    }

    /**
     * The bonus part for {@code today}'s year.
     *
     * @param portfolio the conventions to look at, renewals included: a renewal in preparation takes its
     *     predecessors out of risk even before it lists equipment
     * @param calculator the calculator, with the rates of each CAF
     * @param rates what the rates are, for the reader
     * @param today the day of the report
     * @param horizonMonths how far ahead an end counts
     * @return the bonus part
     */
    public static BonusReport compute(Collection<? extends Convention> portfolio, BonusCalculator calculator,
            String rates, LocalDate today, int horizonMonths) {
        return new BonusReport(today.getYear(), rates, BonusPortfolio.of(portfolio, calculator, today.getYear()),
                BonusPortfolio.atRisk(portfolio, calculator, today, horizonMonths), horizonMonths);
    }

    /**
     * Whether {@code convention} is one the bonus part needs: it lists equipment, or it renews a convention (a
     * renewal in preparation often has no annex yet, and it takes its predecessors' bonus out of risk). A host
     * that streams a large store keeps these only.
     *
     * @param convention a convention of the portfolio
     * @return whether {@link #compute} needs it
     */
    public static boolean concerns(Convention convention) {
        return !convention.getEquipment().isEmpty() || !convention.getPredecessorIds().isEmpty();
    }
}
