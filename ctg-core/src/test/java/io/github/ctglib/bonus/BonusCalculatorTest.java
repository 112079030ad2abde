package io.github.ctglib.bonus;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.bonus.BonusDue.NotDueReason;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.equipment.ImmutableEquipment;
import io.github.ctglib.equipment.PriorityZone;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.vocabulary.DateRange;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The calculator against examples computed by hand, for every kind and tranche, a year without a convention in
 * force, a renewal signed late and an equipment withdrawn in the year. Frontignan's CTG: validity 2023–2027,
 * signed 6 March 2024, CAF of département 34.
 */
class BonusCalculatorTest {

    /** Test rates (not CNAF figures): three tranches, revaluations, a floor, a CAF's own ALSH amount. */
    static final String RATES = """
            # ctg-bonus-rates/1
            annee;caf;parametre;cle;valeur;source
            2024;*;EAJE_NEW_PLACE;T1;3600;test
            2024;*;EAJE_NEW_PLACE;T2;3100;test
            2024;*;EAJE_NEW_PLACE;T3;2600;test
            2024;*;EAJE_EMPLOYER_RESERVED_PLACE;;2800;test
            2024;*;EAJE_CARRIED_OVER_REVALUATION;;0,02;test
            2024;*;EAJE_CARRIED_OVER_FLOOR;;1000;test
            2024;*;ALSH_PLACE;;150;test
            2024;34;ALSH_PLACE;;160;test CAF 34
            2024;*;PER_EQUIPMENT;RPE;12000;test
            2024;*;PER_EQUIPMENT;LAEP;4000;test
            2025;*;EAJE_NEW_PLACE;T2;3100;test
            2025;*;EAJE_CARRIED_OVER_REVALUATION;;0.01;test
            2025;*;EAJE_CARRIED_OVER_FLOOR;;1500;test
            """;

