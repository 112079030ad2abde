package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static io.github.ctglib.lifecycle.LifecycleAssertions.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Before signatures are requested, a draft's title, validity, territory, fields and parties can be revised. */
class DraftRevisionTest {

    private static final String ID = Frontignan.ID;
    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    @Test
    void eachPartOfTheDraftIsRevisedAsOneRevisionWithItsActor() {
        Convention draft = Frontignan.draft();
        ctg.create(draft, AGENT);
        Convention c = ctg.reviseDraft(ID, DraftRevision.builder().title("CTG de Frontignan 2024-2028")
                .validity(DateRange.ofYears(2024, 2028)).build(), "agent:caf34.m.dupont").convention();
        assertThat(c.getTitle()).isEqualTo("CTG de Frontignan 2024-2028");
        assertThat(c.getValidity()).isEqualTo(DateRange.ofYears(2024, 2028));
        assertThat(c.getStage()).isEqualTo(Stage.IN_PREPARATION);

        ctg.recordDiagnostic(ID, draft.getDiagnostic(), AGENT);
        Set<FieldOfAction> fields = new LinkedHashSet<>(draft.getFields());
        fields.add(FieldOfAction.of(ActionField.DISABILITY));
        c = ctg.reviseDraft(ID, DraftRevision.builder().fields(fields)
                .territory(Territory.builder().addCommuneCodes(Frontignan.COMMUNE, "34024").build()).build(), AGENT)
                .convention();
        assertThat(c.getTerritory().getCommuneCodes()).containsExactly("34024", Frontignan.COMMUNE);
        assertThat(c.covers(ActionField.DISABILITY)).isTrue();

        ctg.planActions(ID, draft.getActions(), AGENT);
        List<Signatory> parties = new ArrayList<>(draft.getSignatories());
        parties.set(1, ImmutableSignatory.copyOf(parties.get(1)).withRepresentatives(
                Representative.of("Michel Arrouy", "Maire")));
        parties.add(Signatory.builder().kind(OrganisationKind.CCAS).name("CCAS de Frontignan")
                .addRepresentative(Representative.of("Claudie Minguez", "Vice-présidente")).build());
        c = ctg.reviseDraft(ID, DraftRevision.builder().parties(parties).build(), AGENT).convention();
        assertThat(c.getSignatories()).extracting(Signatory::getName).containsExactly(Frontignan.CAF_NAME,
                Frontignan.COMMUNE_NAME, "CCAS de Frontignan");
        assertThat(c.getStage()).isEqualTo(Stage.ACTION_PLANNING);

        List<Revision> history = journey.repository.history(ID);
        assertThat(history).extracting(Revision::summary).containsExactly("Created",
                "Draft revised: title, validity", "Shared diagnostic recorded", "Draft revised: territory, fields",
                "Action plan: 6 action(s)", "Draft revised: parties");
        assertThat(history.get(1).actor()).isEqualTo("agent:caf34.m.dupont");

        // The revised signature block is the one that signs.
        ctg.requestSignatures(ID, AGENT);
        assertRejected(journey.repository, ID, () -> ctg.sign(ID, Signing.by(Frontignan.COMMUNE_NAME,
                "Claudie Minguez", LocalDate.of(2024, 3, 6), Frontignan.mandateOf(Frontignan.COMMUNE_NAME)), AGENT),
                RuleCodes.REPRESENTATIVE_UNKNOWN, "signatories[1].representatives");
    }

    @Test
    void onceSignaturesAreRequestedTheDraftIsNoLongerRevised() {
        journey.awaitingSignatures(Frontignan.draft());
        assertRejected(journey.repository, ID, () -> ctg.reviseDraft(ID, DraftRevision.builder()
                .title("Autre titre").build(), AGENT), RuleCodes.STAGE, "stage");
        journey.signed(io.github.ctglib.convention.ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-other"));
        assertRejected(journey.repository, "ctg-34-other", () -> ctg.reviseDraft("ctg-34-other",
                DraftRevision.builder().validity(DateRange.ofYears(2024, 2028)).build(), AGENT), RuleCodes.STAGE, "stage");
    }

    @Test
    void aRevisionThatChangesNothingIsRefused() {
        Convention draft = Frontignan.draft();
        ctg.create(draft, AGENT);
        assertRejected(journey.repository, ID, () -> ctg.reviseDraft(ID, DraftRevision.builder().build(), AGENT),
                RuleCodes.REVISION_EMPTY, "revision");
        assertRejected(journey.repository, ID, () -> ctg.reviseDraft(ID, DraftRevision.builder()
                .title(draft.getTitle()).validity(draft.getValidity()).build(), AGENT), RuleCodes.REVISION_EMPTY,
                "revision");
    }

    @Test
    void aRevisedDraftIsJudgedAsOfItsStage() {
        ctg.create(Frontignan.draft(), AGENT);
        assertRejected(journey.repository, ID, () -> ctg.reviseDraft(ID, DraftRevision.builder()
                .validity(DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2023, 12, 31))).build(), AGENT),
                RuleCodes.VALIDITY_ORDER, "validity");
    }

    @Test
    void theEquipmentAnnexAndBonusTermsAreRevisedAndJudged() {
        // Without its plan: Frontignan's bonus line would then have to name the equipment (CTG-BONUS-001).
        ctg.create(io.github.ctglib.convention.ImmutableConvention.copyOf(Frontignan.draft()).withActions(), AGENT);
        io.github.ctglib.equipment.Equipment rpe = io.github.ctglib.equipment.Equipment.builder().reference("RPE-01")
                .kind(io.github.ctglib.equipment.EquipmentKind.RPE).name("Relais petite enfance")
                .manager(io.github.ctglib.equipment.EquipmentManager.named("Commune")).communeCode(Frontignan.COMMUNE)
                .supportingParty(Frontignan.COMMUNE_NAME).build();

        Convention c = ctg.reviseDraft(ID, DraftRevision.builder().equipment(List.of(rpe))
                .bonusTerms(io.github.ctglib.equipment.BonusTerms.builder().wealthTranche("T2").build()).build(), AGENT)
                .convention();

        assertThat(c.getEquipment()).containsExactly(rpe);
        assertThat(c.getBonusTerms().flatMap(t -> t.getWealthTranche())).contains("T2");
        assertThat(journey.repository.history(ID)).extracting(Revision::summary).last()
                .isEqualTo("Draft revised: equipment, bonus terms");
        assertRejected(journey.repository, ID, () -> ctg.reviseDraft(ID, DraftRevision.builder()
                .equipment(List.of(io.github.ctglib.equipment.ImmutableEquipment.copyOf(rpe).withCommuneCode("34301")))
                .build(), AGENT), RuleCodes.EQUIPMENT_COMMUNE_OUTSIDE, "equipment[0].communeCode");
    }
}
