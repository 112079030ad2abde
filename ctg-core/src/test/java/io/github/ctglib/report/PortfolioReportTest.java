package io.github.ctglib.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PortfolioReportTest {

    private static final Geography GEO = Geography.bundled();
    private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

    private final ImmutableConvention frontignan = ImmutableConvention.copyOf(Frontignan.draft())
            .withStage(Stage.SIGNED).withSignatureDate(Frontignan.SIGNATURE_DATE);
    private final ImmutableConvention sete = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-sete")
            .withTerritory(Territory.ofCommune("34301")).withValidity(DateRange.ofYears(2022, 2026))
            .withStage(Stage.SIGNED).withSignatureDate(LocalDate.of(2022, 5, 1));
    private final ImmutableConvention nimes = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-30-nimes")
            .withCaf(Caf.of("CAF du Gard", "30")).withTerritory(Territory.ofCommune("30189"));

    @Test
    void aDepartementsPortfolio() {
        PortfolioReport report = PortfolioReport.compute(List.of(frontignan, sete, nimes), GEO, Optional.of("34"), DAY, 12);

        assertThat(report.conventions()).isEqualTo(2);
        assertThat(report.byStage()).containsEntry(Stage.SIGNED, 2).containsEntry(Stage.IN_PREPARATION, 0);

        PortfolioReport.Coverage herault = report.coverage().get(0);
        int communes = GEO.communesOf("34").size();
        assertThat(report.coverage()).hasSize(1);
        assertThat(herault.communes()).isEqualTo(communes);
        assertThat(herault.covered()).isEqualTo(2);
        assertThat(herault.uncovered()).hasSize(communes - 2).extracting(Commune::inseeCode)
                .doesNotContain("34108", "34301").contains("34172");

        assertThat(report.ending()).extracting(PortfolioReport.Ending::id).containsExactly("ctg-34-sete");
    }

    @Test
    void aCommuneCoveredByAnotherDepartementsCafCountsAsCovered() {
        // The Gard's CAF signs a CTG over Lunel (34145, Hérault) beside Nîmes: Lunel is covered in the Hérault's
        // report, as list --commune 34145 and the national report say, though the convention is not the Hérault's.
        ImmutableConvention acrossTheBorder = nimes.withTerritory(Territory.builder().addCommuneCodes("30189", "34145")
                .build()).withStage(Stage.SIGNED).withSignatureDate(LocalDate.of(2023, 2, 1));

        PortfolioReport herault = PortfolioReport.compute(List.of(acrossTheBorder), GEO, Optional.of("34"), DAY, 12);

        assertThat(herault.conventions()).isZero();
        assertThat(herault.coverage().get(0).covered()).isEqualTo(1);
        assertThat(herault.coverage().get(0).uncovered()).extracting(Commune::inseeCode).doesNotContain("34145");
        PortfolioReport national = PortfolioReport.compute(List.of(acrossTheBorder), GEO, Optional.empty(), DAY, 12);
        assertThat(national.coverage()).filteredOn(c -> c.departementCode().equals("34")).singleElement()
                .extracting(PortfolioReport.Coverage::covered).isEqualTo(herault.coverage().get(0).covered());
    }

    @Test
    void aConventionOutOfForceDoesNotCover() {
        PortfolioReport report = PortfolioReport.compute(List.of(frontignan.withStage(Stage.AWAITING_SIGNATURES)),
                GEO, Optional.of("34"), DAY, 12);
        assertThat(report.coverage().get(0).covered()).isZero();
        assertThat(report.ending()).isEmpty();
    }

    @Test
    void fundingAddsUpByFieldFunderAndYear() {
        ImmutableConvention withActual = frontignan.withActions(ImmutableActionSheet.copyOf(frontignan.getActions().get(0))
                .withBudget(line(2024, BudgetNature.FORECAST, "100.10"), line(2024, BudgetNature.FORECAST, "0.20"),
                        line(2024, BudgetNature.ACTUAL, "90.00"), line(2025, BudgetNature.FORECAST, "5.00"))
                .withStatus(ActionStatus.IN_PROGRESS));
        PortfolioReport report = PortfolioReport.compute(List.of(withActual), GEO, Optional.empty(), DAY, 0);

        assertThat(report.funding()).containsExactly(
                new PortfolioReport.FundingRow("petite enfance", "CAF de l'Hérault", 2024, new BigDecimal("100.30"),
                        new BigDecimal("90.00")),
                new PortfolioReport.FundingRow("petite enfance", "CAF de l'Hérault", 2025, new BigDecimal("5.00"),
                        BigDecimal.ZERO));
        assertThat(report.actionStatus()).containsOnlyKeys("petite enfance");
        assertThat(report.actionStatus().get("petite enfance")).containsEntry(ActionStatus.IN_PROGRESS, 1);
        assertThat(report.coverage()).hasSize(GEO.departements().size());
    }

    @Test
    void aNegativeHorizonIsRefused() {
        assertThatThrownBy(() -> PortfolioReport.compute(List.<Convention>of(), GEO, Optional.empty(), DAY, -1))
                .hasMessageContaining("horizonMonths");
    }

    private static BudgetLine line(int year, BudgetNature nature, String amount) {
        return BudgetLine.builder().year(year).funder(Frontignan.CAF_NAME).instrument(FundingInstrument.SERVICE_FUNDING)
                .nature(nature).amount(new BigDecimal(amount)).build();
    }
}