    static BonusCalculator calculator() {
        try {
            return new BonusCalculator(BonusRates.read(new StringReader(RATES), "test-rates.csv"));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    static final BonusCalculator CALCULATOR = calculator();

    static ImmutableEquipment creche() {
        return ImmutableEquipment.builder().reference("EAJE-01").kind(EquipmentKind.MULTI_ACCUEIL)
                .name("Multi-accueil municipal").manager(EquipmentManager.named("Commune"))
                .communeCode(Frontignan.COMMUNE).places(40).supportingParty(Frontignan.COMMUNE_NAME)
                .bonusBasis(BonusBasis.eaje(30, 8, 2)).build();
    }

    static ImmutableEquipment rpe() {
        return creche().withReference("RPE-01").withKind(EquipmentKind.RPE).withName("Relais petite enfance")
                .withPlaces(Optional.empty()).withBonusBasis(Optional.empty())
                .withFullTimeEquivalents(new BigDecimal("1.00"));
    }

    static ImmutableConvention signed(ImmutableEquipment... equipment) {
        return ImmutableConvention.copyOf(Frontignan.signed()).withEquipment(equipment)
                .withBonusTerms(BonusTerms.builder().carriedOverAmountPerPlace(new BigDecimal("1450.00")).baseYear(2023)
                        .wealthTranche("T2").build());
    }

    @Test
    void anEajeCountsCarriedOverNewAndEmployerReservedPlaces() {
        BonusDue due = CALCULATOR.due(signed(creche()), "EAJE-01", 2024);

        // 1450.00 × 1.02 = 1479.00 per carried-over place; 30 × 1479 + 8 × 3100 (T2) + 2 × 2800 = 74,770.00.
        assertThat(due.components()).extracting(BonusComponent::kind, BonusComponent::count, BonusComponent::unitAmount,
                BonusComponent::amount).containsExactly(
                        org.assertj.core.groups.Tuple.tuple(BonusComponent.Kind.CARRIED_OVER_PLACES, 30,
                                new BigDecimal("1479.00"), new BigDecimal("44370.00")),
                        org.assertj.core.groups.Tuple.tuple(BonusComponent.Kind.NEW_PLACES, 8, new BigDecimal("3100.00"),
                                new BigDecimal("24800.00")),
                        org.assertj.core.groups.Tuple.tuple(BonusComponent.Kind.EMPLOYER_RESERVED_PLACES, 2,
                                new BigDecimal("2800.00"), new BigDecimal("5600.00")));
        assertThat(due.amount()).isEqualByComparingTo("74770.00");
        assertThat(due.coveredDays()).isEqualTo(366);
        assertThat(due.reasons()).isEmpty();
        assertThat(due.isIncomplete()).isFalse();
    }

    @Test
    void eachWealthTrancheGivesItsAmountAndAPriorityZoneTheHighest() {
        ImmutableConvention poorest = signed(creche()).withBonusTerms(BonusTerms.builder()
                .carriedOverAmountPerPlace(new BigDecimal("1450.00")).baseYear(2023).wealthTranche("T1").build());
        ImmutableConvention richest = signed(creche()).withBonusTerms(BonusTerms.builder()
                .carriedOverAmountPerPlace(new BigDecimal("1450.00")).baseYear(2023).wealthTranche("T3").build());

        assertThat(newPlaces(CALCULATOR.due(poorest, "EAJE-01", 2024))).isEqualByComparingTo("28800.00"); // 8 × 3600
        assertThat(newPlaces(CALCULATOR.due(richest, "EAJE-01", 2024))).isEqualByComparingTo("20800.00"); // 8 × 2600
        // In a QPV (or FRR) the highest tranche applies, whatever the territory's.
        assertThat(newPlaces(CALCULATOR.due(signed(creche().withPriorityZones(PriorityZone.QPV)), "EAJE-01", 2024)))
                .isEqualByComparingTo("28800.00");
        assertThat(newPlaces(CALCULATOR.due(richest.withEquipment(creche().withPriorityZones(PriorityZone.FRR)),
                "EAJE-01", 2024))).isEqualByComparingTo("28800.00");
    }

    @Test
    void theCarriedOverAmountIsRevaluedEachYearThenRaisedToTheFloor() {
        BonusDue due = CALCULATOR.due(signed(creche()), "EAJE-01", 2025);

        // 1479.00 × 1.01 = 1493.79, under the 2025 floor of 1500: 30 × 1500 = 45,000; 8 × 3100 = 24,800; the
        // rates have no 2025 CTRE amount: named as missing, counted for nothing.
        assertThat(due.components().get(0).unitAmount()).isEqualByComparingTo("1500.00");
        assertThat(due.components().get(0).basis()).contains("floor");
        assertThat(due.amount()).isEqualByComparingTo("69800.00");
        assertThat(due.missingRates()).containsExactly("2025/34/EAJE_EMPLOYER_RESERVED_PLACE/");
        assertThat(due.isIncomplete()).isTrue();
    }

    @Test
    void anAlshCountsItsHistoricalPlacesAtItsCafsAmount() {
        ImmutableEquipment alsh = creche().withReference("ALSH-01").withKind(EquipmentKind.ALSH_EXTRASCOLAIRE)
                .withPlaces(120).withBonusBasis(BonusBasis.alsh(96));

        BonusDue due = CALCULATOR.due(signed(alsh), "ALSH-01", 2024);

        assertThat(due.amount()).isEqualByComparingTo("15360.00"); // 96 × 160 (CAF 34's own row over 150)
        assertThat(due.components().get(0).basis()).contains("CAF 34");
    }

    @Test
    void anRpeOrALaepIsPaidItsFlatAmountAndAMicroCrecheNothing() {
        ImmutableEquipment laep = rpe().withReference("LAEP-01").withKind(EquipmentKind.LAEP);
        ImmutableEquipment micro = creche().withReference("MICRO-01").withKind(EquipmentKind.MICRO_CRECHE_PAJE)
                .withBonusBasis(Optional.empty());
        ImmutableEquipment centre = rpe().withReference("CS-01").withKind(EquipmentKind.SOCIAL_CENTRE);
        ImmutableConvention c = signed(rpe(), laep, micro, centre);

        assertThat(CALCULATOR.due(c, "RPE-01", 2024).amount()).isEqualByComparingTo("12000.00");
        assertThat(CALCULATOR.due(c, "LAEP-01", 2024).amount()).isEqualByComparingTo("4000.00");
        BonusDue none = CALCULATOR.due(c, "MICRO-01", 2024);
        assertThat(none.amount()).isEqualByComparingTo("0.00");
        assertThat(none.reasons()).containsExactly(NotDueReason.KIND_WITHOUT_BONUS);
        BonusDue unpriced = CALCULATOR.due(c, "CS-01", 2024);
        assertThat(unpriced.amount()).isEqualByComparingTo("0.00");
        assertThat(unpriced.missingRates()).containsExactly("2024/34/PER_EQUIPMENT/SOCIAL_CENTRE");
    }

    @Test
    void nothingIsDueInAYearWithoutAConventionInForce() {
        BonusDue after = CALCULATOR.due(signed(rpe()), "RPE-01", 2028); // validity ends 31 December 2027
        assertThat(after.amount()).isEqualByComparingTo("0.00");
        assertThat(after.coveredDays()).isZero();
        assertThat(after.reasons()).containsExactly(NotDueReason.CONVENTION_NOT_IN_FORCE);
        assertThat(after.fullYearAmount()).isEqualByComparingTo("0.00"); // no 2028 rate either
        BonusDue draft = CALCULATOR.due(ImmutableConvention.copyOf(Frontignan.draft()).withEquipment(rpe()), "RPE-01",
                2024);
        assertThat(draft.amount()).isEqualByComparingTo("0.00");
        assertThat(draft.reasons()).containsExactly(NotDueReason.CONVENTION_NOT_IN_FORCE);
    }

    @Test
    void aRenewalSignedLateLeavesAGapInWhichNothingIsDue() {
        ImmutableConvention previous = signed(rpe()).withId("ctg-34-frontignan-2019")
                .withValidity(DateRange.ofYears(2019, 2023));
        ImmutableConvention renewal = signed(rpe()).withId("ctg-34-frontignan-2024")
                .withValidity(DateRange.of(LocalDate.of(2024, 7, 1), LocalDate.of(2028, 12, 31)))
                .withPredecessorIds(previous.getId());

        BonusDue underPrevious = CALCULATOR.due(previous, "RPE-01", 2024);
        BonusDue underRenewal = CALCULATOR.due(renewal, "RPE-01", 2024);

        assertThat(underPrevious.amount()).isEqualByComparingTo("0.00");
        // 1 July to 31 December 2024: 184 of 366 days; 12,000 × 184 / 366 = 6,032.79.
        assertThat(underRenewal.coveredDays()).isEqualTo(184);
        assertThat(underRenewal.amount()).isEqualByComparingTo("6032.79");
        assertThat(underRenewal.reasons()).containsExactly(NotDueReason.CONVENTION_NOT_IN_FORCE);
        assertThat(BonusPortfolio.of(List.of(previous, renewal), CALCULATOR, 2024).total())
                .isEqualByComparingTo("6032.79");
    }

    @Test
    void anEquipmentWithdrawnByAnAmendmentIsPaidUntilThen() {
        LocalDate effective = LocalDate.of(2024, 7, 1);
        Amendment withdrawal = Amendment.builder().number(1).date(LocalDate.of(2024, 6, 1)).object("Fermeture du relais")
                .addChange(AmendmentChange.withdrawEquipment("RPE-01", "Fermeture"))
                .addSignature(AmendmentSignature.of(Frontignan.CAF_NAME, effective))
                .addSignature(AmendmentSignature.of(Frontignan.COMMUNE_NAME, effective))
                .effectiveOn(effective).build();
        var c = io.github.ctglib.convention.AmendmentEffects.applied(signed(rpe()).withAmendments(withdrawal),
                withdrawal);

        BonusDue due = CALCULATOR.due(c, "RPE-01", 2024);

        // 1 January to 30 June 2024: 182 of 366 days; 12,000 × 182 / 366 = 5,967.21.
        assertThat(due.coveredDays()).isEqualTo(182);
        assertThat(due.amount()).isEqualByComparingTo("5967.21");
        assertThat(due.reasons()).containsExactly(NotDueReason.NOT_IN_ANNEX);
        assertThat(c.inEffectOn(LocalDate.of(2024, 6, 30)).equipment("RPE-01").orElseThrow().isActive()).isTrue();
    }

    @Test
    void theConventionsTermsMissingAreNamed() {
        ImmutableConvention withoutTerms = signed(creche()).withBonusTerms(Optional.empty());

        BonusDue due = CALCULATOR.due(withoutTerms, "EAJE-01", 2024);

        assertThat(due.missingRates()).containsExactly("bonusTerms.carriedOverAmountPerPlace",
                "bonusTerms.wealthTranche");
        assertThat(due.amount()).isEqualByComparingTo("5600.00"); // only the employer-reserved places
    }

    private static BigDecimal newPlaces(BonusDue due) {
        return due.components().stream().filter(c -> c.kind() == BonusComponent.Kind.NEW_PLACES).findFirst()
                .orElseThrow().amount();
    }
}
