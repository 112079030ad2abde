package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Withdrawal;
import java.util.List;

/**
 * The one mapping of an action plan to sheets: which sheet holds what, in which columns. The export writes these
 * columns and the import reads them, by their codes; the notice sheet describes them.
 *
 * <p>A column's code is its sheet's prefix and the model's path under it: {@code budget.amount} is the
 * {@code amount} of a budget line, so that a rule's violation at {@code actions[3].budget[1].amount} names its
 * cell.
 */
final class PlanSheets {

    /** The format written in the hidden sheet, and its version: what the import knows how to read. */
    static final String FORMAT = "ctg-action-plan";
    static final int FORMAT_VERSION = 1;

    /** The hidden sheet that marks a workbook as ctg's. */
    static final String MARKER_SHEET = "ctg";
    static final String NOTICE_SHEET = "Notice";

    /** A budget line, an indicator or a measurement with the number of its action (its row's key). */
    record BudgetRow(String action, BudgetLine line) {}

    record IndicatorRow(String action, ActionIndicator indicator) {}

    record MeasurementRow(String action, String indicator, Measurement measurement) {}

    static final Table<Axis> AXES = new Table<>("Axes",
            "Les axes stratégiques du plan ; le numéro de chaque fiche action commence par celui de son axe.",
            List.of(
                    Column.of("axis.number", "N° d'axe", Kind.INTEGER, true, "Le numéro de l'axe, de 1 à 999.",
                            Axis::getNumber),
                    Column.of("axis.title", "Intitulé de l'axe", Kind.TEXT, true,
                            "P. ex. « Accompagner les parents ».", Axis::getTitle),
                    Column.of("axis.fields", "Champs d'intervention", Kind.LINES, false,
                            "Un champ par ligne, parmi ceux de la convention (p. ex. « parentalité »).",
                            a -> fields(a.getFields()))));

    static final Table<ActionSheet> ACTIONS = new Table<>("Actions",
            "Une ligne par fiche action, retirées comprises (marquées par l'avenant qui les a retirées).",
            List.of(
                    Column.of("action.number", "N° de fiche", Kind.CODE, true,
                            "Le numéro de la fiche, en texte : « 2.3 » est la 3e fiche de l'axe 2.",
                            ActionSheet::getNumber),
                    Column.of("action.title", "Intitulé", Kind.TEXT, true, "L'intitulé de la fiche action.",
                            ActionSheet::getTitle),
                    Column.of("action.fields", "Champs d'intervention", Kind.LINES, true,
                            "Un champ par ligne, parmi ceux de la convention.", a -> fields(a.getFields())),
                    Column.of("action.objectives", "Objectifs", Kind.LINES, false, "Un objectif par ligne.",
                            ActionSheet::getObjectives),
                    Column.of("action.targetPublic", "Public visé", Kind.TEXT, false,
                            "P. ex. « familles avec enfants de moins de 6 ans ».", ActionSheet::getTargetPublic),
                    Column.of("action.pilot", "Pilote", Kind.TEXT, false,
                            "Qui la mène, p. ex. « Commune — service petite enfance ».", ActionSheet::getPilot),
                    Column.of("action.partners", "Partenaires", Kind.LINES, false, "Un partenaire par ligne.",
                            ActionSheet::getPartners),
                    Column.of("action.schedule.from", "Début", Kind.DATE, false,
                            "Le premier jour du calendrier de l'action (une date).",
                            a -> a.getSchedule().map(DateRange::getFrom)),
                    Column.of("action.schedule.to", "Fin", Kind.DATE, false,
                            "Le dernier jour du calendrier de l'action (une date) ; avec le début.",
                            a -> a.getSchedule().map(DateRange::getTo)),
                    Column.choice("action.status", "État d'avancement", false, "Vide : prévue.",
                            ActionStatus.class, ActionSheet::getStatus),
                    Column.choice("action.priority", "Priorité", false, "Vide : moyenne.", Priority.class,
                            ActionSheet::getPriority),
                    Column.of("action.withdrawal.reason", "Motif du retrait", Kind.TEXT, false,
                            "Convention signée : remplir ce motif retire la fiche par l'avenant que l'import propose.",
                            a -> a.getWithdrawal().flatMap(Withdrawal::getReason)),
                    Column.of("action.withdrawal.amendmentNumber", "Retirée par l'avenant n°", Kind.INTEGER, false,
                            "Écrit par ctg : l'avenant qui a retiré la fiche.",
                            a -> a.getWithdrawal().map(Withdrawal::getAmendmentNumber)),
                    Column.of("action.withdrawal.date", "Retirée le", Kind.DATE, false,
                            "Écrit par ctg : le jour du retrait.",
                            a -> a.getWithdrawal().map(Withdrawal::getDate))));

