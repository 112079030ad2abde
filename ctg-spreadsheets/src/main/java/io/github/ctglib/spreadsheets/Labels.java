package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.Stage;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The French labels of the coded values that cells show to people; a cell may hold the label or the code. */
final class Labels {

    /** {@return "oui" or "non", as a cell that answers a question shows it} */
    static String yesNo(boolean answer) {
        return answer ? "oui" : "non";
    }

    private static final Map<ActionStatus, String> STATUS = new EnumMap<>(Map.of(
            ActionStatus.PLANNED, "prévue", ActionStatus.IN_PROGRESS, "en cours",
            ActionStatus.COMPLETED, "réalisée", ActionStatus.SUSPENDED, "suspendue",
            ActionStatus.ABANDONED, "abandonnée"));
    private static final Map<Priority, String> PRIORITY = new EnumMap<>(Map.of(
            Priority.HIGH, "haute", Priority.MEDIUM, "moyenne", Priority.LOW, "basse"));
    private static final Map<BudgetNature, String> NATURE = new EnumMap<>(Map.of(
            BudgetNature.FORECAST, "prévisionnel", BudgetNature.ACTUAL, "réalisé"));
    private static final Map<BudgetSection, String> SECTION = new EnumMap<>(Map.of(
            BudgetSection.OPERATING, "fonctionnement", BudgetSection.INVESTMENT, "investissement"));
    private static final Map<FundingInstrument, String> INSTRUMENT = new EnumMap<>(FundingInstrument.class);
    private static final Map<Stage, String> STAGE = new EnumMap<>(Stage.class);

    static {
        INSTRUMENT.put(FundingInstrument.PSU, "prestation de service unique (PSU)");
        INSTRUMENT.put(FundingInstrument.PSO, "prestation de service ordinaire (PSO)");
        INSTRUMENT.put(FundingInstrument.SERVICE_FUNDING, "autre prestation de service (PS)");
        INSTRUMENT.put(FundingInstrument.TERRITORY_BONUS, "bonus territoire CTG");
        INSTRUMENT.put(FundingInstrument.PUBLIC_FUNDS_AND_TERRITORIES, "fonds publics et territoires (FPT)");
        INSTRUMENT.put(FundingInstrument.CLAS, "CLAS");
        INSTRUMENT.put(FundingInstrument.REAAP, "REAAP");
        INSTRUMENT.put(FundingInstrument.STATE_SUBSIDY, "subvention de l'État");
        INSTRUMENT.put(FundingInstrument.DEPARTEMENT_SUBSIDY, "subvention du Département");
        INSTRUMENT.put(FundingInstrument.SUBSIDY, "autre subvention");
        INSTRUMENT.put(FundingInstrument.OWN_FUNDS, "fonds propres");
        INSTRUMENT.put(FundingInstrument.FAMILY_CONTRIBUTIONS, "participations familiales");
        INSTRUMENT.put(FundingInstrument.OTHER, "autre");
        STAGE.put(Stage.IN_PREPARATION, "en préparation");
        STAGE.put(Stage.SHARED_DIAGNOSTIC, "diagnostic partagé");
        STAGE.put(Stage.ACTION_PLANNING, "plan d'actions");
        STAGE.put(Stage.AWAITING_SIGNATURES, "en attente de signatures");
        STAGE.put(Stage.SIGNED, "signée");
        STAGE.put(Stage.EVALUATION, "en évaluation");
        STAGE.put(Stage.CLOSED, "clôturée");
        STAGE.put(Stage.TERMINATED, "résiliée");
    }

    private Labels() {}

    /** The French label of a coded value. */
    static String of(Enum<?> value) {
        String label = table(value.getDeclaringClass()).get(value);
        if (label == null) {
            throw new IllegalStateException("No French label for " + value);
        }
        return label;
    }

    /** Every label of an enum, in its order. */
    static List<String> all(Class<? extends Enum<?>> type) {
        List<String> out = new ArrayList<>();
        for (Enum<?> value : type.getEnumConstants()) {
            out.add(of(value));
        }
        return out;
    }

    /** The value whose label or code a cell holds, whatever its case and accents. */
    static Optional<Enum<?>> parse(Class<? extends Enum<?>> type, String text) {
        String wanted = fold(text);
        for (Enum<?> value : type.getEnumConstants()) {
            if (fold(of(value)).equals(wanted) || fold(value.name()).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    static String fold(String text) {
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }

    @SuppressWarnings("unchecked")
    private static Map<Enum<?>, String> table(Class<?> type) {
        Map<?, String> table;
        if (type == ActionStatus.class) {
            table = STATUS;
        } else if (type == Priority.class) {
            table = PRIORITY;
        } else if (type == BudgetNature.class) {
            table = NATURE;
        } else if (type == BudgetSection.class) {
            table = SECTION;
        } else if (type == FundingInstrument.class) {
            table = INSTRUMENT;
        } else if (type == Stage.class) {
            table = STAGE;
        } else {
            throw new IllegalArgumentException("No French labels for " + type);
        }
        return (Map<Enum<?>, String>) table;
    }
}
