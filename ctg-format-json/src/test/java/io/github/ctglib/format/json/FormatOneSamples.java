package io.github.ctglib.format.json;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentChange.ChangeKind;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableAmendment;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.ImmutableCommitteeMeeting;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.testsupport.SampleConventions;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The conventions that the files of format 1's corpus hold, as today's model reads them: today's samples
 * without what format 1 could not hold (a second representative, axes, notes, documents, withdrawals, the
 * changes and instruments added since…) and with the content they had then (Frontignan's parties were four,
 * each with one representative; the maximal sample had one EPCI and one predecessor). A format 1 amendment's
 * EXTEND_VALIDITY has no {@code previousEnd}: format 1 did not record it.
 */
final class FormatOneSamples {

    private static final Set<ChangeKind> FORMAT_1_CHANGES =
            Set.of(ChangeKind.ADD_ACTION, ChangeKind.ADD_PARTY, ChangeKind.ADD_COMMUNES, ChangeKind.EXTEND_VALIDITY);
    private static final Set<FundingInstrument> FORMAT_1_INSTRUMENTS = Set.of(FundingInstrument.SERVICE_FUNDING,
            FundingInstrument.TERRITORY_BONUS, FundingInstrument.SUBSIDY, FundingInstrument.OWN_FUNDS,
            FundingInstrument.OTHER);
    private static final String CAF_BOARD = "Conseil d'administration de la CAF de l'Hérault";
    private static final String EDUCATIVE_CITY = "Commune de Frontignan la Peyrade — Ville éducative";
    private static final LocalDate MAXIMAL_SIGNATURE_DAY = LocalDate.of(2022, 3, 15);

    private FormatOneSamples() {}

    static Convention frontignan() {
        return ImmutableConvention.copyOf(withoutFormat2(SampleConventions.frontignan()))
                .withSignatories(frontignanParties(p -> p));
    }

    /** The sample then: its outside funder was named only, format 1 having no funder identifier. */
    static Convention inEveryScript() {
        Convention now = SampleConventions.inEveryScript();
        return withoutFormat2(ImmutableConvention.copyOf(now).withActions(now.getActions().stream()
                .map(a -> (ActionSheet) ImmutableActionSheet.copyOf(a).withBudget(a.getBudget().stream()
                        .map(line -> (BudgetLine) io.github.ctglib.actionplan.ImmutableBudgetLine.copyOf(line)
                                .withFunderIdentifier(Optional.empty()))
                        .toList()))
                .toList()));
    }

    static Convention withExactAmounts() {
        return withoutFormat2(SampleConventions.withExactAmounts());
    }

    /** Frontignan's four parties then, each signed on its own day with a mandate; the EPCI and the Département. */
    static Convention maximal() {
        Convention today = withoutFormat2(SampleConventions.maximal());
        List<Signatory> parties = new ArrayList<>(frontignanParties(p -> {
            String reference = p.getKind() == OrganisationKind.CAF ? "Délégation du conseil d'administration (illustratif)"
                    : p.getKind() == OrganisationKind.OTHER ? "Délibération du conseil d'administration (illustratif)"
                    : "Délibération du conseil municipal (illustratif)";
            LocalDate signedOn = MAXIMAL_SIGNATURE_DAY.minusDays(p.getName().length() % 7);
            Representative r = p.getRepresentatives().get(0);
            return Signatory.builder().from(p).mandate(Mandate.of(reference, MAXIMAL_SIGNATURE_DAY.minusMonths(2)))
                    .representatives(List.of(Representative.signed(r.getName(), r.getTitle(), signedOn))).build();
        }));
        today.getSignatories().stream().filter(p -> p.getKind() == OrganisationKind.EPCI
                || p.getKind() == OrganisationKind.DEPARTEMENT).forEach(parties::add);
        Amendment first = today.getAmendments().get(0);
        List<AmendmentSignature> signatures = new ArrayList<>();
        parties.forEach(p -> signatures.add(AmendmentSignature.of(p.getName(), LocalDate.of(2023, 5, 2))));
        signatures.add(first.getSignatures().get(first.getSignatures().size() - 1)); // the party it added
        List<Amendment> amendments = new ArrayList<>(today.getAmendments());
        amendments.set(0, ImmutableAmendment.copyOf(first).withSignatures(signatures));
        return ImmutableConvention.copyOf(today)
                .withTerritory(Territory.builder().addCommuneCodes(SampleConventions.SETE, Frontignan.COMMUNE,
                        SampleConventions.BALARUC_LES_BAINS).addEpciSiren(Frontignan.EPCI).build())
                .withPredecessorIds("ctg-34-sete-2017")
                .withSignatories(parties)
                .withAmendments(amendments);
    }

