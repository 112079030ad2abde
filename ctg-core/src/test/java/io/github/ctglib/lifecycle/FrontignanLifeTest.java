package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.TimeStatus;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The CTG of Frontignan through its whole life: preparation to renewal for 2028-2032. */
class FrontignanLifeTest {

    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;
    private static final String ID = Frontignan.ID;

    @Test
    void fromPreparationToRenewal() {
        Convention draft = Frontignan.draft();

        // Preparation, shared diagnostic, action plan.
        assertThat(ctg.create(draft, AGENT).convention().getStage()).isEqualTo(Stage.IN_PREPARATION);
        assertThat(ctg.recordDiagnostic(ID, Frontignan.diagnostic(), AGENT).convention().getStage())
                .isEqualTo(Stage.SHARED_DIAGNOSTIC);
        assertThat(ctg.planActions(ID, Frontignan.actions(), AGENT).convention().getStage())
                .isEqualTo(Stage.ACTION_PLANNING);
        CommandResult requested = ctg.requestSignatures(ID, AGENT);
        assertThat(requested.convention().getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
        assertThat(requested.warnings()).isEmpty();

        // Four people sign, each on their own day: the CAF's director, then the president of its board; the
        // mayor, then the first deputy, last, on 6 March 2024 (after the validity began).
        String caf = Frontignan.CAF_NAME;
        String commune = Frontignan.COMMUNE_NAME;
        Convention partly = ctg.sign(ID, Signing.by(caf, "Thierry Mathieu", LocalDate.of(2024, 2, 20),
                Frontignan.mandateOf(caf)), AGENT).convention();
        assertThat(partly.signatory(caf).orElseThrow().hasSigned()).isFalse();
        partly = ctg.sign(ID, Signing.by(caf, "Laurent Teissier", LocalDate.of(2024, 2, 27), null), AGENT).convention();
        assertThat(partly.signatory(caf).orElseThrow().getSignedOn()).contains(LocalDate.of(2024, 2, 27));
        assertThat(partly.signatory(caf).orElseThrow().getMandate()).contains(Frontignan.mandateOf(caf));
        partly = ctg.sign(ID, Signing.by(commune, "Michel Arrouy", LocalDate.of(2024, 3, 4),
                Frontignan.mandateOf(commune)), AGENT).convention();
        assertThat(partly.getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
        assertThat(partly.getSignatureDate()).isEmpty();
        journey.clock.set("2024-03-06T11:00:00Z");
        Convention signed = ctg.sign(ID, Signing.by(commune, "Claudie Minguez", LocalDate.of(2024, 3, 6), null),
                AGENT).convention();
        assertThat(signed.getStage()).isEqualTo(Stage.SIGNED);
        assertThat(signed.getSignatureDate()).contains(Frontignan.SIGNATURE_DATE);
        assertThat(signed.getSignatories()).allMatch(Signatory::hasSigned);
        assertThat(signed.signatory(commune).orElseThrow().getRepresentatives())
                .extracting(r -> r.getName() + " " + r.getSignedOn().orElseThrow())
                .containsExactly("Michel Arrouy 2024-03-04", "Claudie Minguez 2024-03-06");
        assertThat(journey.repository.history(ID)).extracting(Revision::summary).contains(
                "Signed by " + caf + " (Thierry Mathieu)", "Signed by " + commune + " (Claudie Minguez)");
        assertThat(ctg.timeStatus(signed)).isEqualTo(TimeStatus.IN_FORCE);

        // An amendment that adds an action, in effect once all four have signed it.
        ActionSheet roaming = ActionSheet.builder().number("6.2").title("Service itinérant de proximité")
                .addFields(Frontignan.ACCESS_TO_RIGHTS).pilot("France Services").build();
        ctg.amend(ID, Amendment.builder().number(1).date(LocalDate.of(2024, 9, 15))
                .object("Ajout de la fiche action 6.2 : service itinérant de proximité").addChange(AmendmentChange.addAction(roaming))
                .build(), AGENT);
        Convention amended = null;
        for (Signatory party : signed.getSignatories()) {
            amended = ctg.signAmendment(ID, 1, party.getName(), LocalDate.of(2024, 10, 1), AGENT).convention();
        }
        assertThat(amended.getAmendments().get(0).getEffectiveOn()).contains(LocalDate.of(2024, 10, 1));
        assertThat(amended.action("6.2")).isPresent();

        // A year of monitoring.
        journey.clock.set("2025-01-20T09:00:00Z");
        Convention monitored = ctg.recordMonitoring(ID, MonitoringReport.builder()
                .addMeasurement(MonitoringReport.MeasurementEntry.of("1.1", "Places d'accueil du jeune enfant",
                        Measurement.of(LocalDate.of(2024, 12, 31), new BigDecimal("226"))))
                .addStatusChange(MonitoringReport.StatusChange.of("1.1", ActionStatus.IN_PROGRESS))
                .addStatusChange(MonitoringReport.StatusChange.of("5.1", ActionStatus.COMPLETED))
                .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 20)).kind(CommitteeKind.TECHNICAL)
                        .addDecision("Calendrier des ateliers numériques").build())
                .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 12, 12)).kind(CommitteeKind.STEERING)
                        .addDecision("Bilan de l'année 2024 validé").build())
                .build(), AGENT).convention();
        assertThat(monitored.action("1.1").orElseThrow().getStatus()).isEqualTo(ActionStatus.IN_PROGRESS);
        assertThat(monitored.action("1.1").orElseThrow().getIndicators().get(0).latest().orElseThrow().getValue())
                .isEqualByComparingTo("226");
        assertThat(monitored.getGovernance().getMeetings()).hasSize(2);

        // Evaluation, then closing.
        journey.clock.set("2027-11-15T09:00:00Z");
        Evaluation evaluation = Evaluation.builder()
                .addAllOutcomes(monitored.getActions().stream()
                        .map(a -> ActionOutcome.of(a.getNumber(), Outcome.PARTLY_ACHIEVED)).collect(Collectors.toList()))
                .overallAssessment("Places d'accueil en hausse ; l'accès aux droits reste l'enjeu principal.")
                .build();
        assertThat(ctg.evaluate(ID, evaluation, AGENT).convention().getStage()).isEqualTo(Stage.EVALUATION);
        assertThat(ctg.close(ID, AGENT).convention().getStage()).isEqualTo(Stage.CLOSED);

        // Renewal for 2028-2032, carrying over the territory, parties, fields and latest figures.
        Convention renewed = ctg.renew(ID, "ctg-34-frontignan-2028", "CTG de Frontignan la Peyrade 2028-2032", AGENT)
                .convention();
        assertThat(renewed.getStage()).isEqualTo(Stage.IN_PREPARATION);
        assertThat(renewed.getPredecessorIds()).containsExactly(ID);
        assertThat(renewed.getValidity()).isEqualTo(DateRange.ofYears(2028, 2032));
        assertThat(renewed.getTerritory()).isEqualTo(draft.getTerritory());
        assertThat(renewed.getFields()).isEqualTo(draft.getFields());
        assertThat(renewed.getSignatories()).extracting(Signatory::getName)
                .containsExactlyElementsOf(amended.getSignatories().stream().map(Signatory::getName)
                        .collect(Collectors.toList()));
        assertThat(renewed.getSignatories()).noneMatch(Signatory::hasSigned);
        assertThat(renewed.getActions()).isEmpty();
        List<Indicator> baseline = renewed.getDiagnostic().getIndicators();
        assertThat(baseline).extracting(Indicator::getLabel).contains("Places d'accueil du jeune enfant",
                "Familles allocataires vivant sous le seuil de pauvreté");
        Indicator places = baseline.stream().filter(i -> i.getLabel().startsWith("Places")).findFirst().orElseThrow();
        assertThat(places.getValue()).isEqualByComparingTo("226");
        assertThat(places.getReferenceYear()).isEqualTo(2024);

        // Every change is in the history, with its actor and time; events were published in order.
        List<Revision> history = journey.repository.history(ID);
        assertThat(history).extracting(Revision::version)
                .containsExactlyElementsOf(java.util.stream.LongStream.rangeClosed(1, history.size()).boxed()
                        .collect(Collectors.toList()));
        assertThat(history).allMatch(r -> r.actor().equals(AGENT));
        assertThat(history.get(history.size() - 1).at()).isEqualTo(Instant.parse("2027-11-15T09:00:00Z"));
        assertThat(journey.events).extracting(LifecycleEvent::type).containsExactly(EventType.CREATED,
                EventType.SIGNATURES_REQUESTED, EventType.SIGNED, EventType.AMENDMENT_SIGNED, EventType.CLOSED,
                EventType.RENEWED);
        assertThat(journey.events.get(5).conventionId()).isEqualTo("ctg-34-frontignan-2028");
    }

    @Test
    void anAmendmentTakesEffectOnlyWhenEveryPartyHasSigned() {
        Convention signed = journey.signed(Frontignan.draft());
        ctg.amend(ID, Amendment.builder().number(1).date(LocalDate.of(2024, 9, 15)).object("Extension à Sète")
                .addChange(AmendmentChange.addCommunes(java.util.List.of("34301"))).build(), AGENT);
        List<Signatory> parties = signed.getSignatories();
        Convention partly = null;
        for (Signatory party : parties.subList(0, parties.size() - 1)) {
            partly = ctg.signAmendment(ID, 1, party.getName(), LocalDate.of(2024, 10, 1), AGENT).convention();
        }
        assertThat(partly.getAmendments().get(0).isInEffect()).isFalse();
        assertThat(partly.getTerritory().getCommuneCodes()).containsExactly("34108");

        Convention complete = ctg.signAmendment(ID, 1, parties.get(parties.size() - 1).getName(),
                LocalDate.of(2024, 10, 3), AGENT).convention();
        assertThat(complete.getAmendments().get(0).getEffectiveOn()).contains(LocalDate.of(2024, 10, 3));
        assertThat(complete.getTerritory().getCommuneCodes()).containsExactly("34108", "34301");
    }

    @Test
    void anAmendmentMayAddASignatoryWhoMustSignIt() {
        journey.signed(Frontignan.draft());
        Signatory msa = Signatory.builder().kind(io.github.ctglib.convention.OrganisationKind.MSA)
                .name("MSA Languedoc").addRepresentative(io.github.ctglib.convention.Representative.of("A. Martin", "Directrice"))
                .build();
        ctg.amend(ID, Amendment.builder().number(1).date(LocalDate.of(2024, 9, 15)).object("Adhésion de la MSA")
                .addChange(AmendmentChange.addParty(msa)).build(), AGENT);
        for (Signatory party : ctg.find(ID).orElseThrow().getSignatories()) {
            ctg.signAmendment(ID, 1, party.getName(), LocalDate.of(2024, 10, 1), AGENT);
        }
        assertThat(ctg.find(ID).orElseThrow().getAmendments().get(0).isInEffect()).isFalse();
        Convention withMsa = ctg.signAmendment(ID, 1, "MSA Languedoc", LocalDate.of(2024, 10, 2), AGENT).convention();
        assertThat(withMsa.signatory("MSA Languedoc").orElseThrow().getSignedOn()).contains(LocalDate.of(2024, 10, 2));
    }

    @Test
    void aTerminatedConventionStopsBeingInForce() {
        journey.signed(Frontignan.draft());
        Convention terminated = ctg.terminate(ID, io.github.ctglib.convention.Termination.of(LocalDate.of(2025, 7, 1),
                "Transfert de la compétence à l'intercommunalité"), AGENT).convention();
        assertThat(terminated.getStage()).isEqualTo(Stage.TERMINATED);
        assertThat(terminated.isInForceOn(LocalDate.of(2025, 6, 30))).isTrue();
        assertThat(terminated.isInForceOn(LocalDate.of(2025, 7, 1))).isFalse();
        assertThat(journey.events).extracting(LifecycleEvent::type).endsWith(EventType.TERMINATED);
    }

}
