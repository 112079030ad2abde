package io.github.ctglib.opendata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.territory.GeographicScale;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each loader on its fixture (illustrative figures, see fixtures/README.md), traps included. */
class OpenDataLoadersTest {

    private static final Geography GEO = Geography.bundled();

    /** Frontignan (24,136 inhabitants) and Balaruc-les-Bains (7,139), of CA Sète Agglopôle, no EPCI declared. */
    private static final Convention TWO_COMMUNES = SampleConventions.variant("ctg-34-thau")
            .communes("34108", "34023").build();
    /** The same with Bouzigues and the EPCI declared. */
    private static final Convention WITH_EPCI = SampleConventions.variant("ctg-34-agglo")
            .communes("34108", "34023", "34039").epci("200066355").build();

    @TempDir
    Path dir;

    private static LoadResult load(Convention c, OptionalInt year, String... files) throws IOException {
        return OpenDataLoaders.load(java.util.Arrays.stream(files).map(Fixtures::file).toList(), c, GEO, year);
    }

    private static Optional<Indicator> find(LoadResult result, String label, String territory) {
        return result.indicators().stream().filter(i -> i.getLabel().equals(label))
                .filter(i -> i.getTerritory().equals(Optional.ofNullable(territory))).findFirst();
    }

    @Test
    void coverageByCommuneFallsBackOnTheEpciForACommuneOfTenThousandInhabitantsOrFewer() throws IOException {
        LoadResult result = load(TWO_COMMUNES, OptionalInt.empty(), "txcouv_pe_com.csv", "txcouv_pe_epci.csv");

        Indicator frontignan = find(result, "Taux de couverture global en accueil du jeune enfant", "34108").orElseThrow();
        assertThat(frontignan.getValue()).isEqualByComparingTo("56.8");
        assertThat(frontignan.getReferenceYear()).as("the latest year of the file").isEqualTo(2022);
        assertThat(frontignan.getUnit()).isEqualTo("places / 100 enfants de moins de 3 ans");
        assertThat(frontignan.getSource()).isEqualTo("Cnaf, data.caf.fr");
        assertThat(frontignan.getDataset()).contains("txcouv_pe_com");
        assertThat(frontignan.getSourceUrl()).contains("https://data.caf.fr/explore/dataset/txcouv_pe_com/");
        assertThat(frontignan.getScale()).contains(GeographicScale.COMMUNE);
        assertThat(result.indicators()).filteredOn(i -> i.getTerritory().equals(Optional.of("34108"))).hasSize(8)
                .extracting(Indicator::getLabel).contains("Taux de couverture par les assistants maternels",
                        "Taux de couverture en accueil collectif hors PSU");

        assertThat(result.indicators()).noneMatch(i -> i.getTerritory().equals(Optional.of("34023")));
        Indicator agglo = find(result, "Taux de couverture global en accueil du jeune enfant", "200066355").orElseThrow();
        assertThat(agglo.getValue()).isEqualByComparingTo("55.6");
        assertThat(agglo.getReferenceYear()).isEqualTo(2023);
        assertThat(agglo.getScale()).contains(GeographicScale.EPCI);
        assertThat(agglo.getDataset()).contains("txcouv_pe_epci");
        assertThat(result.indicators()).as("Montpellier's EPCI is not the territory's")
                .noneMatch(i -> i.getTerritory().equals(Optional.of("243400017")));

        assertThat(result.skipped()).extracting(Skipped::reason, Skipped::territory).containsExactlyInAnyOrder(
                tuple(SkipReason.PLACEHOLDER_ROW, "XXXXX"), tuple(SkipReason.PLACEHOLDER_ROW, "XXX"),
                tuple(SkipReason.COMMUNE_SCALE_NOT_PUBLISHED, "34023"));
        assertThat(result.skipped()).filteredOn(s -> s.reason() == SkipReason.COMMUNE_SCALE_NOT_PUBLISHED)
                .singleElement().extracting(Skipped::detail).isEqualTo("commune 34023 is not in txcouv_pe_com, which"
                        + " covers only communes of more than 10,000 inhabitants: the figures of its EPCI 200066355 are used");
        assertThat(result.skipped()).filteredOn(s -> s.reason() == SkipReason.PLACEHOLDER_ROW)
                .extracting(Skipped::line).containsExactlyInAnyOrder(6, 5);
        assertThat(result.files()).extracting(LoadResult.FileRead::dataset)
                .containsExactly("txcouv_pe_com", "txcouv_pe_epci");
    }

