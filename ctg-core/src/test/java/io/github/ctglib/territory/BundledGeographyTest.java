package io.github.ctglib.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class BundledGeographyTest {

    private final Geography geography = Geography.bundled();

    @Test
    void isTheCog2026Vintage() {
        assertThat(geography.vintage()).isEqualTo("COG 2026");
    }

    @Test
    void isLoadedOnce() {
        assertThat(Geography.bundled()).isSameAs(geography);
    }

    @Test
    void holdsEveryCurrentCommuneEpciAndDepartement() {
        assertThat(geography.departements()).hasSize(109);
        assertThat(geography.epcis()).hasSize(1_255);
        int communes = geography.departements().stream()
                .mapToInt(d -> geography.communesOf(d.code()).size())
                .sum();
        assertThat(communes).isEqualTo(34_969);
    }

    @Test
    void findsFrontignan() {
        Commune frontignan = geography.commune("34108").orElseThrow();

        assertThat(frontignan.inseeCode()).isEqualTo("34108");
        assertThat(frontignan.name()).isEqualTo("Frontignan");
        assertThat(frontignan.departementCode()).isEqualTo("34");
        assertThat(frontignan.epciSiren()).isEqualTo("200066355");
        assertThat(frontignan.epci()).contains("200066355");
        assertThat(frontignan.population()).isEqualTo(24_136);
        assertThat(frontignan.sirenNumber()).contains("213401086");
    }

    @Test
    void findsSeteAgglopoleWithItsMembersOrdered() {
        Epci sete = geography.epci("200066355").orElseThrow();

        assertThat(sete.name()).isEqualTo("CA Sète Agglopôle Méditerranée");
        assertThat(sete.kind()).isEqualTo("CA");
        assertThat(sete.memberInseeCodes())
                .hasSize(14)
                .contains("34108", "34301")
                .isSorted();
    }

    @Test
    void findsHerault() {
        Departement herault = geography.departement("34").orElseThrow();

        assertThat(herault.name()).isEqualTo("Hérault");
        assertThat(herault.regionCode()).isEqualTo("76");
        assertThat(geography.communesOf("34"))
                .extracting(Commune::inseeCode)
                .contains("34108", "34172")
                .allMatch(code -> code.startsWith("34"));
    }

    @Test
    void knowsCorsica() {
        assertThat(geography.departement("2A").map(Departement::name)).contains("Corse-du-Sud");
        assertThat(geography.departement("2B").map(Departement::name)).contains("Haute-Corse");

        Commune ajaccio = geography.commune("2A004").orElseThrow();
        assertThat(ajaccio.name()).isEqualTo("Ajaccio");
        assertThat(ajaccio.departementCode()).isEqualTo("2A");
        assertThat(ajaccio.epciSiren()).isEqualTo("242010056");
        assertThat(geography.communesOf("2A")).contains(ajaccio);

        Commune bastia = geography.commune("2B033").orElseThrow();
        assertThat(bastia.name()).isEqualTo("Bastia");
        assertThat(bastia.departementCode()).isEqualTo("2B");
    }

    @Test
    void knowsOverseasCommunes() {
        Commune saintDenis = geography.commune("97411").orElseThrow();

        assertThat(saintDenis.name()).isEqualTo("Saint-Denis");
        assertThat(saintDenis.departementCode()).isEqualTo("974");
        assertThat(saintDenis.epciSiren()).isEqualTo("249740119");
        assertThat(geography.departement("974").map(Departement::name)).contains("La Réunion");
        assertThat(geography.communesOf("974")).hasSize(24).contains(saintDenis);
    }

    @Test
    void knowsCommunesOutsideAnyEpci() {
        Commune brehat = geography.commune("22016").orElseThrow();

        assertThat(brehat.name()).isEqualTo("Île-de-Bréhat");
        assertThat(brehat.epci()).isEmpty();
        assertThat(brehat.epciSiren()).isNull();
    }

    @Test
    void unknownCodesGiveEmptyResults() {
        assertThat(geography.commune("34999")).isEmpty();
        assertThat(geography.commune("34108 ")).isEmpty();
        assertThat(geography.commune("213401086")).isEmpty(); // Frontignan's SIREN is not an INSEE code
        assertThat(geography.epci("213401086")).isEmpty(); // a commune's SIREN is not an EPCI
        assertThat(geography.epci("34108")).isEmpty();
        assertThat(geography.departement("20")).isEmpty();
        assertThat(geography.departement("2a")).isEmpty();
        assertThat(geography.communesOf("20")).isEmpty();
    }

    @Test
    void rejectsNullCodes() {
        assertThatThrownBy(() -> geography.commune(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> geography.epci(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> geography.departement(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> geography.communesOf(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void collectionsAreOrderedAsDocumented() {
        assertThat(geography.departements()).extracting(Departement::code).isSorted()
                .startsWith("01", "02").endsWith("988", "989")
                .containsSubsequence("29", "2A", "2B", "30");
        assertThat(geography.epcis()).extracting(Epci::siren).isSorted();
        assertThat(geography.communesOf("34")).extracting(Commune::inseeCode).isSorted();
        assertThat(List.copyOf(geography.communesOf("2B"))).isSortedAccordingTo(Comparator.comparing(Commune::inseeCode));
    }

    @Test
    void collectionsAreUnmodifiable() {
        Commune any = geography.commune("34108").orElseThrow();
        Epci epci = geography.epci("200066355").orElseThrow();
        Departement departement = geography.departement("34").orElseThrow();

        assertThatThrownBy(() -> geography.communesOf("34").add(any))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> geography.communesOf("34").clear())
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> geography.communesOf("20").add(any))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> geography.epcis().remove(epci))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> geography.departements().remove(departement))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> epci.memberInseeCodes().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyRecordIsConsistent() {
        List<String> problems = new ArrayList<>();
        int members = 0;
        for (Epci epci : geography.epcis()) {
            if (!Siren.isWellFormed(epci.siren())) {
                problems.add("EPCI SIREN fails Luhn: " + epci.siren());
            }
            if (!epci.memberInseeCodes().stream().sorted().toList().equals(epci.memberInseeCodes())) {
                problems.add("members of " + epci.siren() + " not ordered");
            }
            for (String code : epci.memberInseeCodes()) {
                members++;
                if (!geography.commune(code).flatMap(Commune::epci).filter(epci.siren()::equals).isPresent()) {
                    problems.add("member " + code + " does not point back to " + epci.siren());
                }
            }
        }
        int withEpci = 0;
        for (Departement departement : geography.departements()) {
            for (Commune commune : geography.communesOf(departement.code())) {
                if (!InseeCode.isWellFormed(commune.inseeCode())
                        || !InseeCode.departementOf(commune.inseeCode()).equals(departement.code())
                        || !commune.departementCode().equals(departement.code())) {
                    problems.add("commune " + commune.inseeCode() + " misplaced in " + departement.code());
                }
                if (commune.epciSiren() != null) {
                    withEpci++;
                    if (!geography.epci(commune.epciSiren()).orElseThrow().memberInseeCodes()
                            .contains(commune.inseeCode())) {
                        problems.add("commune " + commune.inseeCode() + " missing from its EPCI");
                    }
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(members).isEqualTo(withEpci).isEqualTo(34_969 - 98);
    }

    @Test
    void sharesDepartementCodeInstances() {
        Commune frontignan = geography.commune("34108").orElseThrow();
        Commune sete = geography.commune("34301").orElseThrow();

        assertThat(frontignan.departementCode()).isSameAs(sete.departementCode());
        assertThat(frontignan.epciSiren()).isSameAs(geography.epci("200066355").orElseThrow().siren());
    }

    @Test
    void aMissingResourceIsAnIllegalStateNamingIt() {
        assertThatThrownBy(() -> BundledGeography.load("no-such-geography.txt.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/ctglib/territory/no-such-geography.txt.gz");
    }

    @Test
    void aResourceThatIsNotGzipIsAnIllegalStateNamingIt() {
        assertThatThrownBy(() -> BundledGeography.load("Siren.class"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/ctglib/territory/Siren.class");
    }

    @Test
    void aTruncatedResourceIsAnIllegalStateNamingIt() {
        // same header as the real resource, then one EPCI, one département and one commune only
        assertThatThrownBy(() -> BundledGeography.load("truncated-geography.txt.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/ctglib/territory/truncated-geography.txt.gz")
                .hasMessageContaining("truncated");
    }

    @Test
    void aWellFormedSmallResourceLoads() {
        // the same small file with counts matching its content: proves the truncation test fails for the right reason
        Geography small = BundledGeography.load("small-geography.txt.gz");

        assertThat(small.vintage()).isEqualTo("COG 2026");
        assertThat(small.commune("34108").map(Commune::name)).contains("Frontignan");
        assertThat(small.epci("200066355").map(Epci::memberInseeCodes)).contains(List.of("34108"));
        assertThat(small.commune("34108").flatMap(Commune::sirenNumber)).as("a version 1 file has no SIREN").isEmpty();
    }
}
