package io.github.ctglib.documents;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the documents write dates, amounts and the model's words in French. */
final class French {

    /** A no-break space: a figure and its unit, or the groups of a number, never split across lines. */
    static final char NBSP = '\u00A0';

    private static final DateTimeFormatter MONTH_YEAR = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.FRENCH);

    private French() {}

    /**
     * French typography: a no-break space inside « » and before : ; ! ?, so that a line never starts with one of
     * them (users type a plain space there).
     */
    static String typography(String text) {
        return text.replace("« ", "«" + NBSP).replace(" »", NBSP + "»").replace(" :", NBSP + ":")
                .replace(" ;", NBSP + ";").replace(" !", NBSP + "!").replace(" ?", NBSP + "?");
    }

    /** "6 mars 2024", "1er janvier 2023". */
    static String date(LocalDate day) {
        String dayOfMonth = day.getDayOfMonth() == 1 ? "1er" : Integer.toString(day.getDayOfMonth());
        // No-break spaces: a date is never split across lines.
        return dayOfMonth + NBSP + MONTH_YEAR.format(day).replace(' ', NBSP);
    }

    /** "du 1er janvier 2023 au 31 décembre 2027". */
    static String range(DateRange range) {
        return "du " + date(range.getFrom()) + " au " + date(range.getTo());
    }

    /** "180 000,00 €": two decimals, groups of three, the euro sign after a no-break space. */
    static String euros(BigDecimal amount) {
        return decimalFormat("#,##0.00").format(amount.setScale(2, RoundingMode.HALF_EVEN)) + NBSP + "€";
    }

    /** A figure as French writes it: "2 500 000", "29", "12,5". */
    static String number(BigDecimal value) {
        return decimalFormat("#,##0.##########").format(value);
    }

    /** A figure with its unit: "29 %", "210 places", "2 500 000 €" (the model's "EUR" written €). */
    static String quantity(BigDecimal value, String unit) {
        String shown = "EUR".equalsIgnoreCase(unit) ? "€" : unit;
        return number(value) + NBSP + shown;
    }

    /** A percentage of a part in a whole, "87 %", or "–" when the whole is zero. */
    static String percent(BigDecimal part, BigDecimal whole) {
        if (whole.signum() == 0) {
            return "–";
        }
        return part.multiply(BigDecimal.valueOf(100)).divide(whole, 0, RoundingMode.HALF_EVEN) + "" + NBSP + "%";
    }

    private static DecimalFormat decimalFormat(String pattern) {
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.FRANCE);
        symbols.setGroupingSeparator(NBSP);
        symbols.setDecimalSeparator(',');
        symbols.setMinusSign('-');
        DecimalFormat format = new DecimalFormat(pattern, symbols);
        format.setParseBigDecimal(true);
        return format;
    }

    static String status(ActionStatus status) {
        return switch (status) {
            case PLANNED -> "prévue";
            case IN_PROGRESS -> "en cours";
            case COMPLETED -> "réalisée";
            case SUSPENDED -> "suspendue";
            case ABANDONED -> "abandonnée";
        };
    }

    /** "3 en cours", "2 prévues": the status agreeing with how many actions stand at it. */
    static String status(ActionStatus status, long count) {
        String singular = status(status);
        return count > 1 && singular.endsWith("e") ? singular + "s" : singular;
    }

    static String priority(Priority priority) {
        return switch (priority) {
            case HIGH -> "haute";
            case MEDIUM -> "moyenne";
            case LOW -> "basse";
        };
    }

    static String instrument(FundingInstrument instrument) {
        return switch (instrument) {
            case PSU -> "Prestation de service unique (PSU)";
            case PSO -> "Prestation de service ordinaire (PSO)";
            case SERVICE_FUNDING -> "Prestation de service";
            case TERRITORY_BONUS -> "Bonus territoire CTG";
            case PUBLIC_FUNDS_AND_TERRITORIES -> "Fonds publics et territoires";
            case CLAS -> "Contrat local d'accompagnement à la scolarité (CLAS)";
            case REAAP -> "Réseau d'écoute, d'appui et d'accompagnement des parents (REAAP)";
            case STATE_SUBSIDY -> "Subvention de l'État";
            case DEPARTEMENT_SUBSIDY -> "Subvention du Département";
            case SUBSIDY -> "Subvention";
            case OWN_FUNDS -> "Fonds propres";
            case FAMILY_CONTRIBUTIONS -> "Participations des familles";
            case OTHER -> "Autre financement";
        };
    }

    static String organisation(OrganisationKind kind) {
        return switch (kind) {
            case CAF -> "Caisse d'allocations familiales";
            case COMMUNE -> "Commune";
            case EPCI -> "Établissement public de coopération intercommunale";
            case SIVU -> "Syndicat intercommunal à vocation unique";
            case SIVOM -> "Syndicat intercommunal à vocation multiple";
            case SYNDICAT_MIXTE -> "Syndicat mixte";
            case PETR -> "Pôle d'équilibre territorial et rural";
            case CCAS -> "Centre communal d'action sociale";
            case CIAS -> "Centre intercommunal d'action sociale";
            case DEPARTEMENT -> "Département";
            case REGION -> "Région";
            case STATE -> "État";
            case MSA -> "Mutualité sociale agricole";
            case CPAM -> "Caisse primaire d'assurance maladie";
            case CARSAT -> "Caisse d'assurance retraite et de la santé au travail";
            case FRANCE_TRAVAIL -> "France Travail";
            case ASSOCIATION -> "Association";
            case LEGAL_PERSON -> "Personne morale";
            case OTHER -> "Autre partenaire";
        };
    }

    static String equipment(EquipmentKind kind) {
        return switch (kind) {
            case COLLECTIVE_CRECHE -> "Crèche collective";
            case MULTI_ACCUEIL -> "Multi-accueil";
            case FAMILY_CRECHE -> "Crèche familiale";
            case PARENT_CRECHE -> "Crèche parentale";
            case MICRO_CRECHE_PAJE -> "Micro-crèche (PAJE)";
            case ALSH_PERISCOLAIRE -> "Accueil de loisirs périscolaire";
            case ALSH_EXTRASCOLAIRE -> "Accueil de loisirs extrascolaire";
            case YOUTH_CENTRE -> "Accueil de jeunes";
            case RPE -> "Relais petite enfance";
            case LAEP -> "Lieu d'accueil enfants-parents";
            case SOCIAL_CENTRE -> "Centre social";
            case SOCIAL_LIFE_SPACE -> "Espace de vie sociale";
            case TOY_LIBRARY -> "Ludothèque";
            case YOUNG_WORKERS_HOSTEL -> "Foyer de jeunes travailleurs";
            case OTHER -> "Autre équipement ou service";
        };
    }

    /** "48 places", "1,5 ETP", or "" when the annex gives no capacity. */
    static String capacity(Equipment equipment) {
        if (equipment.getPlaces().isPresent()) {
            return equipment.getPlaces().get() + "" + NBSP + "places";
        }
        return equipment.getFullTimeEquivalents().map(fte -> number(fte) + NBSP + "ETP").orElse("");
    }

    static String committee(CommitteeKind kind) {
        return switch (kind) {
            case STEERING -> "Comité de pilotage";
            case TECHNICAL -> "Comité technique";
        };
    }
}
