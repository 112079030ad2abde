package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.actionplan.ImmutableBudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Parties;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Period;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each cross-field rule, shown accepting a convention and rejecting one with its code and path. */
class ConventionRulesTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.standard();
    private static final ImmutableConvention FRONTIGNAN = ImmutableConvention.copyOf(Frontignan.draft());
    private static final ImmutableConvention SIGNED = ImmutableConvention.copyOf(Frontignan.signed());

    @Test
    void frontignanIsValid() {
        assertThat(VALIDATOR.validate(FRONTIGNAN)).isEmpty();
    }

    @Test
    void validityMustBeInOrder() {
        assertAccepted(c -> c.withValidity(Period.of(LocalDate.of(2023, 1, 1), LocalDate.of(2027, 6, 30))));
        assertRejected(c -> c.withValidity(Period.of(LocalDate.of(2027, 1, 1), LocalDate.of(2023, 1, 1)))
                .withActions(List.of()), RuleCodes.VALIDITY_ORDER, "validity");
    }

    @Test
    void actionScheduleMustBeInOrder() {
        assertAccepted(c -> action(c, a -> a.withSchedule(Period.ofYears(2024, 2025))));
        assertRejected(c -> action(c, a -> a.withSchedule(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 1, 1)))),
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
        assertAccepted(c -> action(c, a -> a.withFields(Frontignan.HOUSING)));
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
                "signatories[4]");
        ImmutableSignatory commune = ImmutableSignatory.copyOf(FRONTIGNAN.getSignatories().get(2));
        assertRejected(c -> c.withSignatories(append(c.getSignatories(), commune.withName("Ville de Frontignan"))),
                RuleCodes.DUPLICATE_SIGNATORY, "signatories[4]");
    }

    @Test
    void sirenNumbersHaveAValidChecksum() {
        assertAccepted(c -> c.withTerritory(Territory.builder().addCommuneCode(Frontignan.COMMUNE)
                .addEpciSiren(Frontignan.EPCI).build()));
        assertRejected(c -> c.withTerritory(Territory.builder().addCommuneCode(Frontignan.COMMUNE)
                .addEpciSiren("200066356").build()), RuleCodes.SIREN_CHECKSUM, "territory.epciSiren");
        assertRejected(c -> signatory(c, 2, s -> s.withIdentifier("213401087")), RuleCodes.SIREN_CHECKSUM,
                "signatories[2].identifier");
    }

    @Test
    void aSignatureMustNotComeAfterTheValidityEnds() {
        Mandate mandate = Mandate.of("DEL-2024-03", LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 0, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2027, 12, 31))));
        assertRejected(c -> signatory(c, 0, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2028, 1, 1))),
                RuleCodes.SIGNED_AFTER_END, "signatories[0].signedOn");
    }

    @Test
    void aSignatureNeedsItsMandate() {
        assertAccepted(c -> signatory(c, 0, s -> Parties.signedOn(s.withMandate(Mandate.of("DEL-1", LocalDate.of(2024, 1, 8))),
                LocalDate.of(2024, 2, 1))));
        assertRejected(c -> signatory(c, 0, s -> Parties.signedOn(s, LocalDate.of(2024, 2, 1))),
                RuleCodes.MANDATE_MISSING, "signatories[0].mandate");
    }

    @Test
    void aSignatureMustNotComeBeforeItsMandate() {
        Mandate mandate = Mandate.of("DEL-2024-03", LocalDate.of(2024, 2, 8));
        assertAccepted(c -> signatory(c, 2, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2024, 2, 8))));
        assertRejected(c -> signatory(c, 2, s -> Parties.signedOn(s.withMandate(mandate), LocalDate.of(2024, 2, 7))),
                RuleCodes.SIGNED_BEFORE_MANDATE, "signatories[2].signedOn");
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

    private static ImmutableConvention measurement(ImmutableConvention c, LocalDate day) {
        return action(c, a -> a.withIndicators(io.github.ctglib.actionplan.ImmutableActionIndicator
                .copyOf(a.getIndicators().get(0)).withMeasurements(Measurement.of(day, BigDecimal.TEN))));
    }

    private static Amendment amendment(int number) {
        return Amendment.builder().number(number).date(LocalDate.of(2024, 6, 1)).object("Avenant " + number)
                .addChange(AmendmentChange.addCommunes(java.util.List.of("34301"))).build();
    }

}
