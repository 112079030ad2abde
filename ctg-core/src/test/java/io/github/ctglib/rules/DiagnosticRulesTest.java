package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableIndicator;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.GeographicScale;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CTG-DIAG-101: an indicator's territory is a code of its scale. */
class DiagnosticRulesTest {

    private static ImmutableIndicator.Builder indicator(GeographicScale scale) {
        return Indicator.builder().label("Taux de couverture global en accueil du jeune enfant")
                .value(new BigDecimal("56.8")).unit("places / 100 enfants de moins de 3 ans").referenceYear(2022)
                .source("Cnaf, data.caf.fr").dataset("txcouv_pe_com").scale(scale);
    }

    private static List<Violation> judge(Indicator indicator) {
        Convention c = ImmutableConvention.copyOf(Frontignan.draft())
                .withDiagnostic(Diagnostic.builder().addIndicators(Frontignan.draft().getDiagnostic().getIndicators()
                        .get(0), indicator).build());
        return ConventionValidator.standard().validate(c).stream()
                .filter(v -> v.code().equals(RuleCodes.INDICATOR_SCALE_TERRITORY)).toList();
    }

    @ParameterizedTest
    @CsvSource({"COMMUNE, 34108", "COMMUNE, 2A004", "EPCI, 200066355", "DEPARTEMENT, 34", "DEPARTEMENT, 2B",
        "DEPARTEMENT, 974"})
    void aCodeOfItsScaleIsAccepted(GeographicScale scale, String territory) {
        assertThat(judge(indicator(scale).territory(territory).build())).isEmpty();
    }

    @Test
    void theNationHasNoTerritoryCodeAndAnIndicatorWithoutScaleIsNotJudged() {
        assertThat(judge(indicator(GeographicScale.NATIONAL).build())).isEmpty();
        assertThat(judge(Indicator.builder().from(indicator(GeographicScale.EPCI).territory("quartier Nord").build())
                .scale(java.util.Optional.empty()).build())).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"COMMUNE, 200066355", "EPCI, 200066356", "EPCI, 34108", "DEPARTEMENT, 340", "NATIONAL, FR"})
    void anotherCodeIsRefusedWithItsPathAndBothMessages(GeographicScale scale, String territory) {
        List<Violation> violations = judge(indicator(scale).territory(territory).build());

        assertThat(violations).singleElement().satisfies(v -> {
            assertThat(v.path()).isEqualTo("diagnostic.indicators[1].territory");
            assertThat(v.isError()).isTrue();
            assertThat(v.messageEn()).contains("is of scale " + scale.name(), "'" + territory + "'");
            assertThat(v.messageFr()).contains("à l'échelle " + scale.name(), "« " + territory + " »");
        });
    }

    @Test
    void aScaleWithoutTerritoryIsRefused() {
        assertThat(judge(indicator(GeographicScale.COMMUNE).build())).singleElement()
                .extracting(Violation::messageEn).asString().contains("territory '—'");
    }
}
