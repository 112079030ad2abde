package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.CONTENT;

import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentKind.BonusFamily;
import io.github.ctglib.territory.Siret;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The rules on the convention's equipment annex and on what the territory bonus counts: where an equipment lies,
 * who supports it, its manager, its capacity, its bonus places, and the budget lines that name it.
 */
final class EquipmentRules {

    private EquipmentRules() {}

    static final Rule<Convention> EQUIPMENT_COMMUNE_OUTSIDE = Rule.error(RuleCodes.EQUIPMENT_COMMUNE_OUTSIDE,
            Applies.always(CONTENT), "An active equipment's commune is in the convention's territory.",
            (c, ctx, f) -> eachActive(c, (path, e) -> {
                if (!c.getTerritory().getCommuneCodes().contains(e.getCommuneCode())) {
                    f.at(path + ".communeCode", e.getReference(), e.getCommuneCode());
                }
            }));

    static final Rule<Convention> EQUIPMENT_SUPPORTER = Rule.error(RuleCodes.EQUIPMENT_SUPPORTER,
            Applies.always(CONTENT), "The party that supports an active equipment is a local authority (commune or"
                    + " EPCI) party of the convention, not withdrawn: the bonus is due only while a CTG it signed is in"
                    + " force.", (c, ctx, f) -> eachActive(c, (path, e) -> {
                boolean supported = c.signatory(e.getSupportingParty()).filter(Signatory::isActive)
                        .map(party -> party.getKind().isLocalAuthority()).orElse(false);
                if (!supported) {
                    f.at(path + ".supportingParty", e.getReference(), e.getSupportingParty());
                }
            }));

    static final Rule<Convention> DUPLICATE_EQUIPMENT = Rule.error(RuleCodes.DUPLICATE_EQUIPMENT,
            Applies.always(CONTENT), "Each equipment of the annex has its own reference (withdrawn ones included).",
            (c, ctx, f) -> {
                Set<String> seen = new HashSet<>();
                for (int i = 0; i < c.getEquipment().size(); i++) {
                    String reference = c.getEquipment().get(i).getReference();
                    if (!seen.add(reference)) {
                        f.at("equipment[" + i + "].reference", reference);
                    }
                }
            });

    static final Rule<Convention> EQUIPMENT_MANAGER_SIRET = Rule.error(RuleCodes.EQUIPMENT_MANAGER_SIRET,
            Applies.always(CONTENT), "An equipment manager's SIRET has 14 digits and passes its checksum.",
            (c, ctx, f) -> eachEquipment(c, (path, e) -> e.getManager().getSiret()
                    .filter(siret -> !Siret.isWellFormed(siret))
                    .ifPresent(siret -> f.at(path + ".manager.siret", e.getReference(), siret))));

    static final Rule<Convention> EQUIPMENT_CAPACITY_UNIT = Rule.warning(RuleCodes.EQUIPMENT_CAPACITY_UNIT,
            Applies.always(CONTENT), "Warning: an equipment's capacity is given in the unit its kind uses: places for"
                    + " an EAJE, a micro-crèche or an ALSH; full-time equivalents for an RPE.",
            (c, ctx, f) -> eachActive(c, (path, e) -> {
                if (e.getKind().countsPlaces() && e.getPlaces().isEmpty() && e.getFullTimeEquivalents().isPresent()) {
                    f.at(path + ".places", e.getReference(), e.getKind(), new Violation.Wording(
                            "un nombre de places", "a number of places"));
                } else if (e.getKind() == EquipmentKind.RPE && e.getPlaces().isPresent()) {
                    f.at(path + ".fullTimeEquivalents", e.getReference(), e.getKind(), new Violation.Wording(
                            "des équivalents temps plein", "full-time equivalents"));
                }
            }));

    static final Rule<Convention> BONUS_BASIS_KIND = Rule.error(RuleCodes.BONUS_BASIS_KIND, Applies.always(CONTENT),
            "An equipment's territory bonus places are those its kind counts: places carried over, new and"
                    + " employer-reserved for an EAJE under the PSU; historical places for an ALSH; none for a"
                    + " micro-crèche under the PAJE (outside the PSU) or an equipment paid a flat amount.",
            (c, ctx, f) -> eachEquipment(c, (path, e) -> e.getBonusBasis().ifPresent(basis -> {
                BonusFamily family = e.getKind().bonusFamily();
                List<String> wrong = new ArrayList<>();
                if (family != BonusFamily.EAJE && basis.eajePlaces() > 0) {
                    wrong.add("carriedOverPlaces/newPlaces/employerReservedPlaces");
                }
                if (family != BonusFamily.ALSH && basis.getHistoricalPlaces() > 0) {
                    wrong.add("historicalPlaces");
                }
                if (!wrong.isEmpty()) {
                    f.at(path + ".bonusBasis", e.getReference(), e.getKind(), String.join(", ", wrong));
                }
            })));

