package io.github.ctglib.opendata;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Need;
import io.github.ctglib.examples.Frontignan;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticUpdateTest {

    private static Indicator coverage(String territory, int year, String value) {
        return Indicator.builder().label("Taux de couverture global en accueil du jeune enfant")
                .value(new BigDecimal(value)).unit("places / 100 enfants de moins de 3 ans").referenceYear(year)
                .source("Cnaf, data.caf.fr").territory(territory).dataset("txcouv_pe_com").build();
    }

    @Test
    void sameLabelTerritoryYearAndDatasetIsReplacedOthersAreAdded() {
        Indicator handWritten = Frontignan.draft().getDiagnostic().getIndicators().get(0);
        Indicator old2022 = coverage("34108", 2022, "55.0");
        Indicator same2021 = coverage("34108", 2021, "55.2");
        Diagnostic existing = Diagnostic.builder().addIndicators(handWritten, old2022, same2021)
                .addNeed(Need.of(Frontignan.EARLY_CHILDHOOD, "Manque de places")).build();

        Indicator new2022 = coverage("34108", 2022, "56.8");
        Indicator sete = coverage("34301", 2022, "51.4");
        DiagnosticUpdate update = DiagnosticUpdate.of(existing, List.of(new2022, same2021, sete));

        assertThat(update.diagnostic().getIndicators()).containsExactly(handWritten, new2022, same2021, sete);
        assertThat(update.diagnostic().getNeeds()).isEqualTo(existing.getNeeds());
        assertThat(update.added()).containsExactly(sete);
        assertThat(update.updated()).containsExactly(new2022);
        assertThat(update.unchanged()).containsExactly(same2021);
        assertThat(update.changes()).isTrue();
    }

    @Test
    void anotherDatasetIsAnotherIndicator() {
        Indicator fromCom = coverage("34108", 2022, "56.8");
        Indicator fromOther = Indicator.builder().from(fromCom).dataset("txcouv_pe_epci").build();

        DiagnosticUpdate update = DiagnosticUpdate.of(Diagnostic.builder().addIndicators(fromCom).build(),
                List.of(fromOther));

        assertThat(update.added()).containsExactly(fromOther);
        assertThat(DiagnosticUpdate.of(update.diagnostic(), List.of(fromCom, fromOther)).changes()).isFalse();
    }
}
