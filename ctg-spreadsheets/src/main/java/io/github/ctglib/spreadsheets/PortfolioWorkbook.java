package io.github.ctglib.spreadsheets;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.report.PortfolioReport.Coverage;
import io.github.ctglib.report.PortfolioReport.Ending;
import io.github.ctglib.report.PortfolioReport.FundingRow;
import io.github.ctglib.territory.Commune;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The portfolio report ({@link PortfolioReport}) as an XLSX workbook: one sheet per part of the report, French
 * headers (none marked required: the workbook is read, not filled in), counts, dates, rates and euros as real number and date cells; a hidden first row on each sheet holds
 * the columns' stable codes, for scripts.
 *
 * <pre>{@code
 * PortfolioWorkbook.write(PortfolioReport.compute(conventions, geography, Optional.of("34"), today, 12), out);
 * }</pre>
 */
public final class PortfolioWorkbook {

    /** One part of the report: its table and how its rows come from the report. A new part is one more entry. */
    private record Part<R>(Table<R> table, Function<PortfolioReport, List<R>> rows) {
        void write(SheetWriter writer, PortfolioReport report) {
            writer.table(table, rows.apply(report));
        }
    }

    private record StageCount(Stage stage, int conventions) {}

    private record Uncovered(String departement, Commune commune) {}

    private record FieldActions(String field, Map<ActionStatus, Integer> counts) {}

    private static final List<Part<?>> PARTS = List.of(
            new Part<>(new Table<PortfolioReport>("Synthèse", "Le périmètre et le jour du rapport.", List.of(
                    Column.of("report.departement", "Département", Kind.CODE, false, "Vide : tous.",
                            r -> r.departement()),
                    Column.of("report.day", "Jour du rapport", Kind.DATE, false, "Le jour « en vigueur » est jugé.",
                            PortfolioReport::day),
                    Column.of("report.horizonMonths", "Horizon (mois)", Kind.INTEGER, false,
                            "Les échéances dans ce nombre de mois.", PortfolioReport::horizonMonths),
                    Column.of("report.conventions", "Conventions", Kind.INTEGER, false, "Combien de conventions.",
                            PortfolioReport::conventions))), r -> List.of(r)),
            new Part<>(new Table<StageCount>("Étapes", "Les conventions par étape.", List.of(
                    Column.of("stage.code", "Code", Kind.CODE, false, "L'étape.", s -> s.stage().name()),
                    Column.of("stage.label", "Étape", Kind.TEXT, false, "En français.", s -> Labels.of(s.stage())),
                    Column.of("stage.conventions", "Conventions", Kind.INTEGER, false, "Combien.",
                            StageCount::conventions))),
                    r -> r.byStage().entrySet().stream().map(e -> new StageCount(e.getKey(), e.getValue())).toList()),
            new Part<>(new Table<Coverage>("Couverture", "Les communes couvertes par une convention en vigueur.",
                    List.of(
                            Column.of("coverage.departement", "Département", Kind.CODE, false, "Son code.",
                                    Coverage::departementCode),
                            Column.of("coverage.name", "Nom", Kind.TEXT, false, "Son nom.", Coverage::departementName),
                            Column.of("coverage.communes", "Communes", Kind.INTEGER, false, "Toutes.",
                                    Coverage::communes),
                            Column.of("coverage.covered", "Couvertes", Kind.INTEGER, false, "Par une CTG en vigueur.",
                                    Coverage::covered),
                            Column.of("coverage.rate", "Taux de couverture", Kind.PERCENT, false, "Couvertes / toutes.",
                                    PortfolioWorkbook::rate))), PortfolioReport::coverage),
            new Part<>(new Table<Uncovered>("Communes non couvertes", "Les communes qu'aucune CTG en vigueur ne couvre.",
                    List.of(
                            Column.of("uncovered.departement", "Département", Kind.CODE, false, "Son code.",
                                    Uncovered::departement),
                            Column.of("uncovered.insee", "Code INSEE", Kind.CODE, false, "Celui de la commune.",
                                    u -> u.commune().inseeCode()),
                            Column.of("uncovered.name", "Commune", Kind.TEXT, false, "Son nom.",
                                    u -> u.commune().name()))),
                    r -> r.coverage().stream().flatMap(c -> c.uncovered().stream()
                            .map(commune -> new Uncovered(c.departementCode(), commune))).toList()),
            new Part<>(new Table<Ending>("Échéances", "Les conventions qui finissent dans l'horizon : renouvellements à préparer.",
                    List.of(
                            Column.of("ending.id", "Identifiant", Kind.CODE, false, "De la convention.", Ending::id),
                            Column.of("ending.title", "Intitulé", Kind.TEXT, false, "De la convention.", Ending::title),
                            Column.of("ending.cafDepartement", "CAF (département)", Kind.CODE, false, "Son code.",
                                    Ending::cafDepartement),
                            Column.of("ending.validityEnd", "Fin de validité", Kind.DATE, false, "Le dernier jour.",
                                    Ending::validityEnd),
                            Column.of("ending.stage", "Étape", Kind.TEXT, false, "En français.",
                                    e -> Labels.of(e.stage())))), PortfolioReport::ending),
            new Part<>(new Table<FundingRow>("Financements", "Par champ, financeur et année, prévu et réalisé.",
                    List.of(
                            Column.of("funding.field", "Champ", Kind.TEXT, false, "Le premier champ de l'action.",
                                    FundingRow::field),
                            Column.of("funding.funder", "Financeur", Kind.TEXT, false, "Qui paie.", FundingRow::funder),
                            Column.of("funding.year", "Année", Kind.INTEGER, false, "L'année.", FundingRow::year),
                            Column.of("funding.forecast", "Prévu (€)", Kind.AMOUNT, false, "En euros.",
                                    FundingRow::forecast),
                            Column.of("funding.actual", "Réalisé (€)", Kind.AMOUNT, false, "En euros.",
                                    FundingRow::actual))), PortfolioReport::funding),
            new Part<>(new Table<>("Actions par champ", "Les fiches action par champ et par état d'avancement.",
                    actionColumns()),
                    r -> r.actionStatus().entrySet().stream()
                            .map(e -> new FieldActions(e.getKey(), e.getValue())).toList()));