    /** The four parties of format 1's Frontignan, from today's two (each representative was a party). */
    private static List<Signatory> frontignanParties(Function<Signatory, Signatory> finish) {
        List<Signatory> today = Frontignan.signatories();
        List<Representative> caf = today.get(0).getRepresentatives();
        List<Representative> commune = today.get(1).getRepresentatives();
        return List.of(
                party(OrganisationKind.CAF, Frontignan.CAF_NAME, null, caf.get(0)),
                party(OrganisationKind.OTHER, CAF_BOARD, null, caf.get(1)),
                party(OrganisationKind.COMMUNE, Frontignan.COMMUNE_NAME, Frontignan.COMMUNE, commune.get(0)),
                party(OrganisationKind.COMMUNE, EDUCATIVE_CITY, null, commune.get(1)))
                .stream().map(finish).toList();
    }

    private static Signatory party(OrganisationKind kind, String name, String identifier, Representative r) {
        return Signatory.builder().kind(kind).name(name).identifier(Optional.ofNullable(identifier))
                .addRepresentative(Representative.of(r.getName(), r.getTitle())).build();
    }

    /** {@code c} without what format 1 could not hold. */
    static Convention withoutFormat2(Convention today) {
        Convention c = FormatTwoSamples.withoutFormat3(today);
        Governance governance = c.getGovernance();
        return ImmutableConvention.copyOf(c)
                .withTerritory(Territory.builder().from(c.getTerritory()).vintage(Optional.empty()).build())
                .withSignatories(c.getSignatories().stream().map(FormatOneSamples::party).toList())
                .withAxes(List.of())
                .withActions(c.getActions().stream().map(FormatOneSamples::action).toList())
                .withGovernance(Governance.builder()
                        .addAllCoordinators(governance.getCoordinators().stream().limit(1)
                                .map(p -> Coordinator.of(p.getName(), p.getTitle())).toList())
                        .addAllMeetings(governance.getMeetings().stream()
                                .map(m -> (CommitteeMeeting) ImmutableCommitteeMeeting.copyOf(m).withAttendees(List.of()))
                                .toList())
                        .build())
                .withAmendments(c.getAmendments().stream().map(FormatOneSamples::amendment).toList())
                .withNotes(List.of())
                .withDocuments(List.of());
    }

    private static Signatory party(Signatory p) {
        return Signatory.builder().kind(p.getKind()).name(p.getName()).identifier(p.getIdentifier())
                .addAllRepresentatives(p.getRepresentatives().stream().limit(1).toList())
                .mandate(p.getMandate().map(m -> Mandate.of(m.getReference(), m.getDate())))
                .build();
    }

    private static ActionSheet action(ActionSheet a) {
        return ImmutableActionSheet.copyOf(a).withNotes(List.of()).withWithdrawal(Optional.empty())
                .withBudget(a.getBudget().stream().filter(FormatOneSamples::isFormat1Line).toList());
    }

    /** The samples' lines that format 1 held: its instruments, operating, no identifier, no staff. */
    private static boolean isFormat1Line(BudgetLine line) {
        return FORMAT_1_INSTRUMENTS.contains(line.getInstrument()) && line.getSection() == BudgetSection.OPERATING
                && line.getFunderIdentifier().isEmpty() && line.getFullTimeEquivalents().isEmpty();
    }

    private static Amendment amendment(Amendment a) {
        List<AmendmentChange> changes = new ArrayList<>();
        for (AmendmentChange change : a.getChanges()) {
            if (!FORMAT_1_CHANGES.contains(change.kind())) {
                continue;
            }
            if (change instanceof AmendmentChange.AddAction add) {
                changes.add(AmendmentChange.addAction(action(add.getAction())));
            } else if (change instanceof AmendmentChange.AddParty add) {
                changes.add(AmendmentChange.addParty(party(add.getParty())));
            } else if (change instanceof AmendmentChange.ExtendValidity extend) {
                changes.add(ImmutableAmendmentChange.ExtendValidity.copyOf(extend).withPreviousEnd(Optional.empty()));
            } else {
                changes.add(change);
            }
        }
        return ImmutableAmendment.copyOf(a).withChanges(changes);
    }
}
