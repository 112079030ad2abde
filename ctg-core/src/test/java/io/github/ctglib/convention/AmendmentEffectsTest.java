package io.github.ctglib.convention;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * An amendment's (avenant's) changes applied, then undone by {@link Convention#inEffectOn}: the convention comes
 * back as it was, for every kind of change and for amendments in effect on different days.
 */
class AmendmentEffectsTest {

    private static final Convention SIGNED = Frontignan.signed();
    private static final LocalDate DAY = LocalDate.of(2024, 10, 1);

    static final ActionSheet ROAMING = ActionSheet.builder().number("6.2").title("Service itinérant de proximité")
            .addFields(Frontignan.ACCESS_TO_RIGHTS).pilot("France Services").build();

    static BudgetLine line(int year, String euros) {
        return BudgetLine.builder().year(year).funder(Frontignan.CAF_NAME).instrument(FundingInstrument.SERVICE_FUNDING)
                .nature(BudgetNature.FORECAST).amount(new BigDecimal(euros)).build();
    }

    static final Signatory MSA = Signatory.builder().kind(OrganisationKind.MSA).name("MSA Languedoc")
            .addRepresentative(Representative.of("A. Martin", "Directrice")).build();

    static Stream<Arguments> everyKindOfChange() {
        ActionSheet parenthood = SIGNED.action("2.1").orElseThrow();
        return Stream.of(
                Arguments.of(AmendmentChange.addAction(ROAMING)),
                Arguments.of(AmendmentChange.replaceAction(ImmutableActionSheet.copyOf(parenthood)
                        .withTitle("Lieu d'accueil enfants-parents itinérant"))),
                Arguments.of(AmendmentChange.withdrawAction("4.1", "Reprise par le CCAS")),
                Arguments.of(AmendmentChange.changeBudget("1.1", List.of(line(2025, "195000.00")))),
                Arguments.of(AmendmentChange.addField(FieldOfAction.of(ActionField.DISABILITY))),
                Arguments.of(AmendmentChange.addCommunes(List.of("34024", "34301"))),
                Arguments.of(AmendmentChange.withdrawCommunes(List.of("34108"))),
                Arguments.of(AmendmentChange.addParty(MSA)),
                Arguments.of(AmendmentChange.withdrawParty(Frontignan.CAF_NAME, "Fin du partenariat")),
                Arguments.of(AmendmentChange.extendValidity(LocalDate.of(2028, 6, 30))));
    }

    static final io.github.ctglib.equipment.ImmutableEquipment RELAY = io.github.ctglib.equipment.ImmutableEquipment
            .builder().reference("RPE-01").kind(io.github.ctglib.equipment.EquipmentKind.RPE)
            .name("Relais petite enfance").manager(io.github.ctglib.equipment.EquipmentManager.named("Commune"))
            .communeCode(Frontignan.COMMUNE).supportingParty(Frontignan.COMMUNE_NAME).build();

    static Stream<Arguments> everyKindOfEquipmentChange() {
        return Stream.of(
                Arguments.of(AmendmentChange.addEquipment(RELAY.withReference("LAEP-01")
                        .withKind(io.github.ctglib.equipment.EquipmentKind.LAEP))),
                Arguments.of(AmendmentChange.replaceEquipment(RELAY.withFullTimeEquivalents(new BigDecimal("1.50")))),
                Arguments.of(AmendmentChange.withdrawEquipment("RPE-01", "Fermeture du relais")));
    }

    @ParameterizedTest
    @MethodSource("everyKindOfEquipmentChange")
    void applyingThenUndoingAnEquipmentChangeGivesBackTheOriginal(AmendmentChange change) {
        Convention withAnnex = ImmutableConvention.copyOf(SIGNED).withEquipment(RELAY);
        Convention before = proposed(withAnnex, amendment(1, LocalDate.of(2024, 9, 15), change));
        Convention after = inEffect(before, before.getAmendments().get(0), DAY);

        assertThat(after.getEquipment()).as("the change took effect").isNotEqualTo(before.getEquipment());
        assertThat(after.inEffectOn(DAY)).isEqualTo(after);
        assertThat(after.inEffectOn(DAY.minusDays(1))).isEqualTo(before);
        if (change instanceof AmendmentChange.ReplaceEquipment) {
            assertThat(((AmendmentChange.ReplaceEquipment) after.getAmendments().get(0).getChanges().get(0))
                    .getReplaced()).contains(RELAY);
        }
        if (change instanceof AmendmentChange.WithdrawEquipment) {
            assertThat(after.equipment("RPE-01").orElseThrow().getWithdrawal()).map(w -> w.getDate()).contains(DAY);
        }
    }

    static Amendment amendment(int number, LocalDate date, AmendmentChange... changes) {
        return Amendment.builder().number(number).date(date).object("Avenant n° " + number).addChanges(changes)
                .build();
    }

    /** {@code c} with {@code amendment} proposed: pending, unsigned. */
    static Convention proposed(Convention c, Amendment amendment) {
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        amendments.add(amendment);
        return ImmutableConvention.copyOf(c).withAmendments(amendments);
    }

    /** {@code amendment} of {@code c} put in effect on {@code day}, every party having signed it that day. */
    static Convention inEffect(Convention c, Amendment amendment, LocalDate day) {
        List<AmendmentSignature> signatures = new ArrayList<>();
        c.activeParties().forEach(p -> signatures.add(AmendmentSignature.of(p.getName(), day)));
        amendment.addedParties().forEach(p -> signatures.add(AmendmentSignature.of(p.getName(), day)));
        Amendment signed = ImmutableAmendment.copyOf(amendment).withSignatures(signatures).withEffectiveOn(day);
        List<Amendment> amendments = new ArrayList<>(c.getAmendments());
        amendments.replaceAll(a -> a.getNumber() == signed.getNumber() ? signed : a);
        return AmendmentEffects.applied(ImmutableConvention.copyOf(c).withAmendments(amendments), signed);
    }

    @ParameterizedTest
    @MethodSource("everyKindOfChange")
    void applyingThenUndoingAChangeGivesBackTheOriginal(AmendmentChange change) {
        Convention before = proposed(SIGNED, amendment(1, LocalDate.of(2024, 9, 15), change));
        Convention after = inEffect(before, before.getAmendments().get(0), DAY);

        assertThat(after.getAmendments().get(0).isInEffect()).isTrue();
        assertThat(withoutAmendments(after)).as("the change took effect").isNotEqualTo(withoutAmendments(before));
        assertThat(after.inEffectOn(DAY)).isEqualTo(after);
        assertThat(after.inEffectOn(DAY.minusDays(1))).isEqualTo(before);
    }

    @Test
    void eachChangeRecordsWhatItReplaced() {
        ActionSheet parenthood = SIGNED.action("2.1").orElseThrow();
        ActionSheet renamed = ImmutableActionSheet.copyOf(parenthood).withTitle("LAEP itinérant");
        Convention before = proposed(SIGNED, amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.replaceAction(renamed), AmendmentChange.changeBudget("1.1", List.of(line(2025, "1.00"))),
                AmendmentChange.extendValidity(LocalDate.of(2028, 6, 30)),
                AmendmentChange.withdrawAction("4.1", "Reprise par le CCAS")));
        Convention after = inEffect(before, before.getAmendments().get(0), DAY);

        Amendment recorded = after.getAmendments().get(0);
        assertThat(recorded.changes(AmendmentChange.ReplaceAction.class).get(0).getReplaced()).contains(parenthood);
        assertThat(recorded.changes(AmendmentChange.ChangeBudget.class).get(0).getPreviousBudget())
                .isEqualTo(SIGNED.action("1.1").orElseThrow().getBudget());
        assertThat(recorded.changes(AmendmentChange.ExtendValidity.class).get(0).getPreviousEnd())
                .contains(LocalDate.of(2027, 12, 31));
        assertThat(after.action("2.1")).contains(renamed);
        ActionSheet withdrawn = after.action("4.1").orElseThrow();
        assertThat(withdrawn.isActive()).isFalse();
        assertThat(withdrawn.getWithdrawal().orElseThrow().getAmendmentNumber()).isEqualTo(1);
        assertThat(withdrawn.getWithdrawal().orElseThrow().getDate()).isEqualTo(DAY);
        assertThat(after.activeActions()).extracting(ActionSheet::getNumber).doesNotContain("4.1");
    }

    @Test
    void aPartyAddedByAnAmendmentHasSignedOnTheDayItSignedTheAmendment() {
        Convention before = proposed(SIGNED, amendment(1, LocalDate.of(2024, 9, 15), AmendmentChange.addParty(
                ImmutableSignatory.copyOf(MSA).withRepresentatives(Representative.signed("A. Martin", "Directrice",
                        LocalDate.of(2020, 1, 1))))));
        Convention after = inEffect(before, before.getAmendments().get(0), DAY);
        assertThat(after.signatory("MSA Languedoc").orElseThrow().getSignedOn()).contains(DAY);
    }

    @Test
    void twoAmendmentsOnDifferentDaysAreUndoneOneAtATime() {
        LocalDate first = LocalDate.of(2024, 10, 1);
        LocalDate second = LocalDate.of(2025, 4, 1);
        Convention original = proposed(SIGNED, amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.addAction(ROAMING), AmendmentChange.changeBudget("1.1", List.of(line(2025, "190000.00")))));
        Convention one = inEffect(original, original.getAmendments().get(0), first);
        Convention proposedTwo = proposed(one, amendment(2, LocalDate.of(2025, 3, 1),
                AmendmentChange.changeBudget("1.1", List.of(line(2025, "200000.00"))),
                AmendmentChange.withdrawAction("6.2", "Remplacé par France Services"),
                AmendmentChange.addCommunes(List.of("34301"))));
        Convention two = inEffect(proposedTwo, proposedTwo.getAmendments().get(1), second);

        assertThat(two.action("1.1").orElseThrow().getBudget()).containsExactly(line(2025, "200000.00"));
        assertThat(two.inEffectOn(second.minusDays(1))).isEqualTo(proposedTwo);
        assertThat(two.inEffectOn(first.minusDays(1))).isEqualTo(ImmutableConvention.copyOf(original)
                .withAmendments(original.getAmendments().get(0), proposedTwo.getAmendments().get(1)));
        assertThat(withoutAmendments(two.inEffectOn(first.minusDays(1)))).isEqualTo(withoutAmendments(SIGNED));
    }

    @Test
    void anAmendmentThatTakesEffectBeforeOneInEffectAlreadyIsPutInItsPlace() {
        LocalDate earlier = LocalDate.of(2024, 10, 3);
        LocalDate later = LocalDate.of(2024, 10, 5);
        Convention both = proposed(proposed(SIGNED, amendment(1, LocalDate.of(2024, 9, 15),
                AmendmentChange.changeBudget("1.1", List.of(line(2025, "1.00"))))),
                amendment(2, LocalDate.of(2024, 9, 20), AmendmentChange.changeBudget("1.1", List.of(line(2025, "2.00")))));
        // Amendment 2 takes effect first, on 5 October; amendment 1's last signature, recorded afterwards, is
        // dated 3 October: amendment 1 acted first.
        Convention twoFirst = inEffect(both, both.getAmendments().get(1), later);
        Convention all = inEffect(twoFirst, twoFirst.getAmendments().get(0), earlier);

        assertThat(all.action("1.1").orElseThrow().getBudget()).containsExactly(line(2025, "2.00"));
        assertThat(all.inEffectOn(LocalDate.of(2024, 10, 4)).action("1.1").orElseThrow().getBudget())
                .containsExactly(line(2025, "1.00"));
        assertThat(all.inEffectOn(LocalDate.of(2024, 10, 2)).action("1.1").orElseThrow().getBudget())
                .isEqualTo(SIGNED.action("1.1").orElseThrow().getBudget());
        assertThat(all.getAmendments().get(1).changes(AmendmentChange.ChangeBudget.class).get(0).getPreviousBudget())
                .containsExactly(line(2025, "1.00"));
    }

    private static Convention withoutAmendments(Convention c) {
        return ImmutableConvention.copyOf(c).withAmendments(List.of());
    }
}
