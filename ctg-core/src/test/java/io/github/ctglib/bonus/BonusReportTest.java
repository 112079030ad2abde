package io.github.ctglib.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report's bonus part: the bonus due for the report's year and the bonus at risk, from one portfolio. */
class BonusReportTest {

    @Test
    void theBonusDueIsForTheReportsYearAndARenewalWithoutAnnexTakesItsPredecessorOutOfRisk() {
        ImmutableConvention ending = BonusCalculatorTest.signed(BonusCalculatorTest.rpe()).withId("ctg-34-ending")
                .withValidity(DateRange.ofYears(2020, 2024));
        ImmutableConvention renewal = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-renewal")
                .withStage(Stage.IN_PREPARATION).withPredecessorIds(ending.getId());
        LocalDate today = LocalDate.of(2024, 3, 1);

        BonusReport alone = BonusReport.compute(List.of(ending), BonusCalculatorTest.CALCULATOR, "test rates", today, 12);
        BonusReport renewed = BonusReport.compute(List.of(ending, renewal), BonusCalculatorTest.CALCULATOR,
                "test rates", today, 12);

        assertThat(alone.year()).isEqualTo(2024);
        assertThat(alone.rates()).isEqualTo("test rates");
        assertThat(alone.due().total()).isEqualByComparingTo("12000.00");
        assertThat(alone.due().incomplete()).isFalse();
        assertThat(alone.atRisk()).extracting(BonusPortfolio.AtRisk::conventionId).containsExactly("ctg-34-ending");
        assertThat(renewed.atRisk()).isEmpty();
        assertThat(renewed.due().conventions()).extracting(BonusPortfolio.ConventionBonus::conventionId)
                .containsExactly("ctg-34-ending");
    }

    @Test
    void itNeedsTheConventionsListingEquipmentAndTheRenewalsOnly() {
        ImmutableConvention withAnnex = BonusCalculatorTest.signed(BonusCalculatorTest.rpe());
        ImmutableConvention renewal = ImmutableConvention.copyOf(Frontignan.draft()).withPredecessorIds("ctg-34-old");
        assertThat(BonusReport.concerns(withAnnex)).isTrue();
        assertThat(BonusReport.concerns(renewal)).isTrue();
        assertThat(BonusReport.concerns(Frontignan.draft())).isFalse();
    }

    @Test
    void anAmountWithoutItsRateMakesThePartIncomplete() {
        ImmutableConvention ending = BonusCalculatorTest.signed(BonusCalculatorTest.rpe()).withId("ctg-34-ending");
        BonusReport withoutRates = BonusReport.compute(List.of(ending),
                new BonusCalculator(BonusRates.of(List.of())), "none", LocalDate.of(2024, 3, 1), 12);
        assertThat(withoutRates.due().incomplete()).isTrue();
        assertThat(withoutRates.due().total()).isEqualByComparingTo("0.00");
    }
}
