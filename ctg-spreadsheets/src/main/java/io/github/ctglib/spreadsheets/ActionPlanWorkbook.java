package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.spreadsheets.PlanSheets.BudgetRow;
import io.github.ctglib.spreadsheets.PlanSheets.IndicatorRow;
import io.github.ctglib.spreadsheets.PlanSheets.MeasurementRow;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The action plan of a convention as an XLSX workbook, for partners to read and fill in: the sheets « Axes »,
 * « Actions », « Budget », « Indicateurs » and « Mesures », one row per item, French headers and labels, dates and
 * amounts as real date and number cells; a « Notice » sheet describes every column. A hidden sheet « ctg » marks
 * the workbook as ctg's (format {@value PlanSheets#FORMAT}, its version, the convention's id and version), and a
 * hidden first row on each sheet holds the columns' stable codes. {@link ActionPlanImport} reads it back.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(path)) {
 *     ActionPlanWorkbook.write(convention, out);
 * }
 * }</pre>
 */
public final class ActionPlanWorkbook {

    private ActionPlanWorkbook() {}

    /**
     * Writes the plan of {@code convention} to {@code out}, which is left open.
     *
     * @param convention the convention whose axes and action sheets (budget, indicators, measurements) are written
     * @param out where the XLSX workbook is written; left open
     * @throws UncheckedIOException when {@code out} cannot be written
     */
    public static void write(Convention convention, OutputStream out) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(out, "out");
        List<BudgetRow> budget = new ArrayList<>();
        List<IndicatorRow> indicators = new ArrayList<>();
        List<MeasurementRow> measurements = new ArrayList<>();
        for (ActionSheet action : convention.getActions()) {
            for (BudgetLine line : action.getBudget()) {
                budget.add(new BudgetRow(action.getNumber(), line));
            }
            for (ActionIndicator indicator : action.getIndicators()) {
                indicators.add(new IndicatorRow(action.getNumber(), indicator));
                for (Measurement measurement : indicator.getMeasurements()) {
                    measurements.add(new MeasurementRow(action.getNumber(), indicator.getLabel(), measurement));
                }
            }
        }
        try {
            SheetWriter writer = new SheetWriter(new NonClosing(out));
            writer.notice(PlanSheets.NOTICE_SHEET, "Plan d'actions — " + convention.getTitle(), List.of(
                    "Convention : " + convention.getId() + " (version " + convention.getVersion() + ")",
                    "Remplissez les feuilles ci-après puis importez le classeur : ctg plan import "
                            + convention.getId() + " FICHIER.xlsx",
                    "Avant signature, l'import remplace le plan ; après, il propose un avenant fait des différences.",
                    "Les colonnes marquées * sont obligatoires. Gardez les feuilles, les colonnes et la ligne 1"
                            + " masquée (les codes des colonnes) ; l'ordre des colonnes peut changer.",
                    "Dates : des cellules de date ; montants : des nombres (en euros) ; listes : un élément par"
                            + " ligne de la cellule (Alt+Entrée) ; les choix (état, dispositif…) se prennent dans"
                            + " la liste déroulante de la cellule."), PlanSheets.TABLES);
            writer.table(PlanSheets.AXES, convention.getAxes());
            writer.table(PlanSheets.ACTIONS, convention.getActions());
            writer.table(PlanSheets.BUDGET, budget);
            writer.table(PlanSheets.INDICATORS, indicators);
            writer.table(PlanSheets.MEASUREMENTS, measurements);
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("format", PlanSheets.FORMAT);
            marker.put("formatVersion", PlanSheets.FORMAT_VERSION);
            marker.put("conventionId", convention.getId());
            marker.put("conventionVersion", convention.getVersion());
            writer.hiddenPairs(PlanSheets.MARKER_SHEET, marker);
            writer.activeSheet(2);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the action plan of " + convention.getId(), e);
        }
    }

    /** Lets the workbook finish its archive without closing the caller's stream. */
    static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
