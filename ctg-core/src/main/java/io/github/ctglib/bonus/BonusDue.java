package io.github.ctglib.bonus;

import java.math.BigDecimal;
import java.util.List;

/**
 * The territory bonus due to one equipment's manager for one year under one convention, and how it was computed:
 * the full-year components, the days of the year the bonus was due (a convention in force covering the
 * equipment's commune, signed by its supporting party), the amount, the reasons when nothing or only part is due,
 * and the rates that were missing.
 *
 * @param conventionId the convention
 * @param equipmentReference the equipment, by its reference in the annex
 * @param equipmentName its name
 * @param year the calendar year the bonus is due for, e.g. 2026
 * @param components the full-year components (as the annex stood at the start of the year's last covered period)
 * @param fullYearAmount what a whole year of coverage gives, euros
 * @param coveredDays the days of {@code year} the bonus was due
 * @param daysInYear 365 or 366
 * @param amount the bonus due: the full-year amount of each covered period, pro rata of its days, to the cent
 * @param reasons why nothing or only part is due (empty when the whole year is)
 * @param missingRates the rates the computation needed and the rates lack ({@code 2025/34/ALSH_PLACE/})
 */
public record BonusDue(String conventionId, String equipmentReference, String equipmentName, int year,
        List<BonusComponent> components, BigDecimal fullYearAmount, int coveredDays, int daysInYear,
        BigDecimal amount, List<NotDueReason> reasons, List<String> missingRates) {

    /**
     * Copies the lists.
     *
     * @param amount the bonus due, in euros to the cent: each covered period's full-year amount pro rata of its days
     * @param components the full-year components; copied
     * @param conventionId the id of the convention it is due under
     * @param coveredDays the days of {@code year} the bonus was due
     * @param daysInYear the number of days of {@code year}: 365 or 366
     * @param equipmentName the equipment's name
     * @param equipmentReference the equipment's key in the annex, e.g. {@code EAJE-01}
     * @param fullYearAmount what a whole year of coverage gives, in euros
     * @param missingRates the rates the computation needed and the rates lack (e.g. {@code 2025/34/ALSH_PLACE/});
     *     copied
     * @param reasons why nothing or only part is due, empty when the whole year is; copied
     * @param year the calendar year the bonus is due for, e.g. 2026
     */
    public BonusDue {
        components = List.copyOf(components);
        reasons = List.copyOf(reasons);
        missingRates = List.copyOf(missingRates);
    }

    /** {@return whether the rates lacked a figure this computation needed (the amount is then short of what is due)} */
    public boolean isIncomplete() {
        return !missingRates.isEmpty();
    }

    /** Why a bonus is not due, or due for part of the year only. */
    public enum NotDueReason {
        /** No convention in force on some days of the year (before its signature, a gap before a renewal). */
        CONVENTION_NOT_IN_FORCE,
        /** The equipment was not in the annex on some days (added or withdrawn by an amendment). */
        NOT_IN_ANNEX,
        /** The equipment's commune was not in the territory on some days. */
        COMMUNE_NOT_COVERED,
        /** The party supporting the equipment had not signed, or had withdrawn, on some days. */
        SUPPORTER_NOT_SIGNED,
        /** Its kind has no territory bonus (a micro-crèche under the PAJE, outside the PSU). */
        KIND_WITHOUT_BONUS,
        /** The convention writes no places for its bonus (an EAJE or an ALSH without bonus places). */
        NO_BONUS_PLACES
    }
}