    @Test
    void withoutTheEpciFileTheFallbackIsSuggested() throws IOException {
        LoadResult result = load(TWO_COMMUNES, OptionalInt.empty(), "txcouv_pe_com.csv");

        assertThat(result.skipped()).filteredOn(s -> s.reason() == SkipReason.COMMUNE_SCALE_NOT_PUBLISHED)
                .singleElement().extracting(Skipped::detail).asString()
                .endsWith(": give txcouv_pe_epci to use those of its EPCI 200066355");
    }

    @Test
    void theCurrentSeriesWinsOverTheHistorySeriesOnTheYearTheyShare() throws IOException {
        LoadResult result = load(WITH_EPCI, OptionalInt.of(2022), "txcouv_pe_epci_hist.csv", "txcouv_pe_epci.csv");

        Indicator global = find(result, "Taux de couverture global en accueil du jeune enfant", "200066355").orElseThrow();
        assertThat(global.getValue()).as("the current series' 2022").isEqualByComparingTo("54.9");
        assertThat(global.getDataset()).contains("txcouv_pe_epci");
        Skipped superseded = result.skipped().stream()
                .filter(s -> s.reason() == SkipReason.SUPERSEDED_BY_CURRENT_SERIES).findFirst().orElseThrow();
        assertThat(superseded.territory()).isEqualTo("200066355");
        assertThat(superseded.line()).isEqualTo(4);
        assertThat(superseded.detail()).isEqualTo("2022 is also in the current series txcouv_pe_epci.csv, which is kept;"
                + " they disagree: txcouv_epci 54.9 (current) / 54.6 (_hist), txcouv_am_ind_epci 27.5 (current) / 27.2"
                + " (_hist), txcouv_ind_epci 28.2 (current) / 27.9 (_hist)");
        assertThat(result.files()).extracting(LoadResult.FileRead::history).containsExactly(true, false);

        LoadResult older = load(WITH_EPCI, OptionalInt.of(2021), "txcouv_pe_epci_hist.csv", "txcouv_pe_epci.csv");
        assertThat(find(older, "Taux de couverture global en accueil du jeune enfant", "200066355").orElseThrow()
                .getValue()).as("2021 is in the history series only").isEqualByComparingTo("53.9");
    }

    @Test
    void aYearTheFileDoesNotHaveIsSaid() throws IOException {
        LoadResult result = load(WITH_EPCI, OptionalInt.of(2019), "txcouv_pe_epci.csv");

        assertThat(result.indicators()).isEmpty();
        assertThat(result.skipped()).filteredOn(s -> s.reason() == SkipReason.NOT_IN_FILE).extracting(Skipped::detail)
                .containsExactly("txcouv_pe_epci has no row for 200066355 in 2019 (it has [2022, 2023])");
    }

    @Test
    void departementAndNationalCoverageTheNationalYearBeingADate() throws IOException {
        LoadResult result = load(TWO_COMMUNES, OptionalInt.empty(), "txcouv_pe_dep.csv", "txcouv_pe_nat.csv");

        Indicator herault = find(result, "Taux de couverture global en accueil du jeune enfant", "34").orElseThrow();
        assertThat(herault.getValue()).isEqualByComparingTo("57.9");
        assertThat(herault.getScale()).contains(GeographicScale.DEPARTEMENT);
        assertThat(result.indicators()).noneMatch(i -> i.getTerritory().equals(Optional.of("30")));
        Indicator france = find(result, "Taux de couverture global en accueil du jeune enfant", null).orElseThrow();
        assertThat(france.getValue()).isEqualByComparingTo("60.5");
        assertThat(france.getReferenceYear()).isEqualTo(2022);
        assertThat(france.getScale()).contains(GeographicScale.NATIONAL);
        assertThat(france.getDataset()).contains("txcouv_pe_nat");
        assertThat(result.skipped()).extracting(Skipped::reason, Skipped::territory)
                .containsExactly(tuple(SkipReason.PLACEHOLDER_ROW, "XX"));
    }

