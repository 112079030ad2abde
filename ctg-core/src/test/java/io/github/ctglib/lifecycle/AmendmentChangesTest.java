package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Amendments (avenants) that change, not only add, through the lifecycle: each kind of change on Frontignan's CTG
 * (34108), with Balaruc-le-Vieux (34024) and Sète (34301), communes of the same EPCI (200066355).
 */
class AmendmentChangesTest {

    private static final String ID = Frontignan.ID;
    private static final String BALARUC_LE_VIEUX = "34024";
    private static final String SETE = "34301";
    private static final LocalDate SIGNED_ON = LocalDate.of(2024, 10, 1);
    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    private static final Signatory MSA = Signatory.builder().kind(OrganisationKind.MSA).name("MSA Languedoc")
            .addRepresentative(Representative.of("A. Martin", "Directrice")).build();

    private static BudgetLine line(int year, String euros) {
        return BudgetLine.builder().year(year).funder(Frontignan.CAF_NAME).instrument(FundingInstrument.SERVICE_FUNDING)
                .nature(BudgetNature.FORECAST).amount(new BigDecimal(euros)).build();
    }

    private static Amendment amendment(int number, LocalDate date, AmendmentChange... changes) {
        return Amendment.builder().number(number).date(date).object("Avenant n° " + number).addChanges(changes)
                .build();
    }

    /** Proposes {@code amendment} and has every party it needs sign it on {@code day}. */
    private Convention inEffect(Amendment amendment, LocalDate day) {
        Convention proposed = ctg.amend(ID, amendment, AGENT).convention();
        Convention c = proposed;
        for (String party : Amendments.partiesOf(proposed, amendment)) {
            c = ctg.signAmendment(ID, amendment.getNumber(), party, day, AGENT).convention();
        }
        assertThat(c.getAmendments().get(amendment.getNumber() - 1).getEffectiveOn()).contains(day);
        return c;
    }

    @Test
    void actionsAreAddedReplacedWithdrawnAndReBudgeted() {
        Convention signed = journey.signed(Frontignan.draft());
        ActionSheet roaming = ActionSheet.builder().number("6.2").title("Service itinérant de proximité")
                .addFields(Frontignan.ACCESS_TO_RIGHTS).pilot("France Services").build();
        ActionSheet laep = ImmutableActionSheet.copyOf(signed.action("2.1").orElseThrow())
                .withTitle("Lieu d'accueil enfants-parents itinérant");
        Convention c = inEffect(amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.addAction(roaming),
                AmendmentChange.replaceAction(laep),
                AmendmentChange.withdrawAction("4.1", "Reprise par le CCAS"),
                AmendmentChange.changeBudget("1.1", List.of(line(2025, "195000.00"), line(2026, "200000.00")))),
                SIGNED_ON);

        assertThat(c.action("6.2")).contains(roaming);
        assertThat(c.action("2.1")).contains(laep);
        ActionSheet withdrawn = c.action("4.1").orElseThrow();
        assertThat(withdrawn.getWithdrawal().orElseThrow().getReason()).contains("Reprise par le CCAS");
        assertThat(withdrawn.getWithdrawal().orElseThrow().getDate()).isEqualTo(SIGNED_ON);
        assertThat(c.activeActions()).extracting(ActionSheet::getNumber).doesNotContain("4.1");
        assertThat(c.action("1.1").orElseThrow().getBudget()).containsExactly(line(2025, "195000.00"),
                line(2026, "200000.00"));

