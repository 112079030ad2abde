package io.github.ctglib.examples;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Conventions shaped like real CTGs that model v2 can express, on real codes of the bundled geography (INSEE
 * codes, SIRENs, memberships — read from it, not typed here) and real CAF names. The names of people and of the
 * co-signing bodies, the mandates and the amounts are illustrative, marked as such. Each is a draft in
 * preparation, valid for 2025-2029, that passes every rule of a convention awaiting signatures.
 */
public final class RealShapes {

    /** Île-de-Bréhat (22016): a commune outside any EPCI, with its CCAS co-signing. */
    public static final String BREHAT = "22016";
    /** CC Mont Lozère and CC des Cévennes au Mont Lozère, two EPCIs of Lozère (48). */
    public static final List<String> LOZERE_EPCIS = List.of("200069128", "200069136");
    /** The Territoire de Belfort (90), whose every EPCI a département-wide CTG covers. */
    public static final String BELFORT = "90";

    private static final DateRange VALIDITY = DateRange.ofYears(2025, 2029);

    private RealShapes() {}

    /**
     * A CTG of one commune outside any EPCI: Île-de-Bréhat with the CAF des Côtes-d'Armor; the commune is
     * identified by its SIREN and its CCAS co-signs (the CCAS only co-signs: the commune is the local
     * authority).
     *
     * @param geography the geography it is built from
     * @return the convention, in preparation
     */
    public static Convention islandCommune(Geography geography) {
        String siren = geography.commune(BREHAT).flatMap(c -> c.sirenNumber()).orElseThrow();
        return draft("ctg-22-ile-de-brehat-2025", "Convention territoriale globale de l'Île-de-Bréhat 2025-2029",
                Caf.of("CAF des Côtes-d'Armor", "22"), Territory.builder().addCommuneCode(BREHAT).vintage(2026).build())
                .addSignatory(party(OrganisationKind.CAF, "CAF des Côtes-d'Armor", null, "Directrice (illustratif)"))
                .addSignatory(party(OrganisationKind.COMMUNE, "Commune de l'Île-de-Bréhat", siren, "Maire (illustratif)"))
                .addSignatory(party(OrganisationKind.CCAS, "CCAS de l'Île-de-Bréhat", null,
                        "Vice-présidente du CCAS (illustratif)"))
                .build();
    }

    /**
     * A CTG over two EPCIs, signed by both and by the PETR-like body that carries it (the body's name is
     * illustrative), its plan in axes, its coordinator employed by one EPCI and funded by a line in FTE.
     *
     * @param geography the geography it is built from
     * @return the convention, in preparation
     */
    public static Convention overTwoEpcis(Geography geography) {
        List<Epci> epcis = LOZERE_EPCIS.stream().map(s -> geography.epci(s).orElseThrow()).toList();
        TreeSet<String> communes = new TreeSet<>();
        epcis.forEach(e -> communes.addAll(e.memberInseeCodes()));
        var builder = draft("ctg-48-mont-lozere-cevennes-2025",
                "Convention territoriale globale du Mont Lozère et des Cévennes 2025-2029", Caf.of("CAF de la Lozère", "48"),
                Territory.builder().addAllCommuneCodes(communes).addAllEpciSirens(LOZERE_EPCIS).vintage(2026).build())
                .addSignatory(party(OrganisationKind.CAF, "CAF de la Lozère", null, "Directeur (illustratif)"));
        for (Epci epci : epcis) {
            builder.addSignatory(party(OrganisationKind.EPCI, epci.name(), epci.siren(), "Président (illustratif)"));
        }
        String employer = epcis.get(0).name();
        return builder
                .addSignatory(party(OrganisationKind.PETR, "Pôle territorial du Mont Lozère (illustratif)", null,
                        "Présidente (illustratif)"))
                .addAxis(Axis.builder().number(1).title("Petite enfance et parentalité")
                        .addFields(Frontignan.EARLY_CHILDHOOD, Frontignan.PARENTHOOD).build())
                .addAxis(Axis.builder().number(2).title("Jeunesse et vie sociale")
                        .addFields(Frontignan.YOUTH, Frontignan.SOCIAL_LIFE).build())
                .addAction(ActionSheet.builder().number("1.1").title("Relais petite enfance itinérant")
                        .addFields(Frontignan.EARLY_CHILDHOOD).pilot(employer)
                        .addBudget(line(2025, "CAF de la Lozère", FundingInstrument.SERVICE_FUNDING, "24000.00"))
                        .addBudget(BudgetLine.builder().from(line(2025, employer, FundingInstrument.OWN_FUNDS, "15000.00"))
                                .section(BudgetSection.INVESTMENT).build())
                        .build())
                .addAction(ActionSheet.builder().number("2.1").title("Coordination jeunesse intercommunale")
                        .addFields(Frontignan.YOUTH).pilot(employer)
                        .addBudget(BudgetLine.builder().from(line(2025, "CAF de la Lozère",
                                FundingInstrument.SERVICE_FUNDING, "30000.00"))
                                .fullTimeEquivalents(new BigDecimal("1.00")).build())
                        .build())
                .governance(Governance.builder()
                        .addCoordinator(Coordinator.builder().name("Chargée de coopération (illustratif)")
                                .title("Chargée de coopération CTG").employer(employer)
                                .fullTimeEquivalents(new BigDecimal("1.00")).build())
                        .build())
                .build();
    }

