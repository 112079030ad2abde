package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.report.PortfolioReport.CafCoverage;
import io.github.ctglib.report.PortfolioReport.PopulationCoverage;
import io.github.ctglib.report.PortfolioReport.UncoveredEpci;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The report's population coverage on the national portfolio (one signed CTG per EPCI, validity of five years from
 * 2021 to 2025), against figures computed by hand: from Etalab's communes.json for the totals, and here, from the
 * conventions' years and the EPCIs' members, without the report's code.
 */
class NationalCoverageTest {

    private static final Geography GEO = Geography.bundled();
    private static List<Convention> portfolio;

    @BeforeAll
    static void generate() {
        portfolio = NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED);
    }

    @Test
    void whenEveryConventionIsInForceAllButTheCommunesOutsideAnyEpciAreCovered() {
        // Every validity, [1 Jan start, 31 Dec start+4] with start in 2021..2025, holds 1 June 2025.
        PortfolioReport report = PortfolioReport.compute(portfolio, GEO, Optional.empty(), LocalDate.of(2025, 6, 1), 12);

        // Hand computation (python over Etalab 6.0.0): 34,969 current communes, 68,952,941 inhabitants; the 98
        // communes outside any EPCI (Bréhat, Sein, Ouessant, L'Île-d'Yeu, overseas collectivités…) 608,578.
        assertThat(report.nationalPopulation()).isEqualTo(new PopulationCoverage("FR", "France", 68_952_941,
                68_952_941 - 608_578, 34_969, 34_969 - 98));
        assertThat(report.nationalPopulation().sharePercent()).isEqualByComparingTo("99.1");
        assertThat(report.uncoveredEpcis()).isEmpty();
        assertThat(report.populationByCaf().stream().mapToLong(CafCoverage::coveredPopulation).sum())
                .as("each EPCI's CTG is led by one CAF").isEqualTo(68_952_941 - 608_578);
        assertThat(report.populationByCaf().stream().mapToInt(CafCoverage::conventionsInForce).sum()).isEqualTo(1_255);
    }

    @Test
    void onADayOnlyPartOfThePortfolioIsInForce() {
        LocalDate day = LocalDate.of(2027, 6, 1); // conventions that started in 2023, 2024 or 2025
        PortfolioReport report = PortfolioReport.compute(portfolio, GEO, Optional.empty(), day, 12);

        long covered = 0;
        int coveredCommunes = 0;
        Map<String, Long> byCaf = new HashMap<>();
        Map<String, Long> uncoveredEpcis = new HashMap<>();
        for (Convention c : portfolio) {
            Epci epci = GEO.epci(c.getTerritory().getEpciSirens().first()).orElseThrow();
            long population = epci.memberInseeCodes().stream().map(GEO::commune).map(Optional::orElseThrow)
                    .mapToLong(Commune::population).sum();
            if (c.getValidity().getFrom().getYear() >= 2023) {
                covered += population;
                coveredCommunes += epci.memberInseeCodes().size();
                byCaf.merge(c.getCaf().getDepartementCode(), population, Long::sum);
            } else {
                uncoveredEpcis.put(epci.siren(), population);
            }
        }

        assertThat(report.nationalPopulation().coveredPopulation()).isEqualTo(covered);
        assertThat(report.nationalPopulation().coveredCommunes()).isEqualTo(coveredCommunes);
        assertThat(report.nationalPopulation().population()).isEqualTo(68_952_941);
        assertThat(report.populationByDepartement().stream().mapToLong(PopulationCoverage::coveredPopulation).sum())
                .isEqualTo(covered);
        assertThat(report.populationByCaf()).allSatisfy(caf -> assertThat(caf.coveredPopulation())
                .as(caf.departementCode()).isEqualTo(byCaf.get(caf.departementCode())));
        assertThat(report.populationByCaf()).hasSize(byCaf.size());
        assertThat(report.uncoveredEpcis()).extracting(UncoveredEpci::siren)
                .containsExactlyInAnyOrderElementsOf(uncoveredEpcis.keySet());
        assertThat(report.uncoveredEpcis()).allSatisfy(e -> assertThat(e.population())
                .isEqualTo(uncoveredEpcis.get(e.siren())));
        String largest = uncoveredEpcis.entrySet().stream().max(Map.Entry.<String, Long>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder()))).orElseThrow().getKey();
        assertThat(report.uncoveredEpcis().get(0).siren()).isEqualTo(largest);
        assertThat(covered).as("the day is one where part of the portfolio is in force")
                .isBetween(1L, 68_952_941L - 608_578 - 1);
    }
}