        Convention before = c.inEffectOn(SIGNED_ON.minusDays(1));
        assertThat(before.getActions()).isEqualTo(signed.getActions());
        assertThat(before.getAmendments().get(0).isInEffect()).isFalse();
    }

    @Test
    void aFieldAndCommunesAreAddedThenACommuneWithdrawn() {
        Convention signed = journey.signed(Frontignan.draft());
        FieldOfAction disability = FieldOfAction.of(ActionField.DISABILITY);
        Convention c = inEffect(amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addField(disability),
                AmendmentChange.addCommunes(List.of(BALARUC_LE_VIEUX, SETE))), SIGNED_ON);
        assertThat(c.getFields()).contains(disability);
        assertThat(c.getTerritory().getCommuneCodes()).containsExactly(BALARUC_LE_VIEUX, Frontignan.COMMUNE, SETE);

        LocalDate later = LocalDate.of(2025, 5, 2);
        c = inEffect(amendment(2, LocalDate.of(2025, 4, 10), AmendmentChange.withdrawCommunes(List.of(BALARUC_LE_VIEUX))),
                later);
        assertThat(c.getTerritory().getCommuneCodes()).containsExactly(Frontignan.COMMUNE, SETE);
        assertThat(c.inEffectOn(later.minusDays(1)).getTerritory().getCommuneCodes())
                .containsExactly(BALARUC_LE_VIEUX, Frontignan.COMMUNE, SETE);
        assertThat(c.inEffectOn(SIGNED_ON.minusDays(1)).getTerritory()).isEqualTo(signed.getTerritory());
        assertThat(c.inEffectOn(SIGNED_ON.minusDays(1)).getFields()).isEqualTo(signed.getFields());
    }

    @Test
    void addingACommuneAnotherSignedConventionCoversIsRefused() {
        journey.signed(Frontignan.draft());
        Convention sete = ImmutableConvention.copyOf(Frontignan.signed()).withId("ctg-34-sete-2024")
                .withTitle("CTG de Sète 2024-2028").withTerritory(Territory.ofCommune(SETE))
                .withValidity(DateRange.ofYears(2024, 2028))
                .withSignatories(Frontignan.signed().getSignatories().get(0), signedCommune("Commune de Sète"))
                .withActions(List.of()).withAxes(List.of());
        journey.repository.save(sete, new Change(AGENT, Instant.parse("2024-03-10T10:00:00Z"), "Imported"));

        List<Violation> v = assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(1,
                LocalDate.of(2024, 9, 15), AmendmentChange.addCommunes(List.of(SETE))), AGENT),
                RuleCodes.TERRITORY_TAKEN, "territory.communeCodes[1]");
        assertThat(v.get(0).messageEn()).contains(SETE, "ctg-34-sete-2024");
        // Balaruc-le-Vieux is free.
        assertThat(inEffect(amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.addCommunes(List.of(BALARUC_LE_VIEUX))), SIGNED_ON).getTerritory().getCommuneCodes())
                .contains(BALARUC_LE_VIEUX);
    }

    private static Signatory signedCommune(String name) {
        return Signatory.builder().kind(OrganisationKind.COMMUNE).name(name)
                .addRepresentative(Representative.signed("F. Commeinhes", "Maire", LocalDate.of(2024, 3, 6)))
                .mandate(Frontignan.mandateOf(Frontignan.COMMUNE_NAME)).build();
    }

    @Test
    void aPartyAddedSignsTheAmendmentAndAPartyWithdrawnStaysInTheRecord() {
        journey.signed(Frontignan.draft());
        Convention c = inEffect(amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addParty(MSA)), SIGNED_ON);
        assertThat(c.signatory(MSA.getName()).orElseThrow().getSignedOn()).contains(SIGNED_ON);

        Amendment leaving = amendment(2, LocalDate.of(2025, 1, 10),
                AmendmentChange.withdrawParty(MSA.getName(), "Fin de l'engagement de la MSA"));
        ctg.amend(ID, leaving, AGENT);
        // The party leaving signs the amendment too: it agrees to leave.
        assertThat(Amendments.partiesOf(ctg.find(ID).orElseThrow(), leaving)).contains(MSA.getName());
        LocalDate day = LocalDate.of(2025, 2, 1);
        for (String party : List.of(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME)) {
            c = ctg.signAmendment(ID, 2, party, day, AGENT).convention();
        }
        assertThat(c.getAmendments().get(1).isInEffect()).isFalse();
        c = ctg.signAmendment(ID, 2, MSA.getName(), day, AGENT).convention();
        Signatory msa = c.signatory(MSA.getName()).orElseThrow();
        assertThat(msa.isActive()).isFalse();
        assertThat(msa.getWithdrawal().orElseThrow().getAmendmentNumber()).isEqualTo(2);
        assertThat(c.activeParties()).extracting(Signatory::getName)
                .containsExactly(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME);
        assertThat(c.inEffectOn(day.minusDays(1)).signatory(MSA.getName()).orElseThrow().isActive()).isTrue();
        assertThat(c.inEffectOn(SIGNED_ON.minusDays(1)).signatory(MSA.getName())).isEmpty();

    }

    /* StageRules.AMENDMENT_UNSIGNED exempts a party an earlier amendment withdrew (CTG-AMD-006). */
    @Test
    void aWithdrawnPartySignsNothingMore() {
        journey.signed(Frontignan.draft());
        inEffect(amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addParty(MSA)), SIGNED_ON);
        LocalDate day = LocalDate.of(2025, 2, 1);
        inEffect(amendment(2, LocalDate.of(2025, 1, 10), AmendmentChange.withdrawParty(MSA.getName(), null)), day);
        Amendment third = amendment(3, LocalDate.of(2025, 3, 1), AmendmentChange.addField(
                FieldOfAction.of(ActionField.DISABILITY)));
        ctg.amend(ID, third, AGENT);
        assertThat(Amendments.partiesOf(ctg.find(ID).orElseThrow(), third)).doesNotContain(MSA.getName());
        assertRejected(journey.repository, ID, () -> ctg.signAmendment(ID, 3, MSA.getName(), day, AGENT),
                RuleCodes.SIGNATORY_UNKNOWN, "amendments[2].signatures");
        Convention c = ctg.find(ID).orElseThrow();
        for (String party : Amendments.partiesOf(c, third)) {
            c = ctg.signAmendment(ID, 3, party, LocalDate.of(2025, 4, 1), AGENT).convention();
        }
        assertThat(c.getAmendments().get(2).getEffectiveOn()).contains(LocalDate.of(2025, 4, 1));
        assertThat(c.getFields()).contains(FieldOfAction.of(ActionField.DISABILITY));
    }

    /* StageRules.CAF_NOT_PARTY and NO_LOCAL_AUTHORITY look at the active parties: a withdrawn one does not count. */
    @Test
    void withdrawingTheCafOrTheLastLocalAuthorityIsRefusedByTheRulesOnParties() {
        journey.signed(Frontignan.draft());
        assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.withdrawParty(Frontignan.CAF_NAME, null)), AGENT), RuleCodes.CAF_NOT_PARTY,
                "signatories");
        assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.withdrawParty(Frontignan.COMMUNE_NAME, null)), AGENT), RuleCodes.NO_LOCAL_AUTHORITY,
                "signatories");
    }

    @Test
    void theValidityIsExtendedAndTheEarlierEndRemainsKnown() {
        Convention signed = journey.signed(ImmutableConvention.copyOf(Frontignan.draft())
                .withValidity(DateRange.ofYears(2023, 2026)));
        Convention c = inEffect(amendment(1, LocalDate.of(2025, 6, 1),
                AmendmentChange.extendValidity(LocalDate.of(2027, 6, 30))), LocalDate.of(2025, 7, 1));
        assertThat(c.getValidity()).isEqualTo(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 6, 30)));
        assertThat(c.inEffectOn(LocalDate.of(2025, 6, 30)).getValidity()).isEqualTo(signed.getValidity());

        // Each extension moves the end later than the one before it, within five years in all.
        assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(2, LocalDate.of(2025, 9, 1),
                AmendmentChange.addField(FieldOfAction.of(ActionField.DISABILITY)),
                AmendmentChange.extendValidity(LocalDate.of(2027, 3, 31))), AGENT), RuleCodes.AMENDMENT_VALIDITY,
                "amendment.changes[1].newEnd");
        assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(2, LocalDate.of(2025, 9, 1),
                AmendmentChange.extendValidity(LocalDate.of(2027, 9, 30)),
                AmendmentChange.extendValidity(LocalDate.of(2027, 8, 31))), AGENT), RuleCodes.AMENDMENT_VALIDITY,
                "amendment.changes[1].newEnd");
        assertThat(inEffect(amendment(2, LocalDate.of(2025, 9, 1),
                AmendmentChange.extendValidity(LocalDate.of(2027, 12, 31))), LocalDate.of(2025, 10, 1)).getValidity())
                .isEqualTo(DateRange.ofYears(2023, 2027));
    }

    @Test
    void changesNamingWhatTheConventionDoesNotHaveAreReportedTogether() {
        journey.signed(Frontignan.draft());
        ActionSheet roaming = ActionSheet.builder().number("6.2").title("Service itinérant de proximité")
                .addFields(Frontignan.ACCESS_TO_RIGHTS).build();
        Amendment wrong = amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.addAction(roaming),
                AmendmentChange.changeBudget("6.2", List.of(line(2025, "12000.00"))), // added by change 0: fine
                AmendmentChange.withdrawAction("9.9", null),
                AmendmentChange.withdrawParty("MSA Languedoc", null),
                AmendmentChange.withdrawCommunes(List.of(SETE)),
                AmendmentChange.addCommunes(List.of(Frontignan.COMMUNE)),
                AmendmentChange.addField(Frontignan.HOUSING),
                AmendmentChange.replaceAction(ImmutableActionSheet.copyOf(roaming).withNumber("7.1")));
        List<Violation> v = assertRejected(journey.repository, ID, () -> ctg.amend(ID, wrong, AGENT),
                RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[2].actionNumber");
        assertThat(v).extracting(Violation::code, Violation::path).contains(
                tuple(RuleCodes.WITHDRAWN_PARTY_NOT_ACTIVE, "amendments[0].changes[3].partyName"),
                tuple(RuleCodes.WITHDRAWN_COMMUNE_NOT_COVERED, "amendments[0].changes[4].communeCodes"),
                tuple(RuleCodes.ADDED_COMMUNE_COVERED, "amendments[0].changes[5].communeCodes"),
                tuple(RuleCodes.ADDED_FIELD_COVERED, "amendments[0].changes[6].field"),
                tuple(RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[7].actionNumber"));
        assertThat(v).extracting(Violation::path).doesNotContain("amendments[0].changes[1].actionNumber");
        Violation unknown = v.stream().filter(x -> x.path().equals("amendments[0].changes[2].actionNumber")).findFirst()
                .orElseThrow();
        assertThat(unknown.messageFr()).contains("avenant 1", "9.9");
        assertThat(unknown.messageEn()).contains("9.9");
    }

    @Test
    void aWithdrawnActionCannotBeChangedAgain() {
        journey.signed(Frontignan.draft());
        inEffect(amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.withdrawAction("4.1", null)), SIGNED_ON);
        assertRejected(journey.repository, ID, () -> ctg.amend(ID, amendment(2, LocalDate.of(2025, 1, 15),
                AmendmentChange.changeBudget("4.1", List.of(line(2025, "1000.00")))), AGENT),
                RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[1].changes[0].actionNumber");
    }

    @Test
    void twoPendingAmendmentsAddingTheSameCommuneCannotBothTakeEffect() {
        journey.signed(Frontignan.draft());
        ctg.amend(ID, amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addCommunes(List.of(SETE))), AGENT);
        ctg.amend(ID, amendment(2, LocalDate.of(2024, 9, 16), AmendmentChange.addCommunes(List.of(SETE))), AGENT);
        for (String party : List.of(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME)) {
            ctg.signAmendment(ID, 1, party, SIGNED_ON, AGENT);
        }
        ctg.signAmendment(ID, 2, Frontignan.CAF_NAME, SIGNED_ON, AGENT);
        assertRejected(journey.repository, ID, () -> ctg.signAmendment(ID, 2, Frontignan.COMMUNE_NAME, SIGNED_ON,
                AGENT), RuleCodes.ADDED_COMMUNE_COVERED, "amendments[1].changes[0].communeCodes");
    }

    @Test
    void aRivalSignedMeanwhileStopsTheAmendmentTakingEffect() {
        journey.signed(Frontignan.draft());
        ctg.amend(ID, amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addCommunes(List.of(SETE))), AGENT);
        ctg.signAmendment(ID, 1, Frontignan.CAF_NAME, SIGNED_ON, AGENT);
        Convention sete = ImmutableConvention.copyOf(Frontignan.signed()).withId("ctg-34-sete-2024")
                .withTitle("CTG de Sète 2024-2028").withCaf(Caf.of(Frontignan.CAF_NAME, "34"))
                .withTerritory(Territory.ofCommune(SETE)).withValidity(DateRange.ofYears(2024, 2028))
                .withSignatories(Frontignan.signed().getSignatories().get(0), signedCommune("Commune de Sète"))
                .withActions(List.of()).withAxes(List.of());
        journey.repository.save(sete, new Change(AGENT, Instant.parse("2024-09-20T10:00:00Z"), "Imported"));
        assertRejected(journey.repository, ID, () -> ctg.signAmendment(ID, 1, Frontignan.COMMUNE_NAME, SIGNED_ON,
                AGENT), RuleCodes.TERRITORY_TAKEN, "territory.communeCodes[1]");
    }
}
