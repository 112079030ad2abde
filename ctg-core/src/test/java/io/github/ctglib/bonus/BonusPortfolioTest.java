package io.github.ctglib.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bonus across conventions: per convention, per CAF, in all; and at risk where no renewal is prepared. */
class BonusPortfolioTest {

    private static final BonusCalculator CALCULATOR = BonusCalculatorTest.CALCULATOR;

    @Test
    void theBonusIsSummedPerConventionPerCafAndInAll() {
        ImmutableConvention herault = BonusCalculatorTest.signed(BonusCalculatorTest.rpe());
        ImmutableConvention gard = BonusCalculatorTest.signed(BonusCalculatorTest.rpe(),
                BonusCalculatorTest.rpe().withReference("RPE-02")).withId("ctg-30-example").withCaf(Caf.of("CAF du Gard", "30"));
        ImmutableConvention withoutAnnex = ImmutableConvention.copyOf(Frontignan.signed()).withId("ctg-34-no-annex");

        BonusPortfolio portfolio = BonusPortfolio.of(List.of(gard, herault, withoutAnnex), CALCULATOR, 2024);

        assertThat(portfolio.conventions()).extracting(BonusPortfolio.ConventionBonus::conventionId)
                .containsExactly("ctg-30-example", Frontignan.ID);
        assertThat(portfolio.byCaf()).containsOnlyKeys("CAF de l'Hérault", "CAF du Gard");
        assertThat(portfolio.byCaf().get("CAF du Gard")).isEqualByComparingTo("24000.00");
        assertThat(portfolio.byCaf().get("CAF de l'Hérault")).isEqualByComparingTo("12000.00");
        assertThat(portfolio.total()).isEqualByComparingTo("36000.00");
    }

    @Test
    void aConventionEndingWithoutASuccessorInPreparationPutsItsBonusAtRisk() {
        ImmutableConvention ending = BonusCalculatorTest.signed(BonusCalculatorTest.rpe()).withId("ctg-34-ending")
                .withValidity(DateRange.ofYears(2020, 2024));
        ImmutableConvention renewed = ending.withId("ctg-34-renewed");
        ImmutableConvention successor = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-successor")
                .withStage(Stage.IN_PREPARATION).withPredecessorIds(renewed.getId());
        ImmutableConvention later = BonusCalculatorTest.signed(BonusCalculatorTest.rpe()).withId("ctg-34-later");

        List<BonusPortfolio.AtRisk> atRisk = BonusPortfolio.atRisk(List.of(ending, renewed, successor, later),
                CALCULATOR, LocalDate.of(2024, 3, 1), 12);

        assertThat(atRisk).extracting(BonusPortfolio.AtRisk::conventionId).containsExactly("ctg-34-ending");
        assertThat(atRisk.get(0).ends()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(atRisk.get(0).yearlyBonus()).isEqualByComparingTo("12000.00");
        // Within 48 months the later one (ending 2027) is at risk too; a terminated successor renews nothing.
        assertThat(BonusPortfolio.atRisk(List.of(ending, renewed, successor.withStage(Stage.TERMINATED), later),
                CALCULATOR, LocalDate.of(2024, 3, 1), 48)).extracting(BonusPortfolio.AtRisk::conventionId)
                .containsExactly("ctg-34-ending", "ctg-34-renewed", "ctg-34-later");
    }
}
