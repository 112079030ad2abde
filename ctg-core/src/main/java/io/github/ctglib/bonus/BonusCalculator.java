package io.github.ctglib.bonus;

import io.github.ctglib.bonus.BonusDue.NotDueReason;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The territory bonus due, for an equipment and a year, under one convention, and how it was computed. The bonus
 * is due only on the days a convention in force covers the equipment: the equipment is in its annex (amendments in
 * effect that day counted), its commune in its territory, and its supporting party has signed it and not withdrawn.
 * A convention is in force over its validity once signed, from the validity's first day even when the signature
 * came later; a renewal whose validity starts after its predecessor's end leaves a gap in which nothing is due.
 * A year partly covered (a signature in the year, a renewal signed late) gives the full-year amount pro rata of the
 * days covered: ctg's reading of "paid only while a CTG is in force"; a CAF that pays whole years only reads
 * {@link BonusDue#coveredDays()}.
 *
 * <p>The full-year amount, by the equipment's kind ({@link io.github.ctglib.equipment.EquipmentKind.BonusFamily}):
 * <ul>
 *   <li>EAJE places carried over from the previous contract: the convention's carried-over amount per place,
 *       revalued each year after its base year by the rates' {@link RateParameter#EAJE_CARRIED_OVER_REVALUATION}
 *       (to the cent each year), raised to the {@link RateParameter#EAJE_CARRIED_OVER_FLOOR} when below it;</li>
 *   <li>EAJE new places: the rates' {@link RateParameter#EAJE_NEW_PLACE} of the territory's wealth tranche, the
 *       highest tranche for an equipment in a priority zone (QPV, FRR);</li>
 *   <li>EAJE employer-reserved places (CTRE): {@link RateParameter#EAJE_EMPLOYER_RESERVED_PLACE};</li>
 *   <li>ALSH: its historical places × {@link RateParameter#ALSH_PLACE};</li>
 *   <li>RPE, LAEP and the other kinds: {@link RateParameter#PER_EQUIPMENT} of its kind;</li>
 *   <li>a micro-crèche under the PAJE: nothing (outside the PSU).</li>
 * </ul>
 * A figure the rates lack is named in {@link BonusDue#missingRates()} and counts for nothing.
 */
public final class BonusCalculator {

    private final BonusRates rates;

    /**
     * A calculator on {@code rates}.
     *
     * @param rates the rates (barème) the amounts are computed from
     */
    public BonusCalculator(BonusRates rates) {
        this.rates = Objects.requireNonNull(rates, "rates");
    }

    /** {@return the rates it computes with} */
    public BonusRates rates() {
        return rates;
    }

    /**
     * The bonus due for {@code year} to each equipment of the convention's annex (withdrawn ones included).
     *
     * @param convention the convention whose annex lists the equipment
     * @param year the calendar year, e.g. 2026
     * @return the bonus due for {@code year} to each equipment of the convention's annex (withdrawn ones included)
     */
    public List<BonusDue> due(Convention convention, int year) {
        return convention.getEquipment().stream().map(e -> due(convention, e.getReference(), year)).toList();
    }

    /**
     * The bonus due for {@code year} to the equipment of {@code reference} under {@code convention}.
     *
     * @param convention the convention the bonus is due under
     * @param reference the equipment's key in the annex, e.g. {@code EAJE-01}
     * @param year the calendar year, e.g. 2026
     * @return the bonus due for {@code year} to the equipment of {@code reference} under {@code convention}
     * @throws IllegalArgumentException when the annex never held that reference
     */
    public BonusDue due(Convention convention, String reference, int year) {
        Equipment recorded = convention.equipment(reference).orElseThrow(() -> new IllegalArgumentException(
                "Convention " + convention.getId() + " lists no equipment " + reference));
        LocalDate start = LocalDate.of(year, 1, 1);
        LocalDate end = start.plusYears(1);
        int daysInYear = (int) ChronoUnit.DAYS.between(start, end);
        Set<NotDueReason> reasons = new LinkedHashSet<>();
        Set<String> missing = new LinkedHashSet<>();
        BigDecimal exact = BigDecimal.ZERO;
        int covered = 0;
        FullYear shown = null;
        List<LocalDate> bounds = new ArrayList<>(boundaries(convention, start, end));
        for (int i = 0; i + 1 < bounds.size(); i++) {
            LocalDate from = bounds.get(i);
            Optional<Equipment> equipment = coveredOn(convention, reference, from, reasons);
            if (equipment.isEmpty()) {
                continue;
            }
            FullYear fullYear = yearOf(convention, equipment.get(), year);
            int days = (int) ChronoUnit.DAYS.between(from, bounds.get(i + 1));
            covered += days;
            exact = exact.add(fullYear.amount().multiply(BigDecimal.valueOf(days))
                    .divide(BigDecimal.valueOf(daysInYear), 10, RoundingMode.HALF_UP));
            reasons.addAll(fullYear.reasons());
            missing.addAll(fullYear.missing());
            shown = fullYear;
        }
        if (shown == null) {
            shown = yearOf(convention, recorded, year);
            reasons.addAll(shown.reasons());
        }
        return new BonusDue(convention.getId(), reference, recorded.getName(), year, shown.components(),
                shown.amount(), covered, daysInYear, exact.setScale(2, RoundingMode.HALF_UP), List.copyOf(reasons),
                List.copyOf(missing));
    }

    /**
     * What a whole year of coverage gives {@code equipment} in {@code year} under the convention's terms, whatever
     * the convention's dates: the amount a CAF would stop paying if the convention lapsed.
     *
     * @param convention the convention whose terms apply: its CAF and its bonus terms
     * @param equipment the equipment, as the annex holds it
     * @param year the calendar year, e.g. 2026
     * @return the bonus of a whole year: its covered days are all the days of {@code year}
     */
    public BonusDue fullYear(Convention convention, Equipment equipment, int year) {
        FullYear fullYear = yearOf(convention, equipment, year);
        int daysInYear = LocalDate.of(year, 1, 1).lengthOfYear();
        return new BonusDue(convention.getId(), equipment.getReference(), equipment.getName(), year,
                fullYear.components(), fullYear.amount(), daysInYear, daysInYear, fullYear.amount(),
                fullYear.reasons(), fullYear.missing());
    }

    /** The days the coverage may change within [start, end): the convention's, its amendments', its parties'. */
    private static TreeSet<LocalDate> boundaries(Convention c, LocalDate start, LocalDate end) {
        TreeSet<LocalDate> days = new TreeSet<>(List.of(start, end));
        List<LocalDate> candidates = new ArrayList<>();
        c.effectivePeriod().ifPresent(p -> {
            candidates.add(p.getFrom());
            candidates.add(p.getTo().plusDays(1));
        });
        c.getAmendments().stream().map(Amendment::getEffectiveOn).flatMap(Optional::stream).forEach(candidates::add);
        for (Signatory party : c.getSignatories()) {
            party.getSignedOn().ifPresent(candidates::add);
            party.getWithdrawal().ifPresent(w -> candidates.add(w.getDate()));
        }
        c.getEquipment().forEach(e -> e.getWithdrawal().ifPresent(w -> candidates.add(w.getDate())));
        candidates.stream().filter(d -> d.isAfter(start) && d.isBefore(end)).forEach(days::add);
        return days;
    }

    /** The equipment as the convention held it on {@code day}, when its bonus was due that day. */
    private static Optional<Equipment> coveredOn(Convention c, String reference, LocalDate day,
            Set<NotDueReason> reasons) {
        if (!c.isInForceOn(day)) {
            reasons.add(NotDueReason.CONVENTION_NOT_IN_FORCE);
            return Optional.empty();
        }
        Convention then = c.inEffectOn(day);
        Optional<Equipment> equipment = then.equipment(reference).filter(Equipment::isActive);
        if (equipment.isEmpty()) {
            reasons.add(NotDueReason.NOT_IN_ANNEX);
            return Optional.empty();
        }
        if (!then.getTerritory().getCommuneCodes().contains(equipment.get().getCommuneCode())) {
            reasons.add(NotDueReason.COMMUNE_NOT_COVERED);
            return Optional.empty();
        }
        // Signed at all, not by that day: a validity may start before the signature, and the bonus with it.
        boolean signed = then.signatory(equipment.get().getSupportingParty()).filter(Signatory::isActive)
                .flatMap(Signatory::getSignedOn).isPresent();
        if (!signed) {
            reasons.add(NotDueReason.SUPPORTER_NOT_SIGNED);
            return Optional.empty();
        }
        return equipment;
    }

    private record FullYear(List<BonusComponent> components, BigDecimal amount, List<NotDueReason> reasons,
            List<String> missing) {}

    private FullYear yearOf(Convention c, Equipment e, int year) {
        String caf = c.getCaf().getDepartementCode();
        List<BonusComponent> components = new ArrayList<>();
        List<NotDueReason> reasons = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        BonusBasis basis = e.getBonusBasis().orElse(BonusBasis.builder().build());
        switch (e.getKind().bonusFamily()) {
            case NONE -> reasons.add(NotDueReason.KIND_WITHOUT_BONUS);
            case EAJE -> {
                if (basis.eajePlaces() == 0) {
                    reasons.add(NotDueReason.NO_BONUS_PLACES);
                }
                if (basis.getCarriedOverPlaces() > 0) {
                    carriedOver(c, year, caf, missing).ifPresent(unit -> components.add(component(
                            BonusComponent.Kind.CARRIED_OVER_PLACES, basis.getCarriedOverPlaces(), unit.amount,
                            unit.basis)));
                }
                if (basis.getNewPlaces() > 0) {
                    newPlaceRate(c, e, year, caf, missing).ifPresent(rate -> components.add(component(
                            BonusComponent.Kind.NEW_PLACES, basis.getNewPlaces(), rate.value(), describe(rate))));
                }
                if (basis.getEmployerReservedPlaces() > 0) {
                    rate(year, caf, RateParameter.EAJE_EMPLOYER_RESERVED_PLACE, "", missing)
                            .ifPresent(rate -> components.add(component(BonusComponent.Kind.EMPLOYER_RESERVED_PLACES,
                                    basis.getEmployerReservedPlaces(), rate.value(), describe(rate))));
                }
            }
            case ALSH -> {
                if (basis.getHistoricalPlaces() == 0) {
                    reasons.add(NotDueReason.NO_BONUS_PLACES);
                } else {
                    rate(year, caf, RateParameter.ALSH_PLACE, "", missing).ifPresent(rate -> components.add(component(
                            BonusComponent.Kind.ALSH_PLACES, basis.getHistoricalPlaces(), rate.value(),
                            describe(rate))));
                }
            }
            case PER_EQUIPMENT -> rate(year, caf, RateParameter.PER_EQUIPMENT, e.getKind().name(), missing)
                    .ifPresent(rate -> components.add(component(BonusComponent.Kind.EQUIPMENT, 1, rate.value(),
                            describe(rate))));
        }
        BigDecimal amount = components.stream().map(BonusComponent::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        return new FullYear(components, amount, reasons, missing);
    }

    private record Unit(BigDecimal amount, String basis) {}

    /** The carried-over amount per place for {@code year}: revalued yearly from its base year, then floored. */
    private Optional<Unit> carriedOver(Convention c, int year, String caf, List<String> missing) {
        Optional<BonusTerms> terms = c.getBonusTerms();
        Optional<BigDecimal> base = terms.flatMap(BonusTerms::getCarriedOverAmountPerPlace);
        if (base.isEmpty()) {
            missing.add("bonusTerms.carriedOverAmountPerPlace");
            return Optional.empty();
        }
        int baseYear = terms.flatMap(BonusTerms::getBaseYear).orElse(c.getValidity().getFrom().getYear());
        BigDecimal amount = base.get().setScale(2, RoundingMode.HALF_UP);
        StringBuilder basis = new StringBuilder(amount.toPlainString() + " EUR (" + baseYear + ")");
        for (int y = baseYear + 1; y <= year; y++) {
            Optional<Rate> revaluation = rates.rate(y, caf, RateParameter.EAJE_CARRIED_OVER_REVALUATION, "");
            if (revaluation.isPresent()) {
                amount = amount.multiply(BigDecimal.ONE.add(revaluation.get().value())).setScale(2,
                        RoundingMode.HALF_UP);
                basis.append(", +").append(revaluation.get().value().toPlainString()).append(" in ").append(y);
            }
        }
        Optional<Rate> floor = rates.rate(year, caf, RateParameter.EAJE_CARRIED_OVER_FLOOR, "");
        if (floor.isPresent() && amount.compareTo(floor.get().value()) < 0) {
            amount = floor.get().value().setScale(2, RoundingMode.HALF_UP);
            basis.append(", raised to the floor ").append(describe(floor.get()));
        }
        return Optional.of(new Unit(amount, basis.toString()));
    }

    private Optional<Rate> newPlaceRate(Convention c, Equipment e, int year, String caf, List<String> missing) {
        if (e.isInPriorityZone()) {
            Optional<Rate> highest = rates.highestNewPlaceRate(year, caf);
            if (highest.isEmpty()) {
                missing.add(year + "/" + caf + "/" + RateParameter.EAJE_NEW_PLACE + "/(highest tranche)");
            }
            return highest;
        }
        Optional<String> tranche = c.getBonusTerms().flatMap(BonusTerms::getWealthTranche);
        if (tranche.isEmpty()) {
            missing.add("bonusTerms.wealthTranche");
            return Optional.empty();
        }
        return rate(year, caf, RateParameter.EAJE_NEW_PLACE, tranche.get(), missing);
    }

    private Optional<Rate> rate(int year, String caf, RateParameter parameter, String key, List<String> missing) {
        Optional<Rate> rate = rates.rate(year, caf, parameter, key);
        if (rate.isEmpty()) {
            missing.add(year + "/" + caf + "/" + parameter + "/" + key);
        }
        return rate;
    }

    private static BonusComponent component(BonusComponent.Kind kind, int count, BigDecimal unit, String basis) {
        BigDecimal unitAmount = unit.setScale(2, RoundingMode.HALF_UP);
        return new BonusComponent(kind, count, unitAmount, unitAmount.multiply(BigDecimal.valueOf(count)), basis);
    }

    private static String describe(Rate rate) {
        return rate.parameter() + (rate.key().isEmpty() ? "" : " " + rate.key()) + " " + rate.year() + " ("
                + (rate.caf().equals(Rate.EVERY_CAF) ? "every CAF" : "CAF " + rate.caf()) + "): "
                + rate.value().toPlainString() + " EUR";
    }
}
