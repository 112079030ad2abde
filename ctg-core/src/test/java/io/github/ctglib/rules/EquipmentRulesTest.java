package io.github.ctglib.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.equipment.ImmutableEquipment;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Each rule of the equipment annex and the territory bonus lines, accepting and rejecting. */
class EquipmentRulesTest {

    private static final ConventionValidator VALIDATOR = ConventionValidator.standard();
    private static final ImmutableConvention FRONTIGNAN = ImmutableConvention.copyOf(Frontignan.draft());
    /** Frontignan with its territory bonus line naming the crèche: the base the annex tests add the crèche to. */
    private static final ImmutableConvention WITH_BONUS_LINE = bonusLine(FRONTIGNAN, "EAJE-01");

    /** A multi-accueil of Frontignan supported by the commune, with bonus places. */
    static ImmutableEquipment creche() {
        return ImmutableEquipment.builder().reference("EAJE-01").kind(EquipmentKind.MULTI_ACCUEIL)
                .name("Multi-accueil municipal").manager(EquipmentManager.of("Commune", Frontignan.COMMUNE_SIREN + "00003"))
                .communeCode(Frontignan.COMMUNE).places(40).supportingParty(Frontignan.COMMUNE_NAME)
                .bonusBasis(BonusBasis.eaje(30, 8, 2)).build();
    }

    @Test
    void aConventionWithItsAnnexIsValid() {
        assertAccepted(c -> c.withEquipment(creche(), creche().withReference("ALSH-01")
                .withKind(EquipmentKind.ALSH_EXTRASCOLAIRE).withBonusBasis(BonusBasis.alsh(60)).withPlaces(60)));
    }

    @Test
    void anEquipmentLiesInTheTerritory() {
        assertAccepted(c -> c.withEquipment(creche()));
        assertRejected(c -> c.withEquipment(creche().withCommuneCode("34301")), RuleCodes.EQUIPMENT_COMMUNE_OUTSIDE,
                "equipment[0].communeCode");
        // A withdrawn equipment is no longer judged on where it lies (the territory may have shrunk since).
        assertAccepted(c -> c.withEquipment(creche().withCommuneCode("34301")
                .withWithdrawal(io.github.ctglib.vocabulary.Withdrawal.of(1, LocalDate.of(2025, 1, 1),
                        java.util.Optional.empty()))));
    }

    @Test
    void theSupportingPartyIsALocalAuthorityOfTheConvention() {
        assertAccepted(c -> c.withEquipment(creche()));
        assertRejected(c -> c.withEquipment(creche().withSupportingParty(Frontignan.CAF_NAME)),
                RuleCodes.EQUIPMENT_SUPPORTER, "equipment[0].supportingParty");
        assertRejected(c -> c.withEquipment(creche().withSupportingParty("Commune inconnue")),
                RuleCodes.EQUIPMENT_SUPPORTER, "equipment[0].supportingParty");
    }

    @Test
    void eachReferenceIsUsedOnce() {
        assertAccepted(c -> c.withEquipment(creche(), creche().withReference("EAJE-02")));
        assertRejected(c -> c.withEquipment(creche(), creche()), RuleCodes.DUPLICATE_EQUIPMENT,
                "equipment[1].reference");
    }

    @Test
    void theManagersSiretPassesItsChecksum() {
        assertAccepted(c -> c.withEquipment(creche()));
        assertRejected(c -> c.withEquipment(creche().withManager(EquipmentManager.of("Association", "12345678901234"))),
                RuleCodes.EQUIPMENT_MANAGER_SIRET, "equipment[0].manager.siret");
    }

    @Test
    void theCapacityIsInTheUnitOfTheKindAsAWarning() {
        assertAccepted(c -> c.withEquipment(creche().withKind(EquipmentKind.RPE).withPlaces(java.util.Optional.empty())
                .withBonusBasis(java.util.Optional.empty()).withFullTimeEquivalents(new BigDecimal("1.50"))));
        List<Violation> rpeInPlaces = VALIDATOR.validate(WITH_BONUS_LINE.withEquipment(creche().withKind(EquipmentKind.RPE)
                .withBonusBasis(java.util.Optional.empty())));
        assertThat(rpeInPlaces).extracting(Violation::code, Violation::path, Violation::severity)
                .containsExactly(tuple(RuleCodes.EQUIPMENT_CAPACITY_UNIT, "equipment[0].fullTimeEquivalents",
                        Severity.WARNING));
        assertRejected(c -> c.withEquipment(creche().withPlaces(java.util.Optional.empty())
                .withFullTimeEquivalents(BigDecimal.ONE)), RuleCodes.EQUIPMENT_CAPACITY_UNIT, "equipment[0].places");
    }

    @Test
    void bonusPlacesAreThoseTheKindCounts() {
        assertAccepted(c -> c.withEquipment(creche()));
        assertRejected(c -> c.withEquipment(creche().withKind(EquipmentKind.MICRO_CRECHE_PAJE)),
                RuleCodes.BONUS_BASIS_KIND, "equipment[0].bonusBasis");
        assertRejected(c -> c.withEquipment(creche().withKind(EquipmentKind.ALSH_PERISCOLAIRE)),
                RuleCodes.BONUS_BASIS_KIND, "equipment[0].bonusBasis");
        assertRejected(c -> c.withEquipment(creche().withBonusBasis(BonusBasis.alsh(10))),
                RuleCodes.BONUS_BASIS_KIND, "equipment[0].bonusBasis");
    }

    @Test
    void bonusPlacesDoNotExceedTheCapacity() {
        assertAccepted(c -> c.withEquipment(creche().withPlaces(40).withBonusBasis(BonusBasis.eaje(30, 8, 2))));
        assertRejected(c -> c.withEquipment(creche().withPlaces(39)), RuleCodes.BONUS_BASIS_CAPACITY,
                "equipment[0].bonusBasis");
    }