    /**
     * A département-wide CTG: every EPCI of the Territoire de Belfort and all their communes, with the
     * Département co-signing.
     *
     * @param geography the geography it is built from
     * @return the convention, in preparation
     */
    public static Convention departementWide(Geography geography) {
        List<Epci> epcis = geography.epcis().stream()
                .filter(e -> e.memberInseeCodes().stream().allMatch(code -> geography.commune(code)
                        .map(c -> c.departementCode().equals(BELFORT)).orElse(false)))
                .toList();
        TreeSet<String> communes = new TreeSet<>();
        epcis.forEach(e -> communes.addAll(e.memberInseeCodes()));
        var builder = draft("ctg-90-territoire-de-belfort-2025",
                "Convention territoriale globale du Territoire de Belfort 2025-2029",
                Caf.of("CAF du Territoire de Belfort", BELFORT),
                Territory.builder().addAllCommuneCodes(communes)
                        .addAllEpciSirens(epcis.stream().map(Epci::siren).toList()).vintage(2026).build())
                .addSignatory(party(OrganisationKind.CAF, "CAF du Territoire de Belfort", null, "Directeur (illustratif)"))
                .addSignatory(party(OrganisationKind.DEPARTEMENT, "Département du Territoire de Belfort", null,
                        "Président du conseil départemental (illustratif)"));
        epcis.forEach(e -> builder.addSignatory(party(OrganisationKind.EPCI, e.name(), e.siren(),
                "Président (illustratif)")));
        return builder.build();
    }

    /**
     * Frontignan's convention with its follow-up journal, a committee meeting with its attendees and the
     * reference of the signed convention (whose bytes, here a stand-in, the integrator keeps).
     *
     * @return the convention, signed
     */
    public static Convention withJournalAndDocuments() {
        byte[] signedCopy = "Convention signée (illustratif)".getBytes(StandardCharsets.UTF_8);
        return io.github.ctglib.convention.ImmutableConvention.copyOf(Frontignan.signed())
                .withNotes(Note.builder().date(LocalDate.of(2024, 4, 2)).author("Chargée de coopération CTG")
                        .text("Premier comité technique fixé au 20 juin 2024").build())
                .withDocuments(DocumentReference.builder().title("Convention signée le 6 mars 2024")
                        .kind(DocumentKind.SIGNED_CONVENTION).date(Frontignan.SIGNATURE_DATE)
                        .mediaType("application/pdf").size(signedCopy.length)
                        .sha256(DocumentReference.sha256Of(signedCopy)).location("ged://caf34/ctg/frontignan/convention")
                        .build())
                .withGovernance(Governance.builder().addMeeting(CommitteeMeeting.builder()
                        .date(LocalDate.of(2024, 6, 20)).kind(CommitteeKind.TECHNICAL)
                        .addAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME)
                        .addDecision("Calendrier des ateliers numériques").build()).build());
    }

    private static io.github.ctglib.convention.ImmutableConvention.Builder draft(String id, String title, Caf caf,
            Territory territory) {
        return Convention.builder().id(id).title(title).caf(caf).territory(territory).validity(VALIDITY)
                .addAllFields(fields())
                .diagnostic(Diagnostic.builder().addIndicator(population(territory)).build());
    }

    /** The territory's municipal population as the bundled geography gives it: a real figure for the diagnostic. */
    private static Indicator population(Territory territory) {
        Geography geography = Geography.bundled();
        long inhabitants = territory.getCommuneCodes().stream().map(geography::commune).flatMap(Optional::stream)
                .mapToLong(c -> c.population()).sum();
        return Indicator.builder().label("Population municipale (COG 2026)").value(BigDecimal.valueOf(inhabitants))
                .unit("habitants").referenceYear(2026).source("INSEE, via Etalab découpage administratif 6.0.0")
                .build();
    }

    private static Signatory party(OrganisationKind kind, String name, String identifier, String title) {
        return Signatory.builder().kind(kind).name(name).identifier(Optional.ofNullable(identifier))
                .addRepresentative(Representative.of("Représentant de " + name + " (illustratif)", title))
                .mandate(Mandate.builder().reference("Délibération (illustratif)").date(LocalDate.of(2024, 11, 14))
                        .build())
                .build();
    }

    private static BudgetLine line(int year, String funder, FundingInstrument instrument, String euros) {
        return BudgetLine.builder().year(year).funder(funder).instrument(instrument).nature(BudgetNature.FORECAST)
                .amount(new BigDecimal(euros)).build();
    }

    /** {@return the fields every example covers (the CNAF minimum and one more)} */
    public static List<FieldOfAction> fields() {
        return List.of(Frontignan.EARLY_CHILDHOOD, Frontignan.PARENTHOOD, Frontignan.YOUTH, Frontignan.SOCIAL_LIFE);
    }
}