    @Test
    void placesByEpci() throws IOException {
        LoadResult result = load(WITH_EPCI, OptionalInt.empty(), "nbpla_pe_epci.csv");

        assertThat(result.indicators()).extracting(Indicator::getLabel, Indicator::getValue, Indicator::getUnit)
                .containsExactly(
                        tuple("Places en établissements d'accueil du jeune enfant (EAJE)", new BigDecimal("1061"), "places"),
                        tuple("Places en accueil collectif financé par la PSU", new BigDecimal("917"), "places"),
                        tuple("Places chez les assistants maternels", new BigDecimal("1210"), "places"),
                        tuple("Offre totale d'accueil du jeune enfant", new BigDecimal("2431"), "places"));
        assertThat(result.indicators()).allSatisfy(i -> {
            assertThat(i.getDataset()).contains("nbpla_pe_epci");
            assertThat(i.getReferenceYear()).isEqualTo(2023);
            assertThat(i.getTerritory()).contains("200066355");
        });
    }

    @Test
    void householdsReceivingBenefitsByCommune() throws IOException {
        LoadResult result = load(TWO_COMMUNES, OptionalInt.empty(), "s_ben_com_f.csv");

        Indicator households = find(result, "Foyers allocataires (droit versable)", "34108").orElseThrow();
        assertThat(households.getValue()).isEqualByComparingTo("5398");
        assertThat(households.getReferenceYear()).as("from 'Date référence' 2022-12-31").isEqualTo(2022);
        assertThat(households.getUnit()).isEqualTo("foyers");
        assertThat(households.getDataset()).contains("s_ben_com_f");
        assertThat(find(result, "Personnes couvertes par les prestations (droit versable)", "34023").orElseThrow()
                .getValue()).isEqualByComparingTo("3088");
        assertThat(find(result, "Foyers bénéficiaires — RSA", "34108").orElseThrow().getValue())
                .isEqualByComparingTo("1067");
        assertThat(result.indicators()).as("amounts are not read").noneMatch(i -> i.getLabel().contains("Montant"))
                .hasSize(12);
        assertThat(result.skipped()).extracting(Skipped::reason).containsExactly(SkipReason.PLACEHOLDER_ROW);
    }

    @Test
    void populationByAgeSumsTheIrisOfACommune() throws IOException {
        LoadResult result = load(TWO_COMMUNES, OptionalInt.empty(), "base-ic-evol-struct-pop-2021.csv");

        // Hand sums of the fixture: 2612.4 + 2875.9 + 3050.2 = 8538.5 → 8539; 231.045663 → 231.
        assertThat(find(result, "Population", "34108").orElseThrow().getValue()).isEqualByComparingTo("8539");
        assertThat(find(result, "Population de 0 à 2 ans", "34108").orElseThrow().getValue()).isEqualByComparingTo("231");
        assertThat(find(result, "Population de 3 à 5 ans", "34108").orElseThrow().getValue()).isEqualByComparingTo("247");
        assertThat(find(result, "Population de 80 ans ou plus", "34108").orElseThrow().getValue())
                .isEqualByComparingTo("730");
        assertThat(find(result, "Population", "34023").orElseThrow().getValue()).isEqualByComparingTo("7098");
        Indicator young = find(result, "Population de 0 à 2 ans", "34023").orElseThrow();
        assertThat(young.getValue()).isEqualByComparingTo("187");
        assertThat(young.getReferenceYear()).isEqualTo(2021);
        assertThat(young.getSource()).isEqualTo("Insee, recensement de la population 2021");
        assertThat(young.getDataset()).contains("base-ic-evol-struct-pop-2021");
        assertThat(young.getSourceUrl()).contains("https://www.insee.fr/fr/statistiques/8268806");
        assertThat(result.indicators()).as("the total and the ten fine bands, for two communes").hasSize(22);
    }

