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
    void theVintageYearIsReadFromTheVintage() {
        assertThat(geography.vintageYear()).hasValue(2026);
        assertThat(named("COG 2019").vintageYear()).hasValue(2019);
        assertThat(named("2024 (1er janvier)").vintageYear()).hasValue(2024);
        assertThat(named("COG 12026").vintageYear()).as("a longer number is not a year").isEmpty();
        assertThat(named("COG").vintageYear()).isEmpty();
    }

    @Test
    void anotherGeographyKnowsNoFormerCommuneUnlessItSaysSo() {
        assertThat(named("COG 2026").formerCommune("34330")).isEmpty();
        assertThat(named("COG 2026").formerCommunes()).isEmpty();
        assertThatThrownBy(() -> named("COG 2026").formerCommune(null)).isInstanceOf(NullPointerException.class);
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
    void knowsCommunesDelegueesByTheCommuneNouvelleTheyBelongTo() {
        // Vérargues merged with Saint-Christol into Entre-Vignes (34246), which kept Saint-Christol's code.
        FormerCommune verargues = geography.formerCommune("34330").orElseThrow();

        assertThat(geography.commune("34330")).isEmpty();
        assertThat(verargues.inseeCode()).isEqualTo("34330");
        assertThat(verargues.name()).isEqualTo("Vérargues");
        assertThat(verargues.kind()).isEqualTo(FormerCommune.Kind.DELEGUEE);
        assertThat(verargues.kind().term()).isEqualTo("commune déléguée");
        assertThat(verargues.commune()).isSameAs(geography.commune("34246").orElseThrow());
        assertThat(verargues.commune().name()).isEqualTo("Entre-Vignes");

        assertThat(geography.formerCommune("22151").map(f -> f.commune().name())).contains("Lamballe-Armor");
    }

    @Test
    void knowsCommunesAssociees() {
        // Fargniers is a commune associée of Tergnier (Aisne) since 1974; Escaufourt (02285, Aisne) one of
        // Saint-Souplet (59545, Nord): a former commune may belong to a commune of another département.
        FormerCommune fargniers = geography.formerCommune("02300").orElseThrow();
        assertThat(fargniers.name()).isEqualTo("Fargniers");
        assertThat(fargniers.kind()).isEqualTo(FormerCommune.Kind.ASSOCIEE);
        assertThat(fargniers.commune().inseeCode()).isEqualTo("02738");
        assertThat(fargniers.commune().name()).isEqualTo("Tergnier");

        assertThat(geography.formerCommune("02285").map(FormerCommune::commune).map(Commune::departementCode))
                .contains("59");
    }

    @Test
    void aChefLieuThatKeptItsCodeIsACurrentCommuneNotAFormerOne() {
        // 34246 was Saint-Christol's code; 22093 Lamballe's, now Lamballe-Armor's.
        assertThat(geography.commune("34246").map(Commune::name)).contains("Entre-Vignes");
        assertThat(geography.formerCommune("34246")).isEmpty();
        assertThat(geography.commune("22093").map(Commune::name)).contains("Lamballe-Armor");
        assertThat(geography.formerCommune("22093")).isEmpty();
        assertThat(geography.formerCommune("34999")).isEmpty();
        assertThat(geography.formerCommune("34108")).isEmpty();
    }

    @Test
    void everyFormerCommuneBelongsToACurrentOne() {
        List<String> problems = new ArrayList<>();
        for (FormerCommune former : geography.formerCommunes()) {
            if (!InseeCode.isWellFormed(former.inseeCode()) || geography.commune(former.inseeCode()).isPresent()) {
                problems.add("former commune " + former.inseeCode() + " is malformed or current");
            }
            if (!geography.commune(former.commune().inseeCode()).filter(former.commune()::equals).isPresent()) {
                problems.add("former commune " + former.inseeCode() + " belongs to no current commune");
            }
            if (!geography.formerCommune(former.inseeCode()).filter(former::equals).isPresent()) {
                problems.add("former commune " + former.inseeCode() + " not found by its code");
            }
        }
        assertThat(problems).isEmpty();
        assertThat(geography.formerCommunes()).hasSize(1_992).extracting(FormerCommune::inseeCode).isSorted();
        assertThat(geography.formerCommunes()).filteredOn(f -> f.kind() == FormerCommune.Kind.ASSOCIEE).hasSize(471);
        assertThatThrownBy(() -> geography.formerCommunes().clear()).isInstanceOf(UnsupportedOperationException.class);
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
        assertThatThrownBy(() -> geography.formerCommune(null)).isInstanceOf(NullPointerException.class);
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
        assertThat(small.commune("34108").flatMap(Commune::sirenNumber)).contains("213401086");
        assertThat(small.formerCommune("34330").map(f -> f.commune().name())).contains("Entre-Vignes");
        assertThat(small.formerCommunes()).hasSize(1);
    }

    @Test
    void aResourceOfAnEarlierFormatIsAnIllegalStateSayingHowToRebuildIt() {
        assertThatThrownBy(() -> BundledGeography.load("version-2-geography.txt.gz"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("io/github/ctglib/territory/version-2-geography.txt.gz")
                .hasMessageContaining("format version 2, expected 3")
                .hasMessageContaining("convert.py");
    }

    private static Geography named(String vintage) {
        return new Geography() {
            @Override
            public String vintage() {
                return vintage;
            }

            @Override
            public java.util.Optional<Commune> commune(String inseeCode) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Epci> epci(String siren) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Optional<Departement> departement(String code) {
                return java.util.Optional.empty();
            }

            @Override
            public java.util.Collection<Commune> communesOf(String departementCode) {
                return List.of();
            }

            @Override
            public java.util.Collection<Epci> epcis() {
                return List.of();
            }

            @Override
            public java.util.Collection<Departement> departements() {
                return List.of();
            }
        };
    }
}
