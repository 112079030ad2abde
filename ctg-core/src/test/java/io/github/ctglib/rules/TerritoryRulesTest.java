package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.Geography;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The territory against the bundled 2026 geography, each check accepting and rejecting. */
class TerritoryRulesTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.withGeography(Geography.bundled());
    private static final ImmutableConvention FRONTIGNAN = ImmutableConvention.copyOf(Frontignan.draft());

    @Test
    void frontignanMatchesTheGeography() {
        assertThat(VALIDATOR.validate(FRONTIGNAN)).isEmpty();
    }

    @Test
    void communeCodesMustExistInTheVintage() {
        List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(
                Territory.builder().addCommuneCodes("34108", "34999").build()));
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.COMMUNE_UNKNOWN, "territory.communeCodes[1]"));
        assertThat(violations.get(0).messageEn()).contains("34999", "COG 2026");
    }

    @Test
    void theEpciMustExist() {
        // 213401086 (the commune of Frontignan's own SIREN) has a valid checksum but names no EPCI.
        assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCode("34108")
                .addEpciSiren("213401086").build()))).extracting(Violation::code, Violation::path)
                .contains(tuple(RuleCodes.EPCI_UNKNOWN, "territory.epciSiren"));
    }

    @Test
    void communesMustBelongToTheDeclaredEpci() {
        // Sète (34301) belongs to Sète Agglopôle; Montpellier (34172) does not.
        assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCodes("34108", "34301")
                .addEpciSiren(Frontignan.EPCI).build()))).isEmpty();
        assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCodes("34108", "34172")
                .addEpciSiren(Frontignan.EPCI).build()))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.COMMUNE_OUTSIDE_EPCI, "territory.communeCodes[1]"));
    }

    @Test
    void aCommuneOutsideTheCafsDepartementIsAWarning() {
        // Nîmes (30189, Gard) sorts first among the communes.
        List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(
                Territory.builder().addCommuneCodes("34108", "30189").build()));
        assertThat(violations).extracting(Violation::code, Violation::path, Violation::severity)
                .containsExactly(tuple(RuleCodes.CAF_DEPARTEMENT_MISMATCH, "territory.communeCodes[0]",
                        Severity.WARNING));
        assertThat(ConventionValidator.hasErrors(violations)).isFalse();
    }

    @Test
    void theCafsDepartementMustExist() {
        assertThat(VALIDATOR.validate(FRONTIGNAN.withCaf(Caf.of("CAF de l'Hérault", "96"))))
                .extracting(Violation::code, Violation::path)
                .contains(tuple(RuleCodes.DEPARTEMENT_UNKNOWN, "caf.departementCode"));
    }
}
