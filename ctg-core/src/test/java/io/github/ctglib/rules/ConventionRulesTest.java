package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableAxis;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Parties;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableCommitteeMeeting;
import io.github.ctglib.convention.ImmutableMandate;
import io.github.ctglib.convention.ImmutableRepresentative;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.vocabulary.Withdrawal;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each cross-field rule, shown accepting a convention and rejecting one with its code and path. */
class ConventionRulesTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.standard();
    private static final ImmutableConvention FRONTIGNAN = ImmutableConvention.copyOf(Frontignan.draft());
    private static final ImmutableConvention SIGNED = ImmutableConvention.copyOf(Frontignan.signed());
    private static final String DEPARTEMENT = "Département de l'Hérault";
    /** The Département de l'Hérault's SIREN (valid checksum). */
    private static final String DEPARTEMENT_SIREN = "223400011";

    @Test
    void frontignanIsValid() {
        assertThat(VALIDATOR.validate(FRONTIGNAN)).isEmpty();
    }

    @Test
    void validityMustBeInOrder() {
        assertAccepted(c -> c.withValidity(DateRange.of(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 6, 30))));
        assertRejected(c -> c.withValidity(DateRange.of(LocalDate.of(2027, 1, 1), LocalDate.of(2023, 1, 1)))
                .withActions(List.of()), RuleCodes.VALIDITY_ORDER, "validity");
    }

    @Test
    void actionScheduleMustBeInOrder() {
        assertAccepted(c -> action(c, a -> a.withSchedule(DateRange.ofYears(2024, 2025))));
        assertRejected(c -> action(c, a -> a.withSchedule(DateRange.of(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))),
                RuleCodes.SCHEDULE_ORDER, "actions[0].schedule");
    }

    @Test
    void amountsMustNotBeNegative() {
        assertAccepted(c -> budget(c, b -> b.withAmount(BigDecimal.ZERO)));
        assertRejected(c -> budget(c, b -> b.withAmount(new BigDecimal("-0.01"))), RuleCodes.AMOUNT_NEGATIVE,
                "actions[0].budget[0].amount");
    }

    @Test
    void budgetYearsMustLieInTheValidity() {
        assertAccepted(c -> budget(c, b -> b.withYear(2027)));
        assertRejected(c -> budget(c, b -> b.withYear(2028)), RuleCodes.BUDGET_YEAR, "actions[0].budget[0].year");
        assertRejected(c -> budget(c, b -> b.withYear(2022)), RuleCodes.BUDGET_YEAR, "actions[0].budget[0].year");
    }

    @Test
    void anActionsFieldMustBeAmongTheConventions() {
        assertAccepted(c -> action(c, a -> a.withNumber("4.2").withFields(Frontignan.HOUSING)));
        assertRejected(c -> action(c, a -> a.withFields(FieldOfAction.of(ActionField.DISABILITY))),
                RuleCodes.ACTION_FIELD, "actions[0].fields");
        assertRejected(c -> action(c, a -> a.withFields(FieldOfAction.other("mobilité"))), RuleCodes.ACTION_FIELD,
                "actions[0].fields");
    }

    @Test
    void actionNumbersAreUnique() {
        assertAccepted(c -> action(c, a -> a.withNumber("1.2")));
        assertRejected(c -> action(c, a -> a.withNumber("2.1")), RuleCodes.DUPLICATE_ACTION, "actions[0].number");
    }

    @Test
    void aSignatoryAppearsOnce() {
        ImmutableSignatory first = ImmutableSignatory.copyOf(FRONTIGNAN.getSignatories().get(0));
        assertAccepted(c -> c.withSignatories(append(c.getSignatories(), first.withName("CAF du Gard"))));
        assertRejected(c -> c.withSignatories(append(c.getSignatories(), first)), RuleCodes.DUPLICATE_SIGNATORY,
                "signatories[2]");
        ImmutableSignatory commune = ImmutableSignatory.copyOf(FRONTIGNAN.getSignatories().get(1));
        assertRejected(c -> c.withSignatories(append(c.getSignatories(), commune.withName("Ville de Frontignan"))),
                RuleCodes.DUPLICATE_SIGNATORY, "signatories[2]");
    }

    @Test
    void sirenNumbersHaveAValidChecksum() {
        assertAccepted(c -> c.withTerritory(Territory.builder().addCommuneCode(Frontignan.COMMUNE)
                .addEpciSiren(Frontignan.EPCI).build()));
        assertRejected(c -> c.withTerritory(Territory.builder().addCommuneCode(Frontignan.COMMUNE)
                .addEpciSiren("200066356").build()), RuleCodes.SIREN_CHECKSUM, "territory.epciSirens");
        assertRejected(c -> signatory(c, 1, s -> s.withIdentifier("213401087")), RuleCodes.SIREN_CHECKSUM,
                "signatories[1].identifier");
        assertAccepted(c -> budget(c, b -> b.withFunder(DEPARTEMENT).withFunderIdentifier(DEPARTEMENT_SIREN)));
        assertRejected(c -> budget(c, b -> b.withFunder(DEPARTEMENT).withFunderIdentifier("223400012")),
                RuleCodes.SIREN_CHECKSUM, "actions[0].budget[0].funderIdentifier");
    }

    @Test
    void siretNumbersHaveAValidChecksum() {
        assertAccepted(c -> signatory(c, 1, s -> s.withIdentifier("21340108600011")));
        assertRejected(c -> signatory(c, 1, s -> s.withIdentifier("21340108600012")), RuleCodes.SIRET_CHECKSUM,
                "signatories[1].identifier");
        assertAccepted(c -> budget(c, b -> b.withFunder("La Poste").withFunderIdentifier("35600000049837")));
        assertRejected(c -> budget(c, b -> b.withFunder("La Poste").withFunderIdentifier("35600000000013")),
                RuleCodes.SIRET_CHECKSUM, "actions[0].budget[0].funderIdentifier");
    }

    @Test
    void anIdentifierIsASirenASiretOrACommunesInseeCode() {
        assertAccepted(c -> signatory(c, 1, s -> s.withIdentifier(Frontignan.COMMUNE)));
        assertRejected(c -> signatory(c, 0, s -> s.withIdentifier("34108")), RuleCodes.IDENTIFIER_FORM,
                "signatories[0].identifier");
        assertRejected(c -> signatory(c, 1, s -> s.withIdentifier("2134010860")), RuleCodes.IDENTIFIER_FORM,
                "signatories[1].identifier");
        assertRejected(c -> budget(c, b -> b.withFunder("Commune de Sète").withFunderIdentifier("34301")),
                RuleCodes.IDENTIFIER_FORM, "actions[0].budget[0].funderIdentifier");
        List<Violation> wrong = VALIDATOR.validate(signatory(FRONTIGNAN, 1, s -> s.withIdentifier("2A0O4")));
        assertThat(wrong).extracting(Violation::code).containsOnlyOnce(RuleCodes.IDENTIFIER_FORM)
                .doesNotContain(RuleCodes.SIREN_CHECKSUM, RuleCodes.SIRET_CHECKSUM);
        assertThat(wrong.get(0).messageEn()).contains("'2A0O4'", "INSEE code");
    }

    @Test
    void aSignatureMustNotComeAfterTheValidityEnds() {
        Mandate mandate = Mandate.of("DEL-2024-03", LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 0, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2027, 12, 31))));
        List<Violation> late = VALIDATOR.validate(signatory(FRONTIGNAN, 0, s -> representative(s.withMandate(mandate),
                1, LocalDate.of(2028, 1, 1))));
        assertThat(late).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.SIGNED_AFTER_END, "signatories[0].representatives[1].signedOn"));
        assertThat(late.get(0).messageEn()).contains("Laurent Teissier", "2028-01-01", "2027-12-31");
    }

    @Test
    void aSignatureNeedsItsMandate() {
        assertAccepted(c -> signatory(c, 0, s -> Parties.signedOn(s.withMandate(Mandate.of("DEL-1", LocalDate.of(2024, 1, 8))),
                LocalDate.of(2024, 2, 1))));
        assertRejected(c -> signatory(c, 0, s -> Parties.signedOn(s, LocalDate.of(2024, 2, 1))),
                RuleCodes.MANDATE_MISSING, "signatories[0].mandate");
        assertRejected(c -> signatory(c, 0, s -> representative(s, 0, LocalDate.of(2024, 2, 1))),
                RuleCodes.MANDATE_MISSING, "signatories[0].mandate");
    }

    @Test
    void aSignatureMustNotComeBeforeItsMandate() {
        Mandate mandate = Mandate.of("DEL-2024-03", LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 1, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2024, 2, 8))));
        List<Violation> early = VALIDATOR.validate(signatory(FRONTIGNAN, 1, s -> representative(
                Parties.signedOn(s.withMandate(mandate), LocalDate.of(2024, 2, 8)), 1, LocalDate.of(2024, 2, 7))));
        assertThat(early).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.SIGNED_BEFORE_MANDATE, "signatories[1].representatives[1].signedOn"));
        assertThat(early.get(0).messageFr()).contains("Claudie Minguez", "2024-02-07", "2024-02-08");
    }

    @Test
    void aPartysRepresentativesAreNamedOnce() {
        ImmutableSignatory caf = ImmutableSignatory.copyOf(FRONTIGNAN.getSignatories().get(0));
        Representative director = caf.getRepresentatives().get(0);
        assertAccepted(c -> signatory(c, 1, s -> s.withRepresentatives(director)));
        assertRejected(c -> signatory(c, 0, s -> s.withRepresentatives(director, caf.getRepresentatives().get(1),
                Representative.of(director.getName(), "Directeur adjoint"))), RuleCodes.DUPLICATE_REPRESENTATIVE,
                "signatories[0].representatives[2].name");
    }

    @Test
    void aMandatesVoteComesOnOrBeforeTheDeliberation() {
        Supplier<ImmutableMandate.Builder> deliberation = () -> Mandate.builder().reference("DEL-2024-15")
                .date(LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 1, s -> s.withMandate(deliberation.get().voteDate(LocalDate.of(2024, 2, 8)).build())));
        assertAccepted(c -> signatory(c, 1, s -> s.withMandate(deliberation.get().voteDate(LocalDate.of(2024, 2, 1)).build())));
        assertRejected(c -> signatory(c, 1, s -> s.withMandate(deliberation.get().voteDate(LocalDate.of(2024, 2, 9)).build())),
                RuleCodes.MANDATE_VOTE_DATE, "signatories[1].mandate.voteDate");
    }

    @Test
    void aMandatesUrlIsAnHttpUrl() {
        Supplier<ImmutableMandate.Builder> deliberation = () -> Mandate.builder().reference("DEL-2024-15")
                .date(LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 1, s -> s.withMandate(deliberation.get()
                .url("https://www.frontignan.fr/deliberations/2024-15.pdf").build())));
        assertAccepted(c -> signatory(c, 1, s -> s.withMandate(deliberation.get().url("http://actes.example.fr/2024/15").build())));
        for (String url : List.of("www.frontignan.fr/deliberations/2024-15.pdf", "ftp://actes.example.fr/15",
                "https://", "https://actes example.fr/15")) {
            assertRejected(c -> signatory(c, 1, s -> s.withMandate(deliberation.get().url(url).build())),
                    RuleCodes.MANDATE_URL, "signatories[1].mandate.url");
        }
    }

    @Test
    void axisNumbersAreUnique() {
        assertAccepted(c -> c.withAxes(Frontignan.axes()));
        List<Axis> axes = new ArrayList<>(Frontignan.axes());
        axes.set(1, ImmutableAxis.copyOf(axes.get(1)).withNumber(1));
        assertRejected(c -> c.withAxes(axes), RuleCodes.DUPLICATE_AXIS, "axes[1].number");
    }

    @Test
    void anAxisServesFieldsOfTheConvention() {
        List<Axis> axes = new ArrayList<>(Frontignan.axes());
        axes.set(0, ImmutableAxis.copyOf(axes.get(0)).withFields(Frontignan.EARLY_CHILDHOOD, Frontignan.PARENTHOOD));
        assertAccepted(c -> c.withAxes(axes));
        axes.set(0, ImmutableAxis.copyOf(axes.get(0)).withFields(FieldOfAction.of(ActionField.DISABILITY)));
        assertRejected(c -> c.withAxes(axes), RuleCodes.AXIS_FIELD, "axes[0].fields");
    }

    @Test
    void anActionBelongsToAnAxisOfThePlan() {
        assertAccepted(c -> action(c, a -> a.withNumber("1.2")));
        assertRejected(c -> action(c, a -> a.withNumber("7.1")), RuleCodes.ACTION_AXIS_UNKNOWN, "actions[0].number");
        assertRejected(c -> action(c, a -> a.withNumber("11")), RuleCodes.ACTION_AXIS_UNKNOWN, "actions[0].number");
        assertAccepted(c -> action(c.withAxes(List.of()), a -> a.withNumber("7.1")));
    }

    @Test
    void anActionServingAFieldItsAxisDoesNotIsAWarning() {
        List<Violation> beyond = VALIDATOR.validate(action(FRONTIGNAN, a -> a.withFields(Frontignan.EARLY_CHILDHOOD,
                Frontignan.PARENTHOOD)));
        assertThat(beyond).extracting(Violation::code, Violation::path, Violation::severity).containsExactly(
                tuple(RuleCodes.ACTION_FIELD_OUTSIDE_AXIS, "actions[0].fields", Severity.WARNING));
        assertThat(beyond.get(0).messageEn()).contains("1.1", "axis 1");
    }

    @Test
    void aFunderIsAPartyOrAnIdentifiedOutsideFunder() {
        assertAccepted(c -> budget(c, b -> b.withFunder(Frontignan.COMMUNE_NAME)));
        assertAccepted(c -> budget(c, b -> b.withFunder(DEPARTEMENT).withFunderIdentifier(DEPARTEMENT_SIREN)));
        List<Violation> unknown = VALIDATOR.validate(budget(FRONTIGNAN, b -> b.withFunder(DEPARTEMENT)));
        assertThat(unknown).extracting(Violation::code, Violation::path, Violation::severity).containsExactly(
                tuple(RuleCodes.FUNDER_UNKNOWN_IN_PREPARATION, "actions[0].budget[0].funder", Severity.WARNING));
        assertThat(VALIDATOR.validate(budget(FRONTIGNAN, b -> b.withFunder(DEPARTEMENT))
                .withStage(io.github.ctglib.convention.Stage.AWAITING_SIGNATURES)))
                .extracting(Violation::code, Violation::path, Violation::severity).contains(
                        tuple(RuleCodes.FUNDER_UNKNOWN, "actions[0].budget[0].funder", Severity.ERROR));
    }

    @Test
    void aWithdrawnPartyFundsOnlyTheYearsItWasAParty() {
        Withdrawal in2025 = Withdrawal.of(1, LocalDate.of(2025, 6, 1), java.util.Optional.of("Sortie"));
        ImmutableConvention withDepartement = SIGNED.withSignatories(append(SIGNED.getSignatories(),
                Parties.signedOn(io.github.ctglib.convention.Signatory.builder()
                        .kind(io.github.ctglib.convention.OrganisationKind.DEPARTEMENT).name(DEPARTEMENT)
                        .identifier(DEPARTEMENT_SIREN).addRepresentative(Representative.of("Kléber Mesquida", "Président"))
                        .mandate(Mandate.of("Délibération de la commission permanente", LocalDate.of(2024, 1, 15)))
                        .build(), Frontignan.SIGNATURE_DATE).withWithdrawal(in2025)));
        assertThat(VALIDATOR.validate(budget(withDepartement, b -> b.withFunder(DEPARTEMENT).withYear(2025)))).isEmpty();
        assertThat(VALIDATOR.validate(budget(withDepartement, b -> b.withFunder(DEPARTEMENT).withYear(2026))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.FUNDER_UNKNOWN, "actions[0].budget[0].funder"));
    }

    @Test
    void coordinatorsAreNamedOnce() {
        Coordinator coordinator = Coordinator.builder().name("Léa Martin").title("Chargée de coopération CTG")
                .fullTimeEquivalents(new BigDecimal("0.50")).build();
        assertAccepted(c -> c.withGovernance(Governance.builder().addCoordinator(coordinator)
                .addCoordinator(Coordinator.of("Paul Roux", "Coordinateur enfance-jeunesse")).build()));
        assertRejected(c -> c.withGovernance(Governance.builder().addCoordinator(coordinator)
                        .addCoordinator(Coordinator.of("Léa Martin", "Référente parentalité")).build()),
                RuleCodes.DUPLICATE_COORDINATOR, "governance.coordinators[1].name");
    }

    @Test
    void aMeetingsAttendeesAreListedOnce() {
        CommitteeMeeting copil = CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 20))
                .kind(CommitteeKind.STEERING).addAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME).build();
        assertAccepted(c -> c.withGovernance(Governance.builder().addMeeting(copil)
                .addMeeting(ImmutableCommitteeMeeting.copyOf(copil).withDate(LocalDate.of(2025, 6, 19))).build()));
        assertRejected(c -> c.withGovernance(Governance.builder().addMeeting(ImmutableCommitteeMeeting.copyOf(copil)
                .withAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME, Frontignan.CAF_NAME)).build()),
                RuleCodes.DUPLICATE_ATTENDEE, "governance.meetings[0].attendees[2]");
    }

    @Test
    void aDocumentsMediaTypeIsTypeSlashSubtype() {
        for (String mediaType : List.of("application/pdf", "text/csv; charset=utf-8",
                "application/vnd.oasis.opendocument.text", "multipart/mixed; boundary=\"x y\"")) {
            assertAccepted(c -> c.withDocuments(document(mediaType)));
        }
        for (String mediaType : List.of("pdf", "application/", "/pdf", "application/pdf;", "application /pdf")) {
            assertRejected(c -> c.withDocuments(document(mediaType)), RuleCodes.MEDIA_TYPE, "documents[0].mediaType");
        }
    }

    @Test
    void aConventionDoesNotRenewItself() {
        assertAccepted(c -> c.withPredecessorIds(List.of("ctg-34-frontignan-2018")));
        assertRejected(c -> c.withPredecessorIds(List.of("ctg-34-frontignan-2018", Frontignan.ID)),
                RuleCodes.PREDECESSOR_SELF, "predecessorIds");
    }

    @Test
    void everyViolationIsReportedTogether() {
        ImmutableConvention broken = signatory(action(budget(FRONTIGNAN, b -> b.withFunderIdentifier("223400012")),
                a -> a.withNumber("7.1")), 0, s -> s.withIdentifier("34108")).withPredecessorIds(List.of(Frontignan.ID));
        assertThat(VALIDATOR.validate(broken)).extracting(Violation::code).contains(RuleCodes.SIREN_CHECKSUM,
                RuleCodes.ACTION_AXIS_UNKNOWN, RuleCodes.IDENTIFIER_FORM, RuleCodes.PREDECESSOR_SELF);
    }

    @Test
    void amendmentsAreNumberedInOrder() {
        assertThat(VALIDATOR.validate(SIGNED)).isEmpty();
        assertThat(VALIDATOR.validate(SIGNED.withAmendments(amendment(1), amendment(2)))).isEmpty();
        assertThat(VALIDATOR.validate(SIGNED.withAmendments(amendment(1), amendment(3))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.AMENDMENT_NUMBERING, "amendments[1].number"));
    }

    @Test
    void evaluationOutcomesNameActionsOfThePlan() {
        assertAccepted(c -> c.withEvaluation(Evaluation.builder().addOutcome(ActionOutcome.of("1.1", Outcome.ACHIEVED))
                .build()));
        assertRejected(c -> c.withEvaluation(Evaluation.builder().addOutcome(ActionOutcome.of("9.9", Outcome.ACHIEVED))
                .build()), RuleCodes.OUTCOME_UNKNOWN_ACTION, "evaluation.outcomes[0].actionNumber");
    }

    @Test
    void measurementsLieInTheValidity() {
        assertAccepted(c -> measurement(c, LocalDate.of(2027, 12, 31)));
        assertRejected(c -> measurement(c, LocalDate.of(2022, 12, 31)), RuleCodes.MEASUREMENT_DATE,
                "actions[0].indicators[0].measurements[0].date");
    }

    private static void assertAccepted(UnaryOperator<ImmutableConvention> change) {
        assertThat(VALIDATOR.validate(change.apply(FRONTIGNAN))).isEmpty();
    }

    private static void assertRejected(UnaryOperator<ImmutableConvention> change, String code, String path) {
        List<Violation> violations = VALIDATOR.validate(change.apply(FRONTIGNAN));
        assertThat(violations).extracting(Violation::code, Violation::path).contains(tuple(code, path));
    }

    private static <T> List<T> append(List<? extends T> list, T element) {
        List<T> out = new ArrayList<>(list);
        out.add(element);
        return out;
    }

    private static ImmutableConvention action(ImmutableConvention c, UnaryOperator<ImmutableActionSheet> change) {
        List<io.github.ctglib.actionplan.ActionSheet> actions = new ArrayList<>(c.getActions());
        actions.set(0, change.apply(ImmutableActionSheet.copyOf(actions.get(0))));
        return c.withActions(actions);
    }

    private static ImmutableConvention budget(ImmutableConvention c, UnaryOperator<ImmutableBudgetLine> change) {
        return action(c, a -> a.withBudget(change.apply(ImmutableBudgetLine.copyOf(a.getBudget().get(0)))));
    }

    private static ImmutableConvention signatory(ImmutableConvention c, int index,
            UnaryOperator<ImmutableSignatory> change) {
        List<io.github.ctglib.convention.Signatory> parties = new ArrayList<>(c.getSignatories());
        parties.set(index, change.apply(ImmutableSignatory.copyOf(parties.get(index))));
        return c.withSignatories(parties);
    }

    /** {@code party} with its representative {@code index} signed on {@code day}. */
    private static ImmutableSignatory representative(ImmutableSignatory party, int index, LocalDate day) {
        List<Representative> people = new ArrayList<>(party.getRepresentatives());
        people.set(index, ImmutableRepresentative.copyOf(people.get(index)).withSignedOn(day));
        return party.withRepresentatives(people);
    }

    private static DocumentReference document(String mediaType) {
        return DocumentReference.builder().title("Convention signée").kind(DocumentKind.SIGNED_CONVENTION)
                .mediaType(mediaType).size(1024).sha256(DocumentReference.sha256Of(new byte[] {1, 2, 3}))
                .location("ged://ctg/frontignan/convention.pdf").build();
    }

    private static ImmutableConvention measurement(ImmutableConvention c, LocalDate day) {
        return action(c, a -> a.withIndicators(io.github.ctglib.actionplan.ImmutableActionIndicator
                .copyOf(a.getIndicators().get(0)).withMeasurements(Measurement.of(day, BigDecimal.TEN))));
    }

    private static Amendment amendment(int number) {
        return Amendment.builder().number(number).date(LocalDate.of(2024, 6, 1)).object("Avenant " + number)
                .addChange(AmendmentChange.addCommunes(java.util.List.of("34301"))).build();
    }

}
