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
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
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
}
