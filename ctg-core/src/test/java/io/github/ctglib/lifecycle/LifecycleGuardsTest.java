package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.CtgPolicy;
import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Severity;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Every guard of the lifecycle, shown accepting and rejecting; a rejection stores nothing. */
class LifecycleGuardsTest {

    private static final String ID = Frontignan.ID;
    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    private static ImmutableConvention draft() {
        return ImmutableConvention.copyOf(Frontignan.draft());
    }

    /** Runs {@code command}, expects a rejection with {@code code} at {@code path}, and storage untouched. */
    private List<Violation> assertRejected(String id, Supplier<?> command, String code, String path) {
        List<Revision> before = journey.repository.history(id);
        RuleViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
                command::get);
        assertThat(e).as("expected a rejection with " + code).isNotNull();
        assertThat(e.violations()).extracting(Violation::code, Violation::path).contains(tuple(code, path));
        assertThat(e.getMessage()).contains(code);
        assertThat(journey.repository.history(id)).isEqualTo(before);
        return e.violations();
    }

    @Nested
    class Scope {
        @Test
        void theCnafMinimumIsAccepted() {
            journey.prepared(draft());
            assertThat(ctg.requestSignatures(ID, AGENT).convention().getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
        }

        @Test
        void aConventionWithoutParenthoodIsRejected() {
            ImmutableConvention noParenthood = withoutField(draft(), ActionField.PARENTHOOD);
            journey.prepared(noParenthood);
            List<Violation> violations = assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.SCOPE,
                    "fields");
            assertThat(violations.get(0).messageFr()).contains("parentalité");
        }

        @Test
        void theThreeMandatoryFieldsAloneAreNotEnough() {
            ImmutableConvention three = draft().withFields(Frontignan.EARLY_CHILDHOOD, Frontignan.YOUTH,
                    Frontignan.PARENTHOOD).withActions(List.of()).withAxes(List.of());
            journey.prepared(three);
            assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.SCOPE, "fields");
        }

        @Test
        void anIntegratorsPolicyChangesTheThreshold() {
            CtgPolicy lenient = CtgPolicy.builder().requiredFields(EnumSet.of(ActionField.EARLY_CHILDHOOD))
                    .minimumOtherFields(0).build();
            FrontignanJourney custom = new FrontignanJourney(lenient);
            custom.prepared(withoutField(draft(), ActionField.PARENTHOOD));
            assertThat(custom.ctg.requestSignatures(ID, AGENT).convention().getStage())
                    .isEqualTo(Stage.AWAITING_SIGNATURES);
        }

        private ImmutableConvention withoutField(ImmutableConvention c, ActionField kind) {
            List<FieldOfAction> fields = new ArrayList<>(c.getFields());
            fields.removeIf(f -> f.getKind() == kind);
            List<ActionSheet> actions = new ArrayList<>(c.getActions());
            actions.removeIf(a -> a.getFields().stream().anyMatch(f -> f.getKind() == kind));
            List<io.github.ctglib.actionplan.Axis> axes = new ArrayList<>(c.getAxes());
            axes.removeIf(a -> a.getFields().stream().anyMatch(f -> f.getKind() == kind));
            return c.withFields(fields).withActions(actions).withAxes(axes);
        }
    }

    @Nested
    class ValidityLength {
        @Test
        void oneToFiveYearsAreAccepted() {
            assertThat(ctg.create(draft().withValidity(DateRange.ofYears(2023, 2027)), AGENT).convention().getVersion())
                    .isEqualTo(1);
            assertThat(ctg.create(draft().withId("one-year").withValidity(DateRange.ofYears(2024, 2024))
                    .withActions(List.of()), AGENT).convention().getVersion()).isEqualTo(1);
        }

        @Test
        void sixYearsOrElevenMonthsAreRejected() {
            assertRejected(ID, () -> ctg.create(draft().withValidity(DateRange.ofYears(2023, 2028)), AGENT),
                    RuleCodes.VALIDITY_LENGTH, "validity");
            assertRejected(ID, () -> ctg.create(draft().withValidity(DateRange.of(LocalDate.of(2024, 1, 1),
                    LocalDate.of(2024, 11, 30))).withActions(List.of()), AGENT), RuleCodes.VALIDITY_LENGTH, "validity");
            assertThat(ctg.find(ID)).isEmpty();
        }

        @Test
        void aStricterPolicyRejectsFiveYears() {
            FrontignanJourney custom = new FrontignanJourney(CtgPolicy.builder().from(CtgPolicy.standard())
                    .maximumValidityYears(4).build());
            assertThatThrownBy(() -> custom.ctg.create(draft(), AGENT)).isInstanceOf(RuleViolationException.class)
                    .hasMessageContaining(RuleCodes.VALIDITY_LENGTH);
        }
    }

    @Nested
    class AskingForSignatures {
        @Test
        void theConventionsCafMustBeAParty() {
            journey.prepared(draft().withSignatories(parties(s -> s.getKind() != OrganisationKind.CAF)));
            assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.CAF_NOT_PARTY, "signatories");
        }

        @Test
        void aLocalAuthorityMustBeAParty() {
            journey.prepared(draft().withSignatories(parties(s -> !s.getKind().isLocalAuthority())));
            assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.NO_LOCAL_AUTHORITY, "signatories");
        }

        @Test
        void aSecondCafCoSignsOnlyWhereTheTerritoryCrossesDepartements() {
            Signatory gard = Signatory.builder().kind(OrganisationKind.CAF).name("CAF du Gard")
                    .addRepresentative(Representative.of("B. Durand", "Directeur")).build();
            List<Signatory> withGard = new ArrayList<>(Frontignan.signatories());
            withGard.add(gard);
            journey.prepared(draft().withSignatories(withGard));
            assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.SECOND_CAF, "signatories[2]");

            FrontignanJourney crossing = new FrontignanJourney();
            crossing.prepared(draft().withSignatories(withGard)
                    .withTerritory(Territory.builder().addCommuneCodes("34108", "30189").build()));
            CommandResult accepted = crossing.ctg.requestSignatures(ID, AGENT);
            assertThat(accepted.warnings()).extracting(Violation::code).containsExactly(
                    RuleCodes.CAF_DEPARTEMENT_MISMATCH);
        }

        @Test
        void theDiagnosticNeedsAnIndicator() {
            ctg.create(draft(), AGENT);
            ctg.recordDiagnostic(ID, Diagnostic.empty(), AGENT);
            assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT), RuleCodes.DIAGNOSTIC_EMPTY,
                    "diagnostic.indicators");
        }

        @Test
        void anEmptyActionPlanIsOnlyAWarning() {
            ctg.create(draft().withActions(List.of()), AGENT);
            ctg.recordDiagnostic(ID, Frontignan.diagnostic(), AGENT);
            CommandResult result = ctg.requestSignatures(ID, AGENT);
            assertThat(result.convention().getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
            assertThat(result.warnings()).extracting(Violation::code, Violation::severity)
                    .containsExactly(tuple(RuleCodes.PLAN_EMPTY, Severity.WARNING));
        }

        @Test
        void theTerritoryMustMatchTheGeography() {
            assertRejected(ID, () -> ctg.create(draft().withTerritory(Territory.ofCommune("34999")), AGENT),
                    RuleCodes.COMMUNE_UNKNOWN, "territory.communeCodes[0]");
        }

        @Test
        void everyViolationIsReportedTogether() {
            journey.prepared(draft().withSignatories(parties(s -> s.getKind() == OrganisationKind.OTHER))
                    .withDiagnostic(Diagnostic.empty()));
            List<Violation> violations = assertRejected(ID, () -> ctg.requestSignatures(ID, AGENT),
                    RuleCodes.CAF_NOT_PARTY, "signatories");
            assertThat(violations).extracting(Violation::code).contains(RuleCodes.NO_LOCAL_AUTHORITY,
                    RuleCodes.DIAGNOSTIC_EMPTY);
        }

        private List<Signatory> parties(java.util.function.Predicate<Signatory> keep) {
            return Frontignan.signatories().stream().filter(keep).collect(java.util.stream.Collectors.toList());
        }
    }

    @Nested
    class Signing {
        private final Signatory commune = Frontignan.signatories().get(1);

        @Test
        void partiesSignOnlyOnceSignaturesAreRequested() {
            journey.prepared(draft());
            assertRejected(ID, () -> ctg.sign(ID, FrontignanJourney.signing(commune), AGENT), RuleCodes.STAGE, "stage");
        }

        @Test
        void aSignatureAfterTheValidityBeganIsAccepted() {
            journey.awaitingSignatures(draft());
            Convention c = ctg.sign(ID, FrontignanJourney.signing(commune), AGENT).convention();
            assertThat(c.signatory(Frontignan.COMMUNE_NAME).orElseThrow().getSignedOn()).contains(Frontignan.SIGNATURE_DATE);
            assertThat(c.getStage()).isEqualTo(Stage.AWAITING_SIGNATURES);
        }

        @Test
        void aSignatureAfterTheValidityEndsIsRejected() {
            journey.awaitingSignatures(draft());
            io.github.ctglib.lifecycle.Signing late = io.github.ctglib.lifecycle.Signing.byEveryRepresentative(commune.getName(),
                    LocalDate.of(2028, 1, 1), Frontignan.mandateOf(commune.getName()));
            assertRejected(ID, () -> ctg.sign(ID, late, AGENT), RuleCodes.SIGNED_AFTER_END,
                    "signatories[1].representatives[0].signedOn");
        }

        @Test
        void anUnknownPartyIsRejected() {
            journey.awaitingSignatures(draft());
            io.github.ctglib.lifecycle.Signing stranger = io.github.ctglib.lifecycle.Signing.byEveryRepresentative("Mairie de Sète",
                    Frontignan.SIGNATURE_DATE, Frontignan.mandateOf(commune.getName()));
            assertRejected(ID, () -> ctg.sign(ID, stranger, AGENT), RuleCodes.SIGNATORY_UNKNOWN, "signatories");
        }

        @Test
        void aPartySignsOnce() {
            journey.awaitingSignatures(draft());
            ctg.sign(ID, FrontignanJourney.signing(commune), AGENT);
            assertRejected(ID, () -> ctg.sign(ID, FrontignanJourney.signing(commune), AGENT), RuleCodes.ALREADY_SIGNED,
                    "signatories[1]");
        }

        @Test
        void aSignatureNeedsItsMandate() {
            journey.awaitingSignatures(draft());
            io.github.ctglib.lifecycle.Signing bare = io.github.ctglib.lifecycle.Signing.byEveryRepresentative(commune.getName(),
                    Frontignan.SIGNATURE_DATE, null);
            assertRejected(ID, () -> ctg.sign(ID, bare, AGENT), RuleCodes.MANDATE_MISSING, "signatories[1].mandate");
            io.github.ctglib.lifecycle.Signing early = io.github.ctglib.lifecycle.Signing.byEveryRepresentative(commune.getName(),
                    LocalDate.of(2024, 1, 5), Mandate.of("DCM-2024-07", LocalDate.of(2024, 2, 8)));
            assertRejected(ID, () -> ctg.sign(ID, early, AGENT), RuleCodes.SIGNED_BEFORE_MANDATE,
                    "signatories[1].representatives[0].signedOn");
        }

        @Test
        void theConventionIsSignedOnTheLatestSignature() {
            Convention signed = journey.signed(draft());
            assertThat(signed.getSignatureDate()).contains(Frontignan.SIGNATURE_DATE);
            assertThat(journey.events).extracting(LifecycleEvent::type).filteredOn(t -> t == EventType.SIGNED)
                    .hasSize(1);
        }
    }

    @Nested
    class TerritorialExclusivity {
        @Test
        void aCommuneCannotBeCoveredByTwoOverlappingSignedConventions() {
            journey.signed(draft());
            String rival = "ctg-34-frontignan-bis";
            FrontignanJourney sameStore = journey;
            Convention second = draft().withId(rival).withValidity(DateRange.ofYears(2026, 2030)).withActions(List.of());
            sameStore.awaitingSignatures(second);
            List<Signatory> parties = FrontignanJourney.ordered(second);
            for (Signatory party : parties.subList(0, parties.size() - 1)) {
                ctg.sign(rival, FrontignanJourney.signing(party), AGENT);
            }
            List<Violation> violations = assertRejected(rival, () -> ctg.sign(rival,
                    FrontignanJourney.signing(parties.get(parties.size() - 1)), AGENT), RuleCodes.TERRITORY_TAKEN,
                    "territory.communeCodes[0]");
            assertThat(violations).filteredOn(v -> v.code().equals(RuleCodes.TERRITORY_TAKEN)).singleElement()
                    .satisfies(v -> assertThat(v.messageEn()).contains("34108", ID));
        }

        @Test
        void aConventionThatFollowsWithoutOverlapIsAccepted() {
            journey.signed(draft());
            Convention next = draft().withId("ctg-34-frontignan-2028").withValidity(DateRange.ofYears(2028, 2032))
                    .withActions(List.of());
            journey.awaitingSignatures(next);
            Convention signed = null;
            for (Signatory party : FrontignanJourney.ordered(next)) {
                signed = ctg.sign(next.getId(), io.github.ctglib.lifecycle.Signing.byEveryRepresentative(party.getName(),
                        LocalDate.of(2027, 12, 1), Frontignan.mandateOf(party.getName())),
                        AGENT).convention();
            }
            assertThat(signed.getStage()).isEqualTo(Stage.SIGNED);
        }
    }

    @Nested
    class Amendments {
        private final Amendment addAction = Amendment.builder().number(1).date(LocalDate.of(2024, 9, 1))
                .object("Ajout d'une fiche action").addChange(AmendmentChange.addAction(ActionSheet.builder().number("2.2")
                        .title("Ludothèque itinérante").addFields(Frontignan.PARENTHOOD).build())).build();

        @Test
        void onlyASignedConventionIsAmended() {
            journey.awaitingSignatures(draft());
            assertRejected(ID, () -> ctg.amend(ID, addAction, AGENT), RuleCodes.STAGE, "stage");
            journey.signed(draft().withId("other").withTerritory(Territory.builder().addCommuneCodes("34108", "34301")
                    .build()).withValidity(DateRange.ofYears(2029, 2033)).withActions(List.of()));
            assertThat(ctg.amend("other", addAction, AGENT).convention().getAmendments()).hasSize(1);
        }

        @Test
        void amendmentsAreNumberedInOrder() {
            journey.signed(draft());
            Amendment second = io.github.ctglib.convention.ImmutableAmendment.copyOf(addAction).withNumber(2);
            assertRejected(ID, () -> ctg.amend(ID, second, AGENT), RuleCodes.AMENDMENT_NUMBERING, "amendments[0].number");
        }

        @Test
        void anAmendmentMayExtendTheValidityWithinThePolicy() {
            journey.signed(draft().withValidity(DateRange.ofYears(2023, 2026)));
            Amendment toFive = Amendment.builder().number(1).date(LocalDate.of(2025, 6, 1)).object("Prolongation")
                    .addChange(AmendmentChange.extendValidity(LocalDate.of(2027, 12, 31))).build();
            Amendment toSix = io.github.ctglib.convention.ImmutableAmendment.copyOf(toFive)
                    .withChanges(AmendmentChange.extendValidity(LocalDate.of(2028, 12, 31)));
            assertRejected(ID, () -> ctg.amend(ID, toSix, AGENT), RuleCodes.AMENDMENT_VALIDITY, "amendment.changes[0].newEnd");
            ctg.amend(ID, toFive, AGENT);
            Convention extended = null;
            for (Signatory party : ctg.find(ID).orElseThrow().getSignatories()) {
                extended = ctg.signAmendment(ID, 1, party.getName(), LocalDate.of(2025, 6, 20), AGENT).convention();
            }
            assertThat(extended.getValidity()).isEqualTo(DateRange.ofYears(2023, 2027));
        }

        @Test
        void anAmendmentMustChangeSomething() {
            journey.signed(draft());
            Amendment nothing = Amendment.builder().number(1).date(LocalDate.of(2024, 9, 1)).object("Rien").build();
            assertRejected(ID, () -> ctg.amend(ID, nothing, AGENT), RuleCodes.AMENDMENT_EMPTY, "amendments[0]");
        }

        @Test
        void anAmendmentIsDatedAfterTheSignature() {
            journey.signed(draft());
            Amendment early = io.github.ctglib.convention.ImmutableAmendment.copyOf(addAction)
                    .withDate(LocalDate.of(2024, 1, 1));
            assertRejected(ID, () -> ctg.amend(ID, early, AGENT), RuleCodes.AMENDMENT_DATE, "amendments[0].date");
        }

        @Test
        void anAddedActionFollowsTheModelsRules() {
            journey.signed(draft());
            Amendment outOfScope = Amendment.builder().number(1).date(LocalDate.of(2024, 9, 1)).object("Handicap")
                    .addChange(AmendmentChange.addAction(ActionSheet.builder().number("8.1").title("Inclusion")
                            .addFields(FieldOfAction.of(ActionField.DISABILITY)).build())).build();
            assertRejected(ID, () -> ctg.amend(ID, outOfScope, AGENT), RuleCodes.ACTION_FIELD, "actions[6].fields");
        }

        @Test
        void onlyAPendingAmendmentIsSignedByItsParties() {
            journey.signed(draft());
            assertRejected(ID, () -> ctg.signAmendment(ID, 1, Frontignan.CAF_NAME, LocalDate.of(2024, 9, 2), AGENT),
                    RuleCodes.AMENDMENT_UNKNOWN, "amendments");
            ctg.amend(ID, addAction, AGENT);
            assertRejected(ID, () -> ctg.signAmendment(ID, 1, "Mairie de Sète", LocalDate.of(2024, 9, 2), AGENT),
                    RuleCodes.SIGNATORY_UNKNOWN, "amendments[0].signatures");
        }
    }

    @Nested
    class MonitoringEvaluationAndClosing {
        @Test
        void monitoringFollowsASignedConvention() {
            MonitoringReport report = MonitoringReport.builder()
                    .addStatusChange(MonitoringReport.StatusChange.of("1.1", ActionStatus.IN_PROGRESS)).build();
            journey.awaitingSignatures(draft());
            assertRejected(ID, () -> ctg.recordMonitoring(ID, report, AGENT), RuleCodes.STAGE, "stage");
        }

        @Test
        void monitoringNamesKnownActionsAndIndicators() {
            journey.signed(draft());
            assertRejected(ID, () -> ctg.recordMonitoring(ID, MonitoringReport.builder()
                    .addStatusChange(MonitoringReport.StatusChange.of("9.9", ActionStatus.COMPLETED)).build(), AGENT),
                    RuleCodes.ACTION_UNKNOWN, "actions");
            assertRejected(ID, () -> ctg.recordMonitoring(ID, MonitoringReport.builder()
                    .addMeasurement(MonitoringReport.MeasurementEntry.of("1.1", "Inconnu",
                            io.github.ctglib.actionplan.Measurement.of(LocalDate.of(2024, 6, 1), java.math.BigDecimal.ONE)))
                    .build(), AGENT), RuleCodes.INDICATOR_UNKNOWN, "actions");
        }

        @Test
        void closingNeedsAnOutcomePerActionAndAnOverallAssessment() {
            Convention signed = journey.signed(draft());
            ctg.evaluate(ID, Evaluation.builder().addOutcome(ActionOutcome.of("1.1", Outcome.ACHIEVED)).build(), AGENT);
            List<Violation> violations = assertRejected(ID, () -> ctg.close(ID, AGENT), RuleCodes.OUTCOME_MISSING,
                    "actions[1]");
            assertThat(violations).extracting(Violation::code).contains(RuleCodes.ASSESSMENT_MISSING);

            Evaluation complete = Evaluation.builder().addAllOutcomes(signed.getActions().stream()
                            .map(a -> ActionOutcome.of(a.getNumber(), Outcome.ACHIEVED)).collect(java.util.stream.Collectors.toList()))
                    .overallAssessment("Objectifs atteints.").build();
            ctg.evaluate(ID, complete, AGENT);
            assertThat(ctg.close(ID, AGENT).convention().getStage()).isEqualTo(Stage.CLOSED);
        }

        @Test
        void onlyAnEvaluatedConventionIsClosed() {
            journey.signed(draft());
            assertRejected(ID, () -> ctg.close(ID, AGENT), RuleCodes.STAGE, "stage");
        }
    }

    @Nested
    class Termination_ {
        @Test
        void aTerminationFallsWithinTheValidityAfterTheSignature() {
            journey.signed(draft());
            assertRejected(ID, () -> ctg.terminate(ID, Termination.of(LocalDate.of(2028, 2, 1), "Trop tard"), AGENT),
                    RuleCodes.TERMINATION_DATE, "termination.date");
            assertRejected(ID, () -> ctg.terminate(ID, Termination.of(LocalDate.of(2024, 3, 1), "Trop tôt"), AGENT),
                    RuleCodes.TERMINATION_DATE, "termination.date");
            assertThat(ctg.terminate(ID, Termination.of(LocalDate.of(2026, 1, 1), "Fusion"), AGENT).convention()
                    .getStage()).isEqualTo(Stage.TERMINATED);
        }

        @Test
        void onlyASignedConventionIsTerminated() {
            journey.prepared(draft());
            assertRejected(ID, () -> ctg.terminate(ID, Termination.of(LocalDate.of(2026, 1, 1), "Fusion"), AGENT),
                    RuleCodes.STAGE, "stage");
        }
    }

    @Nested
    class Commands {
        @Test
        void anUnknownConventionIsNotFound() {
            assertThatThrownBy(() -> ctg.requestSignatures("nope", AGENT)).isInstanceOf(ConventionNotFoundException.class)
                    .hasMessageContaining("nope");
        }

        @Test
        void aConventionIsCreatedOnce() {
            ctg.create(draft(), AGENT);
            assertRejected(ID, () -> ctg.create(draft(), AGENT), RuleCodes.ALREADY_EXISTS, "id");
        }

        @Test
        void aConventionIsCreatedInPreparation() {
            assertRejected(ID, () -> ctg.create(draft().withStage(Stage.SIGNED), AGENT), RuleCodes.STAGE, "stage");
        }

        @Test
        void onlyASignedOrEvaluatedConventionIsRenewed() {
            journey.prepared(draft());
            assertRejected("ctg-next", () -> ctg.renew(ID, "ctg-next", "Suite", AGENT), RuleCodes.STAGE, "stage");
        }

        @Test
        void aFailingListenerDoesNotUndoTheChange() {
            ConventionLifecycle noisy = ConventionLifecycle.builder(journey.repository).clock(journey.clock)
                    .listener(e -> {
                        throw new IllegalStateException("listener down");
                    }).build();
            assertThat(noisy.create(draft(), AGENT).convention().getVersion()).isEqualTo(1);
            assertThat(journey.repository.findById(ID)).isPresent();
        }

        @Test
        void eachChangeRecordsItsActorAndTime() {
            journey.clock.set("2023-10-02T10:15:30Z");
            ctg.create(draft(), "agent:m.dupont");
            journey.clock.set("2023-11-03T14:00:00Z");
            ctg.recordDiagnostic(ID, Frontignan.diagnostic(), "agent:j.martin");
            assertThat(journey.repository.history(ID)).extracting(Revision::version, Revision::actor,
                    r -> r.at().toString()).containsExactly(tuple(1L, "agent:m.dupont", "2023-10-02T10:15:30Z"),
                    tuple(2L, "agent:j.martin", "2023-11-03T14:00:00Z"));
        }
    }


    @Nested
    class IdsAndTexts {
        @Test
        void anUnsafeOrUpperCaseIdGivenToACommandIsARuleViolation() {
            for (String id : List.of("CTG-34-A", "../etc", "")) {
                RuleViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                        RuleViolationException.class, () -> ctg.requestSignatures(id, AGENT));
                assertThat(e).as(id).isNotNull();
                assertThat(e.violations()).extracting(Violation::code, Violation::path)
                        .containsExactly(tuple(RuleCodes.ID_FORMAT, "id"));
            }
        }

        @Test
        void anUnsafeIdOfANewConventionIsARuleViolation() {
            RuleViolationException e = org.assertj.core.api.Assertions.catchThrowableOfType(RuleViolationException.class,
                    () -> ctg.create(draft().withId("CTG-34-Frontignan"), AGENT));
            assertThat(e).isNotNull();
            assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.ID_FORMAT);
            assertThat(ctg.validate(draft().withId("CTG-34-Frontignan"))).extracting(Violation::code)
                    .contains(RuleCodes.ID_FORMAT);
        }

        @Test
        void aTextNoStoreCanKeepIsRefusedOnTheLifecyclePath() {
            assertRejected(ID, () -> ctg.create(draft().withTitle("Frontignan\u0000"), AGENT), RuleCodes.TEXT_CONTROL,
                    "title");
            journey.prepared(draft());
            assertRejected(ID, () -> ctg.recordDiagnostic(ID, io.github.ctglib.convention.Diagnostic.builder()
                    .from(Frontignan.diagnostic()).addNeed(io.github.ctglib.convention.Need.of(Frontignan.YOUTH,
                            "Besoin\u001b[31m")).build(), AGENT), RuleCodes.TEXT_CONTROL, "diagnostic.needs[6].description");
        }
    }
}
