package io.github.ctglib.storage.json;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.vocabulary.Period;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;

/** Conventions for the tests: Frontignan's, and one that fills every field of the format. */
final class Samples {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private Samples() {}

    static Change change(String summary) {
        return new Change("agent:test", NOW, summary);
    }

    /** A convention to change with {@code withX} methods. */
    static ImmutableConvention copy(Convention convention) {
        return ImmutableConvention.copyOf(convention);
    }

    /** Frontignan's draft under another id (ids decide file names). */
    static ImmutableConvention frontignan(String id) {
        return ImmutableConvention.copyOf(Frontignan.draft()).withId(id);
    }

    /** Frontignan's CTG signed, amended, evaluated and terminated: every optional part present. */
    static ImmutableConvention complete() {
        FieldOfAction mobility = FieldOfAction.other("mobilité");
        Convention draft = Frontignan.draft();
        ActionSheet ludotheque = ActionSheet.builder()
                .number("7.1")
                .title("Ludothèque itinérante")
                .addFields(mobility, Frontignan.CHILDHOOD)
                .addObjective("Aller vers les familles des quartiers éloignés")
                .targetPublic("Familles avec enfants de 3 à 11 ans")
                .pilot("Centre social")
                .addPartner("Médiathèque")
                .schedule(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2026, 6, 30)))
                .status(ActionStatus.IN_PROGRESS)
                .priority(Priority.LOW)
                .addBudget(BudgetLine.builder().year(2025).funder(Frontignan.CAF_NAME)
                        .instrument(FundingInstrument.SUBSIDY).nature(BudgetNature.ACTUAL)
                        .amount(new BigDecimal("12345678901.05")).build())
                .addIndicator(ActionIndicator.builder().label("Familles touchées").unit("familles")
                        .baseline(new BigDecimal("0")).target(new BigDecimal("120.50"))
                        .addMeasurement(Measurement.of(LocalDate.of(2025, 6, 30), new BigDecimal("42")))
                        .addMeasurement(Measurement.of(LocalDate.of(2025, 12, 31), new BigDecimal("87.125")))
                        .build())
                .build();
        Signatory msa = Signatory.builder().kind(OrganisationKind.MSA).name("MSA Languedoc")
                .identifier("775617657").representative(Person.of("Anne Martin", "Directrice"))
                .mandate(Mandate.of("Décision du conseil", LocalDate.of(2025, 2, 1)))
                .signedOn(LocalDate.of(2025, 3, 1)).build();
        return ImmutableConvention.builder().from(draft)
                .stage(Stage.TERMINATED)
                .territory(Territory.builder().addCommuneCode(Frontignan.COMMUNE).epciSiren(Frontignan.EPCI).build())
                .signatories(draft.getSignatories().stream()
                        .map(s -> Signatory.builder().from(s).mandate(Frontignan.mandateOf(s.getName()))
                                .signedOn(Frontignan.signatureDateOf(s.getName())).build())
                        .collect(Collectors.toList()))
                .addFields(mobility)
                .signatureDate(Frontignan.SIGNATURE_DATE)
                .diagnostic(Diagnostic.builder().from(draft.getDiagnostic())
                        .addIndicator(Indicator.builder().label("Enfants de moins de 3 ans").value(new BigDecimal("812"))
                                .unit("enfants").referenceYear(2021).source("INSEE RP 2021").territory("34108")
                                .build())
                        .build())
                .addAction(ludotheque)
                .governance(Governance.builder().coordinator(Person.of("Julie Roux", "Chargée de coopération CTG"))
                        .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 12))
                                .kind(CommitteeKind.STEERING).addDecision("Valider le plan d'actions").build())
                        .addMeeting(CommitteeMeeting.builder().date(LocalDate.of(2024, 9, 3))
                                .kind(CommitteeKind.TECHNICAL).build())
                        .build())
                .addAmendment(Amendment.builder().number(1).date(LocalDate.of(2025, 1, 15))
                        .object("Ajout de la fiche action 7.1 : ludothèque itinérante")
                        .addAddedAction(ludotheque)
                        .addAddedSignatory(msa)
                        .addAddedCommuneCode("34301")
                        .newValidityEnd(LocalDate.of(2027, 12, 31))
                        .addSignature(AmendmentSignature.of(Frontignan.CAF_NAME, LocalDate.of(2025, 2, 20)))
                        .addSignature(AmendmentSignature.of(Frontignan.COMMUNE_NAME, LocalDate.of(2025, 3, 1)))
                        .effectiveOn(LocalDate.of(2025, 3, 1))
                        .build())
                .evaluation(Evaluation.builder()
                        .addOutcome(ActionOutcome.of("1.1", Outcome.ACHIEVED))
                        .addOutcome(ActionOutcome.of("7.1", Outcome.PARTLY_ACHIEVED, "Deux quartiers sur trois"))
                        .overallAssessment("Une dynamique partenariale réelle ; « guillemets » et \"citations\".")
                        .build())
                .termination(Termination.of(LocalDate.of(2027, 7, 1), "Fusion de communes"))
                .predecessorId("ctg-34-frontignan-2018")
                .version(7)
                .build();
    }
}