    static final Rule<Convention> BONUS_BASIS_CAPACITY = Rule.error(RuleCodes.BONUS_BASIS_CAPACITY,
            Applies.always(CONTENT), "An EAJE's territory bonus places (carried over, new, employer-reserved) do not"
                    + " exceed its capacity in places, when given.", (c, ctx, f) -> eachEquipment(c, (path, e) -> {
                int counted = e.getBonusBasis().map(BonusBasis::eajePlaces).orElse(0);
                e.getPlaces().filter(places -> counted > places)
                        .ifPresent(places -> f.at(path + ".bonusBasis", e.getReference(), counted, places));
            }));

    static final Rule<Convention> FUNDING_AGREEMENT_ORDER = Rule.error(RuleCodes.FUNDING_AGREEMENT_ORDER,
            Applies.always(CONTENT), "An equipment's funding agreement (COF) ends on or after the day it starts.",
            (c, ctx, f) -> eachEquipment(c, (path, e) -> e.getFundingAgreement().filter(p -> !p.isOrdered())
                    .ifPresent(p -> f.at(path + ".fundingAgreement", e.getReference(), p.getFrom(), p.getTo()))));

    static final Rule<Convention> BONUS_LINE_WITHOUT_EQUIPMENT = Rule.error(RuleCodes.BONUS_LINE_WITHOUT_EQUIPMENT,
            Applies.always(CONTENT), "A territory bonus budget line names the equipment of the annex it is paid"
                    + " for, once the convention lists its equipment (a convention written before its annex was"
                    + " recorded keeps its lines as they were).", (c, ctx, f) -> {
                if (!c.getEquipment().isEmpty()) {
                    bonusLinesWithoutEquipment(c, f);
                }
            });

    static final Rule<Convention> BUDGET_LINE_EQUIPMENT_UNKNOWN = Rule.error(RuleCodes.BUDGET_LINE_EQUIPMENT_UNKNOWN,
            Applies.always(CONTENT), "A budget line that names an equipment names one of the annex.",
            (c, ctx, f) -> ContentRules.eachBudgetLine(c, (path, line) -> line.getEquipmentReference()
                    .filter(reference -> c.equipment(reference).isEmpty())
                    .ifPresent(reference -> f.at(path + ".equipmentReference", reference))));

    static final Rule<Convention> CARRIED_OVER_AMOUNT_NEGATIVE = Rule.error(RuleCodes.CARRIED_OVER_AMOUNT_NEGATIVE,
            Applies.always(CONTENT), "The amount per EAJE place carried over from the previous contract is 0 or more.",
            (c, ctx, f) -> c.getBonusTerms().flatMap(t -> t.getCarriedOverAmountPerPlace())
                    .filter(amount -> amount.signum() < 0)
                    .ifPresent(amount -> f.at("bonusTerms.carriedOverAmountPerPlace", amount)));

    static final List<Rule<Convention>> ALL = List.of(EQUIPMENT_COMMUNE_OUTSIDE, EQUIPMENT_SUPPORTER,
            DUPLICATE_EQUIPMENT, EQUIPMENT_MANAGER_SIRET, EQUIPMENT_CAPACITY_UNIT, BONUS_BASIS_KIND,
            BONUS_BASIS_CAPACITY, FUNDING_AGREEMENT_ORDER, BONUS_LINE_WITHOUT_EQUIPMENT,
            BUDGET_LINE_EQUIPMENT_UNKNOWN, CARRIED_OVER_AMOUNT_NEGATIVE);

    private static void bonusLinesWithoutEquipment(Convention c, Findings f) {
        ContentRules.eachBudgetLine(c, (path, line) -> {
            if (line.getInstrument() == FundingInstrument.TERRITORY_BONUS && line.getEquipmentReference().isEmpty()) {
                f.at(path + ".equipmentReference");
            }
        });
    }

    private static void eachEquipment(Convention c, BiConsumer<String, Equipment> visitor) {
        for (int i = 0; i < c.getEquipment().size(); i++) {
            visitor.accept("equipment[" + i + "]", c.getEquipment().get(i));
        }
    }

    private static void eachActive(Convention c, BiConsumer<String, Equipment> visitor) {
        eachEquipment(c, (path, e) -> {
            if (e.isActive()) {
                visitor.accept(path, e);
            }
        });
    }
}