    @Test
    void povertyRateByCommuneAndEpciWithItsSecrets() throws IOException {
        LoadResult result = load(WITH_EPCI, OptionalInt.empty(), "cc_filosofi_2021_COM.csv", "cc_filosofi_2021_EPCI.csv");

        String rate = "Taux de pauvreté (seuil à 60 % du niveau de vie médian)";
        Indicator frontignan = find(result, rate, "34108").orElseThrow();
        assertThat(frontignan.getValue()).isEqualByComparingTo("17.4");
        assertThat(frontignan.getUnit()).isEqualTo("%");
        assertThat(frontignan.getReferenceYear()).isEqualTo(2021);
        assertThat(frontignan.getDataset()).contains("Filosofi 2021");
        assertThat(find(result, "Médiane du niveau de vie", "34108").orElseThrow().getValue())
                .isEqualByComparingTo("21180");
        assertThat(find(result, rate, "200066355").orElseThrow().getScale()).contains(GeographicScale.EPCI);
        assertThat(find(result, rate, "34039")).as("secret").isEmpty();
        assertThat(find(result, "Médiane du niveau de vie", "34039")).isPresent();
        assertThat(result.skipped()).extracting(Skipped::reason, Skipped::territory, Skipped::line)
                .containsExactly(tuple(SkipReason.NO_VALUE, "34039", 5));
        assertThat(result.indicators()).noneMatch(i -> i.getTerritory().equals(Optional.of("34301")));
    }

    @Test
    void everyIndicatorOfEveryFixtureIsOneTheModelAccepts() throws IOException {
        LoadResult all = load(WITH_EPCI, OptionalInt.empty(), "txcouv_pe_com.csv", "txcouv_pe_epci.csv",
                "txcouv_pe_epci_hist.csv", "txcouv_pe_dep.csv", "txcouv_pe_nat.csv", "nbpla_pe_epci.csv",
                "s_ben_com_f.csv", "base-ic-evol-struct-pop-2021.csv", "cc_filosofi_2021_COM.csv",
                "cc_filosofi_2021_EPCI.csv");
        Convention recorded = io.github.ctglib.convention.ImmutableConvention.copyOf(WITH_EPCI).withDiagnostic(
                DiagnosticUpdate.of(WITH_EPCI.getDiagnostic(), all.indicators()).diagnostic());

        assertThat(all.indicators()).hasSizeGreaterThan(60);
        assertThat(io.github.ctglib.rules.ConventionValidator.withGeography(GEO).validate(recorded))
                .filteredOn(v -> v.path().startsWith("diagnostic")).isEmpty();
    }

    @Test
    void aFileCtgDoesNotKnowIsRefusedNamingIt() throws IOException {
        Path unknown = Files.writeString(dir.resolve("export.csv"), "code;valeur\n34108;12\n");

        assertThatThrownBy(() -> OpenDataLoaders.load(List.of(Fixtures.file("txcouv_pe_com.csv"), unknown),
                TWO_COMMUNES, GEO, OptionalInt.empty()))
                .isInstanceOfSatisfying(OpenDataException.class, e -> assertThat(e.line()).isEqualTo(1))
                .hasMessageStartingWith(unknown + ":1: a file ctg does not know (header: code;valeur)");
    }

    @Test
    void aCellThatIsNotANumberIsNamedByLineAndColumn() throws IOException {
        Path bad = Files.writeString(dir.resolve("txcouv_pe_epci.csv"),
                "annee;numepci;txcouv_epci;txcouv_eaje_epci\n2023;200066355;55,6;24,3\n2023;243400017;61,2;2 4,3,1\n",
                StandardCharsets.UTF_8);
        Path badYear = Files.writeString(dir.resolve("nbpla.csv"), "annee;numepci;tot_offre_epci\n23;200066355;12\n");

        assertThatThrownBy(() -> OpenDataLoaders.load(List.of(bad), WITH_EPCI, GEO, OptionalInt.empty()))
                .isInstanceOfSatisfying(OpenDataException.class, e -> {
                    assertThat(e.line()).isEqualTo(3);
                    assertThat(e.column()).isEqualTo(4);
                }).hasMessageContaining("column txcouv_eaje_epci holds \"2 4,3,1\", which is not a number");
        assertThatThrownBy(() -> OpenDataLoaders.load(List.of(badYear), WITH_EPCI, GEO, OptionalInt.empty()))
                .hasMessage(badYear + ":2:1: column annee holds \"23\", which is neither a year (2022) nor a date"
                        + " (2022-01-01, 01/01/2022)");
    }
}