    private PortfolioWorkbook() {}

    /**
     * Writes {@code report} to {@code out}, which is left open.
     *
     * @throws UncheckedIOException when {@code out} cannot be written
     *
     * @param out the out
     * @param report the report
     */
    public static void write(PortfolioReport report, OutputStream out) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(out, "out");
        try {
            SheetWriter writer = new SheetWriter(new ActionPlanWorkbook.NonClosing(out));
            for (Part<?> part : PARTS) {
                part.write(writer, report);
            }
            Map<String, Object> marker = new LinkedHashMap<>();
            marker.put("format", "ctg-portfolio-report");
            marker.put("formatVersion", 1);
            writer.hiddenPairs("ctg", marker);
            writer.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write the portfolio report", e);
        }
    }

    private static BigDecimal rate(Coverage c) {
        return c.communes() == 0 ? BigDecimal.ZERO
                : BigDecimal.valueOf(c.covered()).divide(BigDecimal.valueOf(c.communes()), 4, RoundingMode.HALF_EVEN);
    }

    private static List<Column<FieldActions>> actionColumns() {
        List<Column<FieldActions>> columns = new ArrayList<>();
        columns.add(Column.of("actions.field", "Champ", Kind.TEXT, false, "Le premier champ de l'action.",
                FieldActions::field));
        for (ActionStatus status : ActionStatus.values()) {
            String label = Labels.of(status);
            columns.add(Column.of("actions." + status.name(), Character.toUpperCase(label.charAt(0))
                    + label.substring(1), Kind.INTEGER, false, "Les fiches à l'état « " + label + " ».",
                    f -> f.counts().getOrDefault(status, 0)));
        }
        return columns;
    }
}
