package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentEffects;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Each change of an amendment is judged against the convention's record as it stands at that change: the
 * amendments in effect replayed from the convention as signed, the earlier changes of the same amendment counted,
 * a pending amendment against the record as it stands now.
 */
class AmendmentChangesTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.withGeography(Geography.bundled());
    private static final ImmutableConvention SIGNED = ImmutableConvention.copyOf(Frontignan.signed());
    private static final LocalDate DAY = LocalDate.of(2024, 9, 1);
    private static final String SETE = "34301";

    /** A pending amendment number 1 making {@code changes}. */
    private static Amendment pending(AmendmentChange... changes) {
        return Amendment.builder().number(1).date(DAY).object("Avenant n° 1").addChanges(changes).build();
    }

    private static List<Violation> judged(Amendment... amendments) {
        return VALIDATOR.validate(SIGNED.withAmendments(amendments));
    }

    private static List<Violation> errors(Convention c) {
        return VALIDATOR.validate(c).stream().filter(Violation::isError).toList();
    }

    /** {@code c} once {@code amendment} is in effect on {@code day}, signed by all its parties that day. */
    private static Convention inEffect(Convention c, Amendment amendment, LocalDate day) {
        List<AmendmentSignature> all = java.util.stream.Stream.concat(c.activeParties().stream(),
                amendment.addedParties().stream()).map(s -> AmendmentSignature.of(s.getName(), day)).toList();
        Amendment signed = Amendment.builder().from(amendment).date(day).signatures(all).effectiveOn(day).build();
        return AmendmentEffects.applied(ImmutableConvention.copyOf(c).withAmendments(concat(c, signed)), signed);
    }

    private static List<Amendment> concat(Convention c, Amendment amendment) {
        return java.util.stream.Stream.concat(c.getAmendments().stream(), java.util.stream.Stream.of(amendment))
                .toList();
    }

    private static ActionSheet action(String number) {
        return ImmutableActionSheet.copyOf(Frontignan.actions().get(0)).withNumber(number)
                .withTitle("Relais petite enfance " + number);
    }

    @Test
    void anAmendmentMayAddAnAxisForTheActionsItAdds() {
        io.github.ctglib.actionplan.Axis handicap = io.github.ctglib.actionplan.Axis.builder().number(7)
                .title("Handicap et inclusion").addFields(Frontignan.EARLY_CHILDHOOD).build();
        Convention added = inEffect(SIGNED, pending(AmendmentChange.addAxis(handicap),
                AmendmentChange.addAction(action("7.1"))), DAY);
        assertThat(added.getAxes()).extracting(io.github.ctglib.actionplan.Axis::getNumber).contains(7);
        assertThat(errors(added)).isEmpty();
        // Without the axis, action 7.1 belongs to no axis of the plan.
        assertThat(errors(inEffect(SIGNED, pending(AmendmentChange.addAction(action("7.1"))), DAY)))
                .extracting(Violation::code).contains(RuleCodes.ACTION_AXIS_UNKNOWN);
        // An axis the plan holds already cannot be added again.
        io.github.ctglib.actionplan.Axis again = io.github.ctglib.actionplan.Axis.builder().from(handicap).number(2).build();
        assertThat(judged(pending(AmendmentChange.addAxis(again)))).extracting(Violation::code, Violation::path)
                .contains(tuple(RuleCodes.ADDED_AXIS_EXISTS, "amendments[0].changes[0].axis.number"));
        // Undone, the axis is gone again: the convention before the amendment.
        assertThat(added.inEffectOn(DAY.minusDays(1)).getAxes()).isEqualTo(SIGNED.getAxes());
    }

    @Test
    void aChangeNamesAnActionOfTheRecord() {
        assertThat(judged(pending(AmendmentChange.replaceAction(action("1.1")),
                AmendmentChange.withdrawAction("2.1", "Réalisée"),
                AmendmentChange.changeBudget("3.1", List.of())))).filteredOn(Violation::isError).isEmpty();
        assertThat(judged(pending(AmendmentChange.replaceAction(action("1.9")),
                AmendmentChange.withdrawAction("9.1", null), AmendmentChange.changeBudget("9.2", List.of()))))
                .extracting(Violation::code, Violation::path).containsExactly(
                        tuple(RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[0].actionNumber"),
                        tuple(RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[1].actionNumber"),
                        tuple(RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[2].actionNumber"));
    }

    @Test
    void theEarlierChangesOfTheSameAmendmentCount() {
        assertThat(judged(pending(AmendmentChange.addAction(action("1.2")),
                AmendmentChange.replaceAction(action("1.2"))))).filteredOn(Violation::isError).isEmpty();
        assertThat(judged(pending(AmendmentChange.replaceAction(action("1.2")),
                AmendmentChange.addAction(action("1.2"))))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.CHANGED_ACTION_UNKNOWN, "amendments[0].changes[0].actionNumber"));
    }

    @Test
    void anAddedActionHasANewNumber() {
        List<Violation> again = judged(pending(AmendmentChange.addAction(action("1.1"))));
        assertThat(again).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ADDED_ACTION_EXISTS, "amendments[0].changes[0].action.number"));
        assertThat(again.get(0).messageFr()).contains("L'avenant 1", "1.1");
    }

    @Test
    void aReplacementKeepsTheNumberOfTheActionItReplaces() {
        AmendmentChange renumbered = ImmutableAmendmentChange.ReplaceAction.builder().actionNumber("1.1")
                .replacement(action("1.2")).build();
        assertThat(judged(pending(renumbered))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.REPLACEMENT_NUMBER, "amendments[0].changes[0].replacement.number"));
    }

    @Test
    void anActionIsWithdrawnOnce() {
        assertThat(judged(pending(AmendmentChange.withdrawAction("2.1", null),
                AmendmentChange.withdrawAction("2.1", null)))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ACTION_WITHDRAWN_TWICE, "amendments[0].changes[1].actionNumber"));

        Convention withdrawn = inEffect(SIGNED, pending(AmendmentChange.withdrawAction("2.1", "Réalisée")), DAY);
        assertThat(errors(withdrawn)).as("the amendment in effect is judged against the record before it").isEmpty();
        Amendment again = Amendment.builder().number(2).date(DAY.plusMonths(6)).object("Avenant n° 2")
                .addChange(AmendmentChange.withdrawAction("2.1", null)).build();
        assertThat(errors(ImmutableConvention.copyOf(withdrawn).withAmendments(concat(withdrawn, again))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ACTION_WITHDRAWN_TWICE, "amendments[1].changes[0].actionNumber"));
    }

    @Test
    void anAmendmentInEffectIsNotJudgedAgainstItsOwnEffects() {
        Convention added = inEffect(SIGNED, pending(AmendmentChange.addAction(action("1.2")),
                AmendmentChange.addCommunes(List.of(SETE)), AmendmentChange.addField(FieldOfAction.of(ActionField.DISABILITY)),
                AmendmentChange.addParty(epci())), DAY);
        assertThat(added.action("1.2")).isPresent();
        assertThat(errors(added)).isEmpty();
    }

    @Test
    void communesAddedAreNewAndCommunesWithdrawnAreCovered() {
        assertThat(judged(pending(AmendmentChange.addCommunes(List.of(SETE))))).filteredOn(Violation::isError).isEmpty();
        assertThat(judged(pending(AmendmentChange.addCommunes(List.of(SETE, Frontignan.COMMUNE)))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ADDED_COMMUNE_COVERED, "amendments[0].changes[0].communeCodes"));
        assertThat(judged(pending(AmendmentChange.withdrawCommunes(List.of(SETE)))))
                .extracting(Violation::code, Violation::path).containsExactly(
                        tuple(RuleCodes.WITHDRAWN_COMMUNE_NOT_COVERED, "amendments[0].changes[0].communeCodes"));
    }

    @Test
    void aPendingAmendmentIsJudgedAgainstTheRecordOfItsDate() {
        Amendment first = pending(AmendmentChange.addCommunes(List.of(SETE)));
        Amendment second = Amendment.builder().from(first).number(2).date(DAY.plusDays(1)).build();
        LocalDate effect = DAY.plusMonths(1);
        Amendment secondInEffect = Amendment.builder().from(second).signatures(SIGNED.activeParties().stream()
                .map(s -> AmendmentSignature.of(s.getName(), effect)).toList()).effectiveOn(effect).build();
        Convention overtaken = AmendmentEffects.applied(SIGNED.withAmendments(first, secondInEffect), secondInEffect);
        assertThat(errors(overtaken)).as("the first was right on its date; it is refused when it takes effect")
                .isEmpty();
        Amendment firstInEffect = Amendment.builder().from(first).signatures(secondInEffect.getSignatures())
                .effectiveOn(effect.plusDays(1)).build();
        assertThat(errors(AmendmentEffects.applied(overtaken, firstInEffect))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ADDED_COMMUNE_COVERED, "amendments[0].changes[0].communeCodes"));
        Amendment third = Amendment.builder().from(first).number(3).date(effect.plusDays(2)).build();
        assertThat(errors(ImmutableConvention.copyOf(overtaken).withAmendments(concat(overtaken, third))))
                .as("proposed once the commune was covered").extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ADDED_COMMUNE_COVERED, "amendments[2].changes[0].communeCodes"));
    }

    @Test
    void atLeastOneCommuneRemains() {
        assertThat(judged(pending(AmendmentChange.withdrawCommunes(List.of(Frontignan.COMMUNE)))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.TERRITORY_EMPTIED, "amendments[0].changes[0].communeCodes"));
        assertThat(judged(pending(AmendmentChange.addCommunes(List.of(SETE)),
                AmendmentChange.withdrawCommunes(List.of(Frontignan.COMMUNE))))).extracting(Violation::code)
                .doesNotContain(RuleCodes.TERRITORY_EMPTIED);
    }

    @Test
    void aPartyAddedIsNewAndAPartyWithdrawnIsActive() {
        assertThat(judged(pending(AmendmentChange.addParty(epci())))).filteredOn(Violation::isError).isEmpty();
        Signatory secondCaf = Signatory.builder().from(epci()).kind(OrganisationKind.CAF).name(Frontignan.CAF_NAME)
                .identifier(java.util.Optional.empty()).build();
        assertThat(judged(pending(AmendmentChange.addParty(secondCaf)))).extracting(Violation::code, Violation::path)
                .contains(tuple(RuleCodes.ADDED_PARTY_EXISTS, "amendments[0].changes[0].party.name"));
        assertThat(judged(pending(AmendmentChange.withdrawParty("Commune de Sète", null))))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.WITHDRAWN_PARTY_NOT_ACTIVE, "amendments[0].changes[0].partyName"));
        assertThat(judged(pending(AmendmentChange.addParty(epci()), AmendmentChange.withdrawParty(epci().getName(), null),
                AmendmentChange.withdrawParty(epci().getName(), null)))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.WITHDRAWN_PARTY_NOT_ACTIVE, "amendments[0].changes[2].partyName"));
    }

    @Test
    void aFieldAddedIsNotCoveredYet() {
        assertThat(judged(pending(AmendmentChange.addField(FieldOfAction.of(ActionField.DISABILITY)))))
                .filteredOn(Violation::isError).isEmpty();
        assertThat(judged(pending(AmendmentChange.addField(Frontignan.YOUTH)))).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.ADDED_FIELD_COVERED, "amendments[0].changes[0].field"));
    }

    @Test
    void anAmendmentMakesAChange() {
        assertThat(judged(pending())).extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.AMENDMENT_EMPTY, "amendments[0]"));
    }

    @Test
    void everyFaultOfAnAmendmentIsReportedTogether() {
        assertThat(judged(pending(AmendmentChange.addAction(action("2.1")), AmendmentChange.addField(Frontignan.YOUTH),
                AmendmentChange.withdrawCommunes(List.of(SETE))))).extracting(Violation::code).containsExactly(
                RuleCodes.ADDED_ACTION_EXISTS, RuleCodes.WITHDRAWN_COMMUNE_NOT_COVERED, RuleCodes.ADDED_FIELD_COVERED);
    }

    private static Signatory epci() {
        return Signatory.builder().kind(OrganisationKind.EPCI).name("Sète Agglopôle Méditerranée")
                .identifier(Frontignan.EPCI).addRepresentative(Representative.of("François Commeinhes", "Président"))
                .mandate(Frontignan.mandateOf(Frontignan.COMMUNE_NAME)).build();
    }
}
