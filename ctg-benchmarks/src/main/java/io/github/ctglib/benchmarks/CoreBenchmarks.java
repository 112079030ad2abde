package io.github.ctglib.benchmarks;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The core without storage. Validation against Hibernate Validator alone on the same object: the model's
 * field constraints are Jakarta annotations, so that is the least any validation of a convention costs; the
 * difference is ctg's cross-field and territory rules and its turning of violations into rule codes. The
 * portfolio report against one plain pass summing the budget lines of the same conventions.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class CoreBenchmarks {

    @State(Scope.Benchmark)
    public static class Fixtures {
        final Convention one = NationalData.one();
        final List<Convention> portfolio = NationalData.portfolio();
        final Geography geography = Geography.bundled();
        final ConventionValidator validator = ConventionValidator.withGeography(geography);
        /** Configured as ctg configures its own (no EL at run time). */
        /** Test rates (not CNAF figures) for every parameter the national portfolio's equipment needs. */
        final io.github.ctglib.bonus.BonusCalculator bonus = new io.github.ctglib.bonus.BonusCalculator(
                io.github.ctglib.bonus.BonusRates.of(nationalRates(NationalData.DAY.getYear())));
        final Validator hibernateValidator = Validation.byProvider(HibernateValidator.class).configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    @Benchmark
    public List<Violation> validate(Fixtures f) {
        return f.validator.validate(f.one);
    }

    @Benchmark
    public Set<ConstraintViolation<Convention>> rawHibernateValidator(Fixtures f) {
        return f.hibernateValidator.validate(f.one);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public PortfolioReport portfolioReport(Fixtures f) {
        return PortfolioReport.compute(f.portfolio, f.geography, Optional.empty(), NationalData.DAY, 12);
    }

    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BigDecimal rawBudgetSum(Fixtures f) {
        BigDecimal total = BigDecimal.ZERO;
        for (Convention c : f.portfolio) {
            for (ActionSheet action : c.getActions()) {
                for (BudgetLine line : action.getBudget()) {
                    total = total.add(line.getAmount());
                }
            }
        }
        return total;
    }

    /**
     * The territory bonus of the whole national portfolio for a year: every equipment of every annex (some
     * 45,000), with the days each convention covers it.
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BigDecimal nationalBonus(Fixtures f) {
        return io.github.ctglib.bonus.BonusPortfolio.of(f.portfolio, f.bonus, NationalData.DAY.getYear()).total();
    }

    /**
     * Baseline of {@link #nationalBonus}: places × the rate of each equipment's kind by hand, every equipment taken
     * as covered the whole year (no dates, amendments, parties, revaluation or floor looked at).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public BigDecimal rawNationalBonus(Fixtures f) {
        BigDecimal total = BigDecimal.ZERO;
        for (Convention c : f.portfolio) {
            for (io.github.ctglib.equipment.Equipment e : c.getEquipment()) {
                io.github.ctglib.equipment.BonusBasis basis = e.getBonusBasis()
                        .orElse(io.github.ctglib.equipment.BonusBasis.builder().build());
                total = total.add(switch (e.getKind().bonusFamily()) {
                    case EAJE -> RAW_CARRIED_OVER.multiply(BigDecimal.valueOf(basis.getCarriedOverPlaces()))
                            .add(RAW_NEW_PLACE.multiply(BigDecimal.valueOf(basis.getNewPlaces())));
                    case ALSH -> RAW_ALSH_PLACE.multiply(BigDecimal.valueOf(basis.getHistoricalPlaces()));
                    case PER_EQUIPMENT -> RAW_PER_EQUIPMENT;
                    case NONE -> BigDecimal.ZERO;
                });
            }
        }
        return total;
    }

    private static final BigDecimal RAW_CARRIED_OVER = new BigDecimal("1200.00");
    private static final BigDecimal RAW_NEW_PLACE = new BigDecimal("3100.00");
    private static final BigDecimal RAW_ALSH_PLACE = new BigDecimal("150.00");
    private static final BigDecimal RAW_PER_EQUIPMENT = new BigDecimal("12000.00");

    /** One rate for every parameter and key the portfolio uses, for every CAF, for {@code year} and the years before. */
    static List<io.github.ctglib.bonus.Rate> nationalRates(int year) {
        List<io.github.ctglib.bonus.Rate> rates = new java.util.ArrayList<>();
        for (int y = year - 6; y <= year; y++) {
            rates.add(rate(y, io.github.ctglib.bonus.RateParameter.EAJE_CARRIED_OVER_REVALUATION, "", "0.01"));
            rates.add(rate(y, io.github.ctglib.bonus.RateParameter.EAJE_CARRIED_OVER_FLOOR, "", "1000"));
            for (String tranche : List.of("T1", "T2", "T3")) {
                rates.add(rate(y, io.github.ctglib.bonus.RateParameter.EAJE_NEW_PLACE, tranche, "3100"));
            }
            rates.add(rate(y, io.github.ctglib.bonus.RateParameter.EAJE_EMPLOYER_RESERVED_PLACE, "", "2800"));
            rates.add(rate(y, io.github.ctglib.bonus.RateParameter.ALSH_PLACE, "", "150"));
            for (io.github.ctglib.equipment.EquipmentKind kind : io.github.ctglib.equipment.EquipmentKind.values()) {
                rates.add(rate(y, io.github.ctglib.bonus.RateParameter.PER_EQUIPMENT, kind.name(), "12000"));
            }
        }
        return rates;
    }

    private static io.github.ctglib.bonus.Rate rate(int year, io.github.ctglib.bonus.RateParameter parameter, String key,
            String value) {
        return new io.github.ctglib.bonus.Rate(year, io.github.ctglib.bonus.Rate.EVERY_CAF, parameter, key,
                new BigDecimal(value), "benchmark");
    }
}
