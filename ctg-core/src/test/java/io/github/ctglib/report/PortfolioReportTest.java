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
    void thePopulationCoveredPerDepartementCafAndNation() {
        // Hand computation from Etalab's communes.json (6.0.0): Frontignan 24,136 + Sète 45,337 = 69,473
        // inhabitants covered of the Hérault's 1,230,289 in 341 communes; France 68,952,941 in 34,969 communes.
        PortfolioReport report = PortfolioReport.compute(List.of(frontignan, sete, nimes), GEO, Optional.of("34"), DAY, 12);

        assertThat(report.populationByDepartement()).containsExactly(
                new PortfolioReport.PopulationCoverage("34", "Hérault", 1_230_289, 69_473, 341, 2));
        assertThat(report.populationByDepartement().get(0).sharePercent()).isEqualByComparingTo("5.6");
        assertThat(report.populationByCaf()).as("the Gard's Nîmes is a draft, and out of the report's scope")
                .containsExactly(new PortfolioReport.CafCoverage("34", Frontignan.CAF_NAME, 2, 2, 69_473, 1_230_289));
        assertThat(report.nationalPopulation()).isEqualTo(
                new PortfolioReport.PopulationCoverage("FR", "France", 68_952_941, 69_473, 34_969, 2));
        assertThat(report.nationalPopulation().sharePercent()).isEqualByComparingTo("0.1");
    }

    @Test
    void theEpcisNotCoveredLargestFirst() {
        PortfolioReport report = PortfolioReport.compute(List.of(frontignan, sete), GEO, Optional.of("34"), DAY, 12);

        // 17 EPCIs have a commune in the Hérault; Sète Agglopôle has two covered members, so it is not listed.
        assertThat(report.uncoveredEpcis()).hasSize(16).extracting(PortfolioReport.UncoveredEpci::siren)
                .doesNotContain("200066355").startsWith("243400017", "243400769");
        PortfolioReport.UncoveredEpci montpellier = report.uncoveredEpcis().get(0);
        assertThat(montpellier.name()).isEqualTo("Montpellier Méditerranée Métropole");
        assertThat(montpellier.population()).isEqualTo(522_542);
        assertThat(montpellier.departementCodes()).containsExactly("34");
        assertThat(report.uncoveredEpcis()).isSortedAccordingTo(
                java.util.Comparator.comparingLong(PortfolioReport.UncoveredEpci::population).reversed());
    }

    @Test
    void aCafCoveringCommunesBeyondItsDepartement() {
        // Nîmes 151,839 + Lunel 26,623 (Hérault) = 178,462 covered by the Gard's CAF, of the Gard's 770,940.
        ImmutableConvention acrossTheBorder = nimes.withTerritory(Territory.builder().addCommuneCodes("30189", "34145")
                .build()).withStage(Stage.SIGNED).withSignatureDate(LocalDate.of(2023, 2, 1));

        PortfolioReport national = PortfolioReport.compute(List.of(acrossTheBorder, frontignan), GEO, Optional.empty(),
                DAY, 12);

        assertThat(national.populationByCaf()).containsExactly(
                new PortfolioReport.CafCoverage("30", "CAF du Gard", 1, 2, 178_462, 770_940),
                new PortfolioReport.CafCoverage("34", Frontignan.CAF_NAME, 1, 1, 24_136, 1_230_289));
        assertThat(national.populationByDepartement()).hasSize(GEO.departements().size())
                .filteredOn(p -> p.code().equals("34")).singleElement()
                .extracting(PortfolioReport.PopulationCoverage::coveredPopulation).isEqualTo(26_623L + 24_136L);
        assertThat(national.nationalPopulation().coveredPopulation()).isEqualTo(178_462L + 24_136L);
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
