package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Departement;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** The territory against the bundled 2026 geography, each check accepting and rejecting, on real codes. */
class TerritoryRulesTest {

    private static final Geography GEOGRAPHY = Geography.bundled();
    private static final ConventionValidator VALIDATOR = ConventionValidator.withGeography(GEOGRAPHY);
    private static final ImmutableConvention FRONTIGNAN = ImmutableConvention.copyOf(Frontignan.draft());
    private static final Set<String> TERRITORY_CODES = TerritoryRules.ALL.stream().map(Rule::code)
            .collect(Collectors.toSet());

    /** CA Hérault-Méditerranée (Agde, Pézenas…), Sète Agglopôle's neighbour to the west. */
    private static final String HERAULT_MEDITERRANEE = "243400819";
    private static final String MONTPELLIER_METROPOLE = "243400017";
    /** CA Guingamp-Paimpol Agglomération, on the coast facing Île-de-Bréhat. */
    private static final String GUINGAMP_PAIMPOL = "200067981";
    private static final String BREHAT = "22016";

    /** What the territory rules alone say (the rest of the Frontignan convention is not at stake here). */
    private static List<Violation> territoryViolations(Convention c) {
        return VALIDATOR.validate(c).stream().filter(v -> TERRITORY_CODES.contains(v.code())).toList();
    }

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
                .containsExactly(tuple(RuleCodes.EPCI_UNKNOWN, "territory.epciSirens[0]"));
    }

    @Test
    void eachEpciMustExistAndIsNamedByItsPlaceInTheSortedSet() {
        List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder()
                .addCommuneCode("34108").addEpciSirens("213401086", Frontignan.EPCI).build()));
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.EPCI_UNKNOWN, "territory.epciSirens[1]"));
        assertThat(violations.get(0).messageEn()).contains("213401086", "COG 2026");
        assertThat(violations.get(0).messageFr()).contains("213401086", "COG 2026");
    }

    @Test
    void communesMustBelongToTheDeclaredEpci() {
        // Sète (34301) belongs to Sète Agglopôle; Montpellier (34172) does not.
        assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCodes("34108", "34301")
                .addEpciSiren(Frontignan.EPCI).build()))).isEmpty();
        List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder()
                .addCommuneCodes("34108", "34172").addEpciSiren(Frontignan.EPCI).build()));
        assertThat(violations).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.COMMUNE_OUTSIDE_EPCI, "territory.communeCodes[1]"));
        assertThat(violations.get(0).messageEn()).contains("34172", "Montpellier", "Montpellier Méditerranée Métropole",
                MONTPELLIER_METROPOLE, "CA Sète Agglopôle Méditerranée (200066355)");
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

    /** A territory over several EPCIs: a PETR-like pair of neighbours, a whole département. */
    @Nested
    class SeveralEpcis {

        /** Agde and Pézenas (Hérault-Méditerranée); Frontignan, Marseillan and Sète (Sète Agglopôle). */
        private final Territory petr = Territory.builder().addCommuneCodes("34003", "34199", "34108", "34150", "34301")
                .addEpciSirens(Frontignan.EPCI, HERAULT_MEDITERRANEE).build();

        @Test
        void thePetrsCommunesAreMembersOfItsTwoEpcisInTheGeography() {
            assertThat(petr.getCommuneCodes()).extracting(code -> GEOGRAPHY.commune(code).orElseThrow().epciSiren())
                    .containsExactly(HERAULT_MEDITERRANEE, Frontignan.EPCI, Frontignan.EPCI, HERAULT_MEDITERRANEE,
                            Frontignan.EPCI);
        }

        @Test
        void aTerritoryOverTwoNeighbouringEpcisIsAccepted() {
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(petr))).isEmpty();
        }

        @Test
        void aCommuneOfAnUndeclaredEpciIsRejectedNamingItsEpciAndTheDeclaredOnes() {
            // Montpellier (34172) sorts fourth: 34003, 34108, 34150, 34172, 34199, 34301.
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(
                    Territory.builder().from(petr).addCommuneCode("34172").build()));
            assertThat(violations).extracting(Violation::code, Violation::path, Violation::severity)
                    .containsExactly(tuple(RuleCodes.COMMUNE_OUTSIDE_EPCI, "territory.communeCodes[3]", Severity.ERROR));
            assertThat(violations.get(0).messageEn()).isEqualTo("The commune 34172 (Montpellier) belongs to"
                    + " Montpellier Méditerranée Métropole (243400017), which is not among the territory's EPCIs"
                    + " (CA Sète Agglopôle Méditerranée (200066355), CA Hérault-Méditerranée (243400819)): add 243400017"
                    + " to the territory's EPCIs or remove the commune.");
            assertThat(violations.get(0).messageFr()).contains("34172", "Montpellier Méditerranée Métropole (243400017)",
                    "CA Sète Agglopôle Méditerranée (200066355), CA Hérault-Méditerranée (243400819)",
                    "ajoutez 243400017 aux EPCI du territoire");
        }

        @Test
        void declaringTheThirdEpciAcceptsItsCommune() {
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().from(petr).addCommuneCode("34172")
                    .addEpciSiren(MONTPELLIER_METROPOLE).build()))).isEmpty();
        }

        @Test
        void anUnknownSirenAmongTheDeclaredOnesLeavesTheOthersChecked() {
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().from(petr)
                    .addEpciSiren("213401086").addCommuneCode("34172").build()));
            assertThat(violations).extracting(Violation::code, Violation::path).containsExactly(
                    tuple(RuleCodes.EPCI_UNKNOWN, "territory.epciSirens[1]"),
                    tuple(RuleCodes.COMMUNE_OUTSIDE_EPCI, "territory.communeCodes[3]"));
            assertThat(violations.get(1).messageEn()).contains("213401086, CA Hérault-Méditerranée (243400819)");
        }

        @Test
        void aWholeDepartementWithAllItsEpcisIsAccepted() {
            Convention belfort = departementWide("90", Set.of());
            assertThat(belfort.getTerritory().getCommuneCodes()).hasSize(101);
            assertThat(belfort.getTerritory().getEpciSirens()).hasSize(3);
            assertThat(VALIDATOR.validate(belfort)).isEmpty();
        }

        @Test
        void aWholeDepartementMissingOneOfItsEpcisHasEachCommuneOfThatEpciRejected() {
            String vosgesDuSud = "200069060";
            assertThat(GEOGRAPHY.epci(vosgesDuSud).map(Epci::name)).contains("CC des Vosges du Sud");
            List<String> itsCommunes = GEOGRAPHY.communesOf("90").stream()
                    .filter(commune -> vosgesDuSud.equals(commune.epciSiren())).map(Commune::inseeCode).toList();
            assertThat(itsCommunes).hasSize(22);

            Convention belfort = departementWide("90", Set.of(vosgesDuSud));
            List<Violation> violations = VALIDATOR.validate(belfort);
            assertThat(violations).extracting(Violation::code).containsOnly(RuleCodes.COMMUNE_OUTSIDE_EPCI);
            List<String> codes = new ArrayList<>(belfort.getTerritory().getCommuneCodes());
            assertThat(violations).extracting(Violation::path)
                    .containsExactlyElementsOf(itsCommunes.stream()
                            .map(code -> "territory.communeCodes[" + codes.indexOf(code) + "]").toList());
            assertThat(violations.get(0).messageEn()).contains("CC des Vosges du Sud (200069060)", "CA Grand Belfort",
                    "CC du Sud Territoire");
        }

        @Test
        void anEpciPartyIsOneOfTheDeclaredEpcis() {
            Signatory heraultMediterranee = epciParty("CA Hérault-Méditerranée", HERAULT_MEDITERRANEE);
            Signatory montpellier = epciParty("Montpellier Méditerranée Métropole", MONTPELLIER_METROPOLE);
            ImmutableConvention submitted = FRONTIGNAN.withStage(Stage.AWAITING_SIGNATURES).withTerritory(petr);

            assertThat(territoryViolations(submitted.withSignatories(append(submitted.getSignatories(),
                    heraultMediterranee)))).extracting(Violation::code).doesNotContain(RuleCodes.EPCI_PARTY_MISMATCH);
            assertThat(territoryViolations(submitted.withSignatories(append(submitted.getSignatories(), montpellier))))
                    .extracting(Violation::code, Violation::path)
                    .contains(tuple(RuleCodes.EPCI_PARTY_MISMATCH, "signatories[2].identifier"));
        }

        /** Every commune of a département, with the EPCIs they belong to but {@code left}. */
        private Convention departementWide(String departement, Set<String> left) {
            Departement d = GEOGRAPHY.departement(departement).orElseThrow();
            Collection<Commune> communes = GEOGRAPHY.communesOf(departement);
            Set<String> epcis = communes.stream().map(Commune::epciSiren).filter(Objects::nonNull)
                    .filter(siren -> !left.contains(siren)).collect(Collectors.toCollection(TreeSet::new));
            return FRONTIGNAN.withCaf(Caf.of("CAF du " + d.name(), departement)).withTerritory(Territory.builder()
                    .addAllCommuneCodes(communes.stream().map(Commune::inseeCode).toList()).addAllEpciSirens(epcis)
                    .build());
        }
    }

    /** Communes outside any EPCI (islands, overseas collectivities): never reported for their EPCI. */
    @Nested
    class OutsideAnyEpci {

        private final ImmutableConvention cotesDArmor = FRONTIGNAN.withCaf(Caf.of("CAF des Côtes-d'Armor", "22"));

        @Test
        void brehatBelongsToNoEpciInTheGeography() {
            Commune brehat = GEOGRAPHY.commune(BREHAT).orElseThrow();
            assertThat(brehat.name()).isEqualTo("Île-de-Bréhat");
            assertThat(brehat.epci()).isEmpty();
            assertThat(GEOGRAPHY.commune("22162").map(Commune::epciSiren)).contains(GUINGAMP_PAIMPOL); // Paimpol
        }

        @Test
        void aCommuneOutsideAnyEpciAloneIsAccepted() {
            assertThat(VALIDATOR.validate(cotesDArmor.withTerritory(Territory.ofCommune(BREHAT)))).isEmpty();
        }

        @Test
        void aCommuneOutsideAnyEpciBesideDeclaredEpcisIsAccepted() {
            // Bréhat with Paimpol, Guingamp-Paimpol Agglomération declared.
            assertThat(VALIDATOR.validate(cotesDArmor.withTerritory(Territory.builder().addCommuneCodes(BREHAT, "22162")
                    .addEpciSiren(GUINGAMP_PAIMPOL).build()))).isEmpty();
        }

        @Test
        void besideItACommuneOfAnUndeclaredEpciIsRejectedButNotIt() {
            // Lamballe-Armor (22093) belongs to Lamballe Terre et Mer, not declared; Bréhat (22016) sorts first.
            List<Violation> violations = VALIDATOR.validate(cotesDArmor.withTerritory(Territory.builder()
                    .addCommuneCodes(BREHAT, "22162", "22093").addEpciSiren(GUINGAMP_PAIMPOL).build()));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(RuleCodes.COMMUNE_OUTSIDE_EPCI, "territory.communeCodes[1]"));
            assertThat(violations.get(0).messageEn()).contains("22093", "Lamballe-Armor", "CA Lamballe Terre et Mer");
        }

        @Test
        void anEpciPartyOfACommuneOutsideAnyEpciIsRejected() {
            // Bréhat alone, no EPCI declared: Guingamp-Paimpol Agglomération is not its EPCI.
            ImmutableConvention submitted = cotesDArmor.withStage(Stage.AWAITING_SIGNATURES)
                    .withTerritory(Territory.ofCommune(BREHAT));
            Signatory agglomeration = epciParty("Guingamp-Paimpol Agglomération", GUINGAMP_PAIMPOL);
            assertThat(territoryViolations(submitted.withSignatories(append(submitted.getSignatories(), agglomeration))))
                    .extracting(Violation::code, Violation::path)
                    .contains(tuple(RuleCodes.EPCI_PARTY_MISMATCH, "signatories[2].identifier"));
            assertThat(territoryViolations(submitted.withTerritory(Territory.builder().addCommuneCodes(BREHAT, "22162")
                    .build()).withSignatories(append(submitted.getSignatories(), agglomeration))))
                    .as("with Paimpol, the agglomeration is the EPCI of one of its communes")
                    .extracting(Violation::code).doesNotContain(RuleCodes.EPCI_PARTY_MISMATCH);
        }
    }

    /** Codes of communes merged into a commune nouvelle (déléguées) or a fusion-association (associées). */
    @Nested
    class FormerCommunes {

        @Test
        void aCommuneDelegueeIsReportedWithTheCommuneNouvelleToName() {
            // Vérargues (34330) has been a commune déléguée of Entre-Vignes (34246) since 2019.
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(
                    Territory.builder().addCommuneCodes("34108", "34330").build()));
            assertThat(violations).extracting(Violation::code, Violation::path, Violation::severity)
                    .containsExactly(tuple(RuleCodes.FORMER_COMMUNE, "territory.communeCodes[1]", Severity.ERROR));
            assertThat(violations.get(0).messageEn()).isEqualTo("The commune code 34330 is that of Vérargues, which"
                    + " since the merger is a commune déléguée of Entre-Vignes (34246) and no longer a commune in the"
                    + " geography COG 2026: in the territory's communes, use Entre-Vignes's code, 34246.");
            assertThat(violations.get(0).messageFr()).contains("34330", "Vérargues", "commune déléguée",
                    "Entre-Vignes (34246)", "utilisez le code de Entre-Vignes, 34246");
        }

        @Test
        void theCodeOfTheCommuneNouvelleIsAccepted() {
            // 34246 was Saint-Christol's code, kept by Entre-Vignes: a current commune, no report.
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(
                    Territory.builder().addCommuneCodes("34108", "34246").build()))).isEmpty();
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(
                    Territory.builder().addCommuneCodes("34108", "34144").build())))
                    .as("Lunas-les-Châteaux, which kept Lunas's code").isEmpty();
        }

        @Test
        void aCommuneAssocieeIsReportedWithTheCommuneItBelongsTo() {
            // Fargniers (02300) is a commune associée of Tergnier (02738, Aisne).
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withCaf(Caf.of("CAF de l'Aisne", "02"))
                    .withTerritory(Territory.builder().addCommuneCodes("02738", "02300").build()));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(RuleCodes.FORMER_COMMUNE, "territory.communeCodes[0]"));
            assertThat(violations.get(0).messageEn()).contains("02300", "Fargniers", "commune associée of Tergnier (02738)",
                    "use Tergnier's code, 02738");
            assertThat(VALIDATOR.validate(FRONTIGNAN.withCaf(Caf.of("CAF de l'Aisne", "02"))
                    .withTerritory(Territory.ofCommune("02738")))).isEmpty();
        }

        @Test
        void severalFormerCommunesOfOneCommuneNouvelleAreEachReported() {
            // Meslin, Morieux and Planguenoual are communes déléguées of Lamballe-Armor (22093).
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withCaf(Caf.of("CAF des Côtes-d'Armor", "22"))
                    .withTerritory(Territory.builder().addCommuneCodes("22151", "22154", "22173").build()));
            assertThat(violations).extracting(Violation::code).containsOnly(RuleCodes.FORMER_COMMUNE).hasSize(3);
            assertThat(violations).allSatisfy(v -> assertThat(v.messageEn()).contains("Lamballe-Armor (22093)"));
        }

        @Test
        void aTrulyUnknownCodeIsStillAnUnknownCommune() {
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCodes("34108", "34999")
                    .build()))).extracting(Violation::code).containsExactly(RuleCodes.COMMUNE_UNKNOWN);
        }

        @Test
        void aGeographyThatKnowsNoFormerCommuneReportsTheCodeAsUnknown() {
            List<Violation> violations = ConventionValidator.withGeography(new Delegating(GEOGRAPHY, "COG 2026"))
                    .validate(FRONTIGNAN.withTerritory(Territory.builder().addCommuneCodes("34108", "34330").build()));
            assertThat(violations).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(RuleCodes.COMMUNE_UNKNOWN, "territory.communeCodes[1]"));
        }
    }

    /** The COG year of the territory's codes against the geography judging them. */
    @Nested
    class Vintage {

        @Test
        void theBundledGeographyIsOf2026() {
            assertThat(GEOGRAPHY.vintage()).isEqualTo("COG 2026");
            assertThat(GEOGRAPHY.vintageYear()).hasValue(2026);
        }

        @Test
        void anAbsentVintageIsReadAsTheGeographys() {
            assertThat(FRONTIGNAN.getTerritory().getVintage()).isEmpty();
            assertThat(VALIDATOR.validate(FRONTIGNAN)).isEmpty();
        }

        @Test
        void theGeographysVintageIsAccepted() {
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().from(FRONTIGNAN.getTerritory())
                    .vintage(2026).build()))).isEmpty();
        }

        @Test
        void anotherVintageIsAWarningSayingWhichEachIs() {
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder()
                    .from(FRONTIGNAN.getTerritory()).vintage(2019).build()));
            assertThat(violations).extracting(Violation::code, Violation::path, Violation::severity)
                    .containsExactly(tuple(RuleCodes.VINTAGE_MISMATCH, "territory.vintage", Severity.WARNING));
            assertThat(ConventionValidator.hasErrors(violations)).isFalse();
            assertThat(violations.get(0).messageEn()).isEqualTo("The territory's vintage is COG 2019 but the geography"
                    + " judging it is COG 2026: commune and EPCI codes may have changed between the two (mergers,"
                    + " changes of EPCI); check the codes against COG 2026 and set the territory's vintage to 2026, or"
                    + " judge the convention with a geography of COG 2019.");
            assertThat(violations.get(0).messageFr()).contains("COG 2019", "COG 2026",
                    "mettez le millésime du territoire à 2026");
        }

        @Test
        void aLaterVintageIsAWarningToo() {
            assertThat(VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder().from(FRONTIGNAN.getTerritory())
                    .vintage(2027).build()))).extracting(Violation::code).containsExactly(RuleCodes.VINTAGE_MISMATCH);
        }

        @Test
        void theCodesAreStillJudgedAgainstTheGeographyAtHand() {
            // In COG 2018 Vérargues was a commune: the warning says why its code is now reported.
            List<Violation> violations = VALIDATOR.validate(FRONTIGNAN.withTerritory(Territory.builder()
                    .addCommuneCodes("34108", "34330").vintage(2018).build()));
            assertThat(violations).extracting(Violation::code)
                    .containsExactly(RuleCodes.VINTAGE_MISMATCH, RuleCodes.FORMER_COMMUNE);
        }

        @Test
        void aGeographyWhoseVintageHasNoYearIsNotCompared() {
            Geography unnamed = new Delegating(GEOGRAPHY, "référentiel national");
            assertThat(unnamed.vintageYear()).isEmpty();
            assertThat(ConventionValidator.withGeography(unnamed).validate(FRONTIGNAN.withTerritory(Territory.builder()
                    .from(FRONTIGNAN.getTerritory()).vintage(2019).build()))).isEmpty();
        }
    }

    private static Signatory epciParty(String name, String siren) {
        return Signatory.builder().kind(OrganisationKind.EPCI).name(name).identifier(siren)
                .addRepresentative(Representative.of("Le président", "Président")).build();
    }

    private static List<Signatory> append(List<Signatory> parties, Signatory party) {
        List<Signatory> all = new ArrayList<>(parties);
        all.add(party);
        return all;
    }

    /** The bundled communes, EPCIs and départements under another vintage name, without former communes. */
    private static final class Delegating implements Geography {
        private final Geography geography;
        private final String vintage;

        Delegating(Geography geography, String vintage) {
            this.geography = geography;
            this.vintage = vintage;
        }

        @Override
        public String vintage() {
            return vintage;
        }

        @Override
        public Optional<Commune> commune(String inseeCode) {
            return geography.commune(inseeCode);
        }

        @Override
        public Optional<Epci> epci(String siren) {
            return geography.epci(siren);
        }

        @Override
        public Optional<Departement> departement(String code) {
            return geography.departement(code);
        }

        @Override
        public Collection<Commune> communesOf(String departementCode) {
            return geography.communesOf(departementCode);
        }

        @Override
        public Collection<Epci> epcis() {
            return geography.epcis();
        }

        @Override
        public Collection<Departement> departements() {
            return geography.departements();
        }
    }
}
