package io.github.ctglib.bonus;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.equipment.Equipment;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The territory bonus across a portfolio of conventions: what is due per convention, per CAF and in all for a
 * year, and what is at risk — the yearly bonus of the conventions in force that end within some months with no
 * successor in preparation (the renewal a CAF must not miss).
 */
public final class BonusPortfolio {

    /** The bonus due under one convention for a year. */
    public record ConventionBonus(String conventionId, String title, String cafName, int year, int equipmentCount,
            BigDecimal amount, boolean incomplete) {}

    /** A convention whose end puts its equipment's bonus at risk. */
    public record AtRisk(String conventionId, String title, String cafName, LocalDate ends, int equipmentCount,
            BigDecimal yearlyBonus, boolean incomplete) {}

    private final int year;
    private final List<ConventionBonus> conventions;

    private BonusPortfolio(int year, List<ConventionBonus> conventions) {
        this.year = year;
        this.conventions = List.copyOf(conventions);
    }

    /**
     * The bonus due for {@code year} under each convention of {@code portfolio} that lists equipment.
     *
     * @param calculator what computes each equipment's bonus, on its rates
     * @param portfolio the conventions; those listing no equipment are left out
     * @param year the calendar year, e.g. 2026
     * @return the bonus due for {@code year} under each convention of {@code portfolio} that lists equipment
     */
    public static BonusPortfolio of(Collection<? extends Convention> portfolio, BonusCalculator calculator, int year) {
        List<ConventionBonus> rows = portfolio.stream().filter(c -> !c.getEquipment().isEmpty())
                .sorted(Comparator.comparing(Convention::getId))
                .map(c -> {
                    List<BonusDue> due = calculator.due(c, year);
                    BigDecimal amount = due.stream().map(BonusDue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new ConventionBonus(c.getId(), c.getTitle(), c.getCaf().getName(), year, due.size(), amount,
                            due.stream().anyMatch(BonusDue::isIncomplete));
                }).toList();
        return new BonusPortfolio(year, rows);
    }

    /** {@return the year} */
    public int year() {
        return year;
    }

    /** {@return the bonus due per convention (those listing equipment), by id} */
    public List<ConventionBonus> conventions() {
        return conventions;
    }

    /** {@return the bonus due per CAF, by the CAF's name} */
    public Map<String, BigDecimal> byCaf() {
        return conventions.stream().collect(Collectors.groupingBy(ConventionBonus::cafName, TreeMap::new,
                Collectors.reducing(BigDecimal.ZERO, ConventionBonus::amount, BigDecimal::add)));
    }

    /** {@return whether some amount lacks a rate the rates do not give (the amounts are then lower bounds)} */
    public boolean incomplete() {
        return conventions.stream().anyMatch(ConventionBonus::incomplete);
    }

    /** {@return the bonus due in all} */
    public BigDecimal total() {
        return conventions.stream().map(ConventionBonus::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /**
     * The conventions in force on {@code today} whose effective end falls within {@code months} months, that no
     * convention of the portfolio renews (none, not terminated, names it among its predecessors), with the yearly
     * bonus of their active equipment at the rates of their last year; soonest end first.
     *
     * @param portfolio the conventions to look at, renewals included
     * @param calculator the calculator, with the rates of each CAF
     * @param today the day of the look
     * @param months how far ahead an end counts
     * @return the conventions at risk, soonest end first
     */
    public static List<AtRisk> atRisk(Collection<? extends Convention> portfolio, BonusCalculator calculator,
            LocalDate today, int months) {
        Set<String> renewed = new HashSet<>();
        portfolio.stream().filter(c -> c.getStage() != Stage.TERMINATED)
                .forEach(c -> renewed.addAll(c.getPredecessorIds()));
        LocalDate horizon = today.plusMonths(months);
        return portfolio.stream()
                .filter(c -> c.isInForceOn(today) && !renewed.contains(c.getId()) && !c.getEquipment().isEmpty())
                .filter(c -> !c.effectivePeriod().orElseThrow().getTo().isAfter(horizon))
                .map(c -> {
                    LocalDate ends = c.effectivePeriod().orElseThrow().getTo();
                    Convention atEnd = c.inEffectOn(ends);
                    List<Equipment> active = atEnd.activeEquipment();
                    List<BonusDue> due = active.stream().map(e -> calculator.fullYear(atEnd, e, ends.getYear()))
                            .toList();
                    BigDecimal yearly = due.stream().map(BonusDue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
                    return new AtRisk(c.getId(), c.getTitle(), c.getCaf().getName(), ends, active.size(), yearly,
                            due.stream().anyMatch(BonusDue::isIncomplete));
                })
                .sorted(Comparator.comparing(AtRisk::ends).thenComparing(AtRisk::conventionId))
                .toList();
    }
}