    @Test
    void theFundingAgreementIsOrdered() {
        assertAccepted(c -> c.withEquipment(creche().withFundingAgreement(DateRange.ofYears(2024, 2027))));
        assertRejected(c -> c.withEquipment(creche().withFundingAgreement(DateRange.of(LocalDate.of(2027, 1, 1),
                LocalDate.of(2024, 1, 1)))), RuleCodes.FUNDING_AGREEMENT_ORDER, "equipment[0].fundingAgreement");
    }

    @Test
    void aBonusLineNamesAnEquipmentOnceTheAnnexIsThere() {
        // Frontignan's bonus line names no equipment and the convention lists none: written before its annex.
        assertThat(VALIDATOR.validate(FRONTIGNAN)).isEmpty();
        assertAccepted(c -> c.withEquipment(creche()));
        assertThat(VALIDATOR.validate(FRONTIGNAN.withEquipment(creche())))
                .extracting(Violation::code, Violation::path)
                .containsExactly(tuple(RuleCodes.BONUS_LINE_WITHOUT_EQUIPMENT, "actions[0].budget[1].equipmentReference"));
    }

    @Test
    void aLineNamesAnEquipmentOfTheAnnex() {
        assertAccepted(c -> c.withEquipment(creche()));
        assertRejected(c -> bonusLine(c.withEquipment(creche()), "EAJE-99"), RuleCodes.BUDGET_LINE_EQUIPMENT_UNKNOWN,
                "actions[0].budget[1].equipmentReference");
        assertRejected(c -> c, RuleCodes.BUDGET_LINE_EQUIPMENT_UNKNOWN, "actions[0].budget[1].equipmentReference");
    }

    @Test
    void theCarriedOverAmountIsNotNegative() {
        assertAccepted(c -> c.withEquipment(creche())
                .withBonusTerms(BonusTerms.builder().carriedOverAmountPerPlace(BigDecimal.ZERO).build()));
        assertRejected(c -> c.withBonusTerms(BonusTerms.builder().carriedOverAmountPerPlace(new BigDecimal("-1"))
                .build()), RuleCodes.CARRIED_OVER_AMOUNT_NEGATIVE, "bonusTerms.carriedOverAmountPerPlace");
    }

    @Test
    void amendmentsChangeOnlyEquipmentTheAnnexHolds() {
        ImmutableConvention signed = bonusLine(ImmutableConvention.copyOf(Frontignan.signed()), "EAJE-01")
                .withEquipment(creche());
        assertThat(codes(amended(signed, AmendmentChange.replaceEquipment(creche().withPlaces(48)),
                AmendmentChange.withdrawEquipment("EAJE-01", "Fermeture"),
                AmendmentChange.addEquipment(creche().withReference("EAJE-02"))))).isEmpty();
        assertThat(codes(amended(signed, AmendmentChange.withdrawEquipment("EAJE-09", null))))
                .containsExactly(RuleCodes.CHANGED_EQUIPMENT_UNKNOWN);
        assertThat(codes(amended(signed, AmendmentChange.withdrawEquipment("EAJE-01", null),
                AmendmentChange.replaceEquipment(creche())))).containsExactly(RuleCodes.CHANGED_EQUIPMENT_UNKNOWN);
        assertThat(codes(amended(signed, AmendmentChange.addEquipment(creche()))))
                .containsExactly(RuleCodes.ADDED_EQUIPMENT_EXISTS);
        assertThat(codes(amended(signed, io.github.ctglib.convention.ImmutableAmendmentChange.ReplaceEquipment.builder()
                .equipmentReference("EAJE-01").replacement(creche().withReference("EAJE-03")).build())))
                .containsExactly(RuleCodes.EQUIPMENT_REPLACEMENT_REFERENCE);
    }

    private static Convention amended(ImmutableConvention signed, AmendmentChange... changes) {
        Amendment pending = Amendment.builder().number(1).date(LocalDate.of(2025, 3, 1)).object("Avenant équipements")
                .addChanges(changes).build();
        return signed.withAmendments(pending);
    }

    private static List<String> codes(Convention c) {
        return VALIDATOR.validate(c).stream().map(Violation::code).toList();
    }

    private static ImmutableConvention bonusLine(ImmutableConvention c, String reference) {
        List<ActionSheet> actions = new ArrayList<>(c.getActions());
        ActionSheet first = actions.get(0);
        List<BudgetLine> budget = new ArrayList<>(first.getBudget());
        BudgetLine line = budget.get(1);
        assertThat(line.getInstrument()).isEqualTo(FundingInstrument.TERRITORY_BONUS);
        budget.set(1, io.github.ctglib.actionplan.ImmutableBudgetLine.copyOf(line).withEquipmentReference(reference));
        actions.set(0, ImmutableActionSheet.copyOf(first).withBudget(budget));
        return c.withActions(actions);
    }

    private static void assertAccepted(UnaryOperator<ImmutableConvention> change) {
        assertThat(VALIDATOR.validate(change.apply(WITH_BONUS_LINE))).isEmpty();
    }

    private static void assertRejected(UnaryOperator<ImmutableConvention> change, String code, String path) {
        List<Violation> violations = VALIDATOR.validate(change.apply(WITH_BONUS_LINE));
        assertThat(violations).extracting(Violation::code, Violation::path).contains(tuple(code, path));
        Violation violation = violations.stream().filter(v -> v.code().equals(code)).findFirst().orElseThrow();
        assertThat(violation.messageFr()).isNotBlank().isNotEqualTo(violation.messageEn());
    }
}