    static final Table<BudgetRow> BUDGET = new Table<>("Budget",
            "Une ligne par ligne de budget : une année × un financeur × un dispositif × prévisionnel ou réalisé.",
            List.of(
                    Column.of("budget.action", "N° de fiche", Kind.CODE, true, "La fiche action financée.",
                            BudgetRow::action),
                    Column.of("budget.year", "Année", Kind.INTEGER, true, "L'année, p. ex. 2025.",
                            r -> r.line().getYear()),
                    Column.of("budget.funder", "Financeur", Kind.TEXT, true,
                            "Le nom d'une partie de la convention, ou d'un financeur extérieur.",
                            r -> r.line().getFunder()),
                    Column.of("budget.funderIdentifier", "SIREN ou SIRET du financeur", Kind.TEXT, false,
                            "Pour un financeur extérieur seulement.", r -> r.line().getFunderIdentifier()),
                    Column.choice("budget.instrument", "Dispositif", true, "Le dispositif de financement.",
                            FundingInstrument.class, r -> r.line().getInstrument()),
                    Column.choice("budget.nature", "Nature", true, "Prévisionnel ou réalisé.", BudgetNature.class,
                            r -> r.line().getNature()),
                    Column.choice("budget.section", "Section", false, "Vide : fonctionnement.",
                            BudgetSection.class, r -> r.line().getSection()),
                    Column.of("budget.fullTimeEquivalents", "ETP", Kind.DECIMAL, false,
                            "Le personnel financé, en équivalents temps plein (p. ex. 1,00).",
                            r -> r.line().getFullTimeEquivalents()),
                    Column.of("budget.amount", "Montant (€)", Kind.AMOUNT, true,
                            "En euros, au plus deux décimales ; jamais négatif.", r -> r.line().getAmount())));

    static final Table<IndicatorRow> INDICATORS = new Table<>("Indicateurs",
            "Une ligne par indicateur d'une fiche action.",
            List.of(
                    Column.of("indicator.action", "N° de fiche", Kind.CODE, true, "La fiche action suivie.",
                            IndicatorRow::action),
                    Column.of("indicator.label", "Indicateur", Kind.TEXT, true,
                            "Son libellé, unique dans la fiche.", r -> r.indicator().getLabel()),
                    Column.of("indicator.unit", "Unité", Kind.TEXT, true, "P. ex. « places », « familles ».",
                            r -> r.indicator().getUnit()),
                    Column.of("indicator.baseline", "Valeur de départ", Kind.DECIMAL, false, "Un nombre.",
                            r -> r.indicator().getBaseline()),
                    Column.of("indicator.target", "Cible", Kind.DECIMAL, false, "Un nombre.",
                            r -> r.indicator().getTarget())));

    static final Table<MeasurementRow> MEASUREMENTS = new Table<>("Mesures",
            "Les mesures datées des indicateurs (le suivi) ; une fois la convention signée, elles s'enregistrent"
                    + " par le suivi, non par cet import.",
            List.of(
                    Column.of("measurement.action", "N° de fiche", Kind.CODE, true, "La fiche de l'indicateur.",
                            MeasurementRow::action),
                    Column.of("measurement.indicator", "Indicateur", Kind.TEXT, true,
                            "Le libellé de l'indicateur, tel que dans la feuille Indicateurs.",
                            MeasurementRow::indicator),
                    Column.of("measurement.date", "Date", Kind.DATE, true, "Le jour de la mesure.",
                            r -> r.measurement().getDate()),
                    Column.of("measurement.value", "Valeur", Kind.DECIMAL, true, "Un nombre.",
                            r -> r.measurement().getValue())));

    /** The data sheets, in the workbook's order. */
    static final List<Table<?>> TABLES = List.of(AXES, ACTIONS, BUDGET, INDICATORS, MEASUREMENTS);

    private PlanSheets() {}

    /** The fields as a cell writes them: their French names, or their own label. */
    static List<String> fields(java.util.Set<FieldOfAction> fields) {
        return fields.stream().map(FieldOfAction::describe).toList();
    }
}
