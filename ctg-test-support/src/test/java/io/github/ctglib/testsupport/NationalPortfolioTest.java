package io.github.ctglib.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class NationalPortfolioTest {

    private static List<Convention> portfolio;

    @BeforeAll
    static void generate() {
        portfolio = NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED);
    }

    @Test
    void oneConventionPerEpciCoveringEveryMemberCommune() {
        Geography geography = Geography.bundled();
        assertThat(portfolio).hasSize(geography.epcis().size());
        Set<String> covered = new HashSet<>();
        portfolio.forEach(c -> assertThat(covered.addAll(c.getTerritory().getCommuneCodes())).isTrue());
        int members = geography.epcis().stream().mapToInt(e -> e.memberInseeCodes().size()).sum();
        assertThat(covered).hasSize(members);
        assertThat(members).isGreaterThan(34_000);
    }

    @Test
    void sizesAreThoseOfRealConventions() {
        assertThat(portfolio).allSatisfy(c -> {
            assertThat(c.getActions().size()).isBetween(15, 30);
            assertThat(c.getDiagnostic().getIndicators().size()).isBetween(10, 20);
            assertThat(c.getSignatories().size()).isBetween(2, 50);
            assertThat(c.getGovernance().getMeetings()).isNotEmpty();
            assertThat(c.getActions()).allSatisfy(a -> assertThat(a.getIndicators().get(0).getMeasurements()).isNotEmpty());
        });
        assertThat(portfolio.stream().mapToInt(c -> c.getSignatories().size()).max().orElseThrow()).isEqualTo(50);
    }

    @Test
    void everyConventionPassesValidation() {
        ConventionValidator validator = ConventionValidator.withGeography(Geography.bundled());
        assertThat(portfolio).allSatisfy(c -> assertThat(validator.validate(c)).filteredOn(Violation::isError)
                .as(c.getId()).isEmpty());
    }

    @Test
    void theSameSeedGivesTheSamePortfolioAndAnotherSeedAnother() {
        assertThat(NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED)).isEqualTo(portfolio);
        assertThat(NationalPortfolio.generate(7L).get(0)).isNotEqualTo(portfolio.get(0));
    }

    @Test
    void eachConventionListsEquipmentInProportionToItsPopulation() {
        Geography geography = Geography.bundled();
        for (Convention c : portfolio) {
            long population = c.getTerritory().getCommuneCodes().stream().map(geography::commune)
                    .flatMap(java.util.Optional::stream).mapToLong(io.github.ctglib.territory.Commune::population).sum();
            long eaje = c.getEquipment().stream()
                    .filter(e -> e.getKind() == io.github.ctglib.equipment.EquipmentKind.MULTI_ACCUEIL).count();
            assertThat(eaje).as(c.getId()).isEqualTo(Math.min(population / 6_000, 400));
            assertThat(c.getEquipment()).as(c.getId()).isNotEmpty().hasSizeLessThanOrEqualTo(400)
                    .allSatisfy(e -> assertThat(c.getTerritory().getCommuneCodes()).contains(e.getCommuneCode()));
        }
        long total = portfolio.stream().mapToLong(c -> c.getEquipment().size()).sum();
        assertThat(total).isBetween(30_000L, 60_000L);
    }
}
