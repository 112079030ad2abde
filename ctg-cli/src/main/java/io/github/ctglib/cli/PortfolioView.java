package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.bonus.BonusPortfolio;
import io.github.ctglib.bonus.BonusReport;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.report.PortfolioReport.CafCoverage;
import io.github.ctglib.report.PortfolioReport.Coverage;
import io.github.ctglib.report.PortfolioReport.Ending;
import io.github.ctglib.report.PortfolioReport.FundingRow;
import io.github.ctglib.report.PortfolioReport.PopulationCoverage;
import io.github.ctglib.report.PortfolioReport.UncoveredEpci;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.vocabulary.ActionField;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How a {@link PortfolioReport} reads: as text, Markdown or CSV. It only formats; every figure comes from the
 * report, computed in ctg-core.
 */
final class PortfolioView {

    enum Format {
        text,
        csv,
        md,
        /** CSV for a spreadsheet set to French: {@code ;} apart, a byte-order mark, decimal commas. */
        excel,
        /** One JSON document, for scripts (see {@link JsonOutput}). */
        json,
        /** An XLSX workbook, one sheet per part (ctg-spreadsheets); written to a file only. */
        xlsx
    }

    /** Text and Markdown list this many uncovered EPCIs, the largest; CSV and JSON list them all. */
    static final int EPCIS_SHOWN = 20;

    /** Long lists wrap here in text; Markdown leaves wrapping to its reader. */
    private static final int TEXT_WIDTH = 100;

    private final PortfolioReport report;
    /** The territory bonus part, last in every format; none in the one-line summary. */
    private final BonusReport bonus;
    private final Messages text;

    PortfolioView(PortfolioReport report, BonusReport bonus, Messages text) {
        this.report = report;
        this.bonus = bonus;
        this.text = text;
    }

    /** The report in one sentence: conventions by stage, communes covered, renewals due. */
    static String summaryLine(PortfolioReport report, Messages text) {
        return new PortfolioView(report, null, text).summaryLine();
    }

    void print(Format format, PrintWriter out) {
        switch (format) {
            case text -> write(new TextSink(out));
            case md -> write(new MarkdownSink(out));
            case csv -> writeCsv(new Csv(out));
            case excel -> writeCsv(Csv.forSpreadsheet(out));
            case json -> new JsonOutput(out).report(report, bonus);
            case xlsx -> throw new IllegalArgumentException("A workbook is written to a file, not printed");
        }
    }

    private String summaryLine() {
        String stages = report.byStage().entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> text.pair(text.stage(e.getKey()), e.getValue())).collect(Collectors.joining(", "));
        int communes = report.coverage().stream().mapToInt(Coverage::communes).sum();
        int covered = report.coverage().stream().mapToInt(Coverage::covered).sum();
        return text.get("portfolio.summary", text.date(report.day()), scope(),
                text.count(report.conventions(), "convention"),
                stages.isEmpty() ? "—" : stages, covered, communes, report.ending().size(), report.horizonMonths());
    }

    private String scope() {
        return report.departement()
                .map(code -> text.get("portfolio.departement", code, report.coverage().stream().findFirst()
                        .map(Coverage::departementName).orElse("?")))
                .orElseGet(() -> text.get("portfolio.all"));
    }

    // ------------------------------------------------------------------------------------- text and Markdown

    /** The shape shared by text and Markdown. */
    private interface Sink {
        void title(String title);

        void heading(String heading);

        void paragraph(String paragraph);

        /** A long enumeration after its introduction: wrapped between items in text. */
        void list(String introduction, List<String> items);

        void table(TextTable table);
    }

    private void write(Sink sink) {
        sink.title(text.get("report.title", scope(), report.day()));
        sink.paragraph(summaryLine());

        sink.heading(text.get("report.byStage"));
        TextTable stages = new TextTable(text.get("column.stage"), text.get("column.conventions")).alignRight(1);
        report.byStage().forEach((stage, count) -> stages.row(text.stage(stage), count));
        sink.table(stages);

        sink.heading(text.get("report.coverage", report.day()));
        TextTable coverage = new TextTable(text.get("column.departement"), text.get("column.name"),
                text.get("column.communes"), text.get("column.covered"), "%").alignRight(2, 3, 4);
        for (Coverage c : report.coverage()) {
            coverage.row(c.departementCode(), c.departementName(), c.communes(), c.covered(),
                    String.format(text.locale(), "%.1f", c.communes() == 0 ? 0.0 : 100.0 * c.covered() / c.communes()));
        }
        sink.table(coverage);
        uncovered(sink);
        population(sink);

        sink.heading(text.get("report.ending", report.horizonMonths()));
        TextTable ending = new TextTable(text.get("column.id"), text.get("column.title"), text.get("column.caf"),
                text.get("column.ends"), text.get("column.stage"));
        for (Ending e : report.ending()) {
            ending.row(e.id(), e.title(), e.cafDepartement(), e.validityEnd(), text.stage(e.stage()));
        }
        tableOrNone(sink, ending);

        sink.heading(text.get("report.funding"));
        TextTable funding = new TextTable(text.get("column.field"), text.get("column.funder"), text.get("column.year"),
                text.get("column.forecast"), text.get("column.actual")).alignRight(2, 3, 4);
        for (FundingRow row : report.funding()) {
            funding.row(fieldName(row.field()), row.funder(), row.year(), text.money(row.forecast()),
                    text.money(row.actual()));
        }
        tableOrNone(sink, funding);

        sink.heading(text.get("report.actions"));
        List<String> headers = new ArrayList<>(List.of(text.get("column.field")));
        for (ActionStatus status : ActionStatus.values()) {
            headers.add(text.status(status));
        }
        TextTable actions = new TextTable(headers.toArray(String[]::new));
        actions.alignRight(java.util.stream.IntStream.rangeClosed(1, ActionStatus.values().length).toArray());
        for (Map.Entry<String, Map<ActionStatus, Integer>> field : report.actionStatus().entrySet()) {
            List<Object> cells = new ArrayList<>(List.of(fieldName(field.getKey())));
            for (ActionStatus status : ActionStatus.values()) {
                cells.add(field.getValue().getOrDefault(status, 0));
            }
            actions.row(cells.toArray());
        }
        tableOrNone(sink, actions);
        bonus(sink);
    }

    /** The territory bonus due this year per CAF, and the bonus at risk where no renewal is prepared. */
    private void bonus(Sink sink) {
        sink.heading(text.get("report.bonus.title", bonus.year(), bonus.rates()));
        if (bonus.due().conventions().isEmpty()) {
            sink.paragraph(text.get("report.bonus.none"));
            return;
        }
        TextTable byCaf = new TextTable(text.get("column.caf"), text.get("column.bonus")).alignRight(1);
        bonus.due().byCaf().forEach((caf, amount) -> byCaf.row(caf, text.money(amount)));
        sink.table(byCaf);
        sink.paragraph(text.get("bonus.total", text.money(bonus.due().total()))
                + (bonus.due().incomplete() ? " " + text.get("report.bonus.incomplete") : ""));
        sink.heading(text.get("report.bonus.atRisk", bonus.atRisk().size(), bonus.horizonMonths()));
        TextTable atRisk = new TextTable(text.get("column.id"), text.get("column.title"), text.get("column.caf"),
                text.get("column.ends"), text.get("column.equipment"), text.get("column.yearlyBonus")).alignRight(4, 5);
        for (BonusPortfolio.AtRisk risk : bonus.atRisk()) {
            atRisk.row(risk.conventionId(), risk.title(), risk.cafName(), risk.ends(), risk.equipmentCount(),
                    text.money(risk.yearlyBonus()) + (risk.incomplete() ? " " + text.get("report.bonus.incomplete") : ""));
        }
        tableOrNone(sink, atRisk);
    }

    /** The population covered per département, nationally, per CAF, and the EPCIs not covered. */
    private void population(Sink sink) {
        sink.heading(text.get("report.population", report.day()));
        TextTable departements = new TextTable(text.get("column.departement"), text.get("column.name"),
                text.get("column.population"), text.get("column.coveredPopulation"), "%").alignRight(2, 3, 4);
        for (PopulationCoverage p : report.populationByDepartement()) {
            departements.row(p.code(), p.name(), text.number(p.population()), text.number(p.coveredPopulation()),
                    text.percent(p.sharePercent()));
        }
        sink.table(departements);
        PopulationCoverage france = report.nationalPopulation();
        sink.paragraph(text.get("report.population.national", text.number(france.coveredPopulation()),
                text.number(france.population()), text.percent(france.sharePercent()),
                text.number(france.coveredCommunes()), text.number(france.communes())));

        sink.heading(text.get("report.population.byCaf"));
        TextTable cafs = new TextTable(text.get("column.departement"), text.get("column.caf"),
                text.get("column.inForce"), text.get("column.communes"), text.get("column.coveredPopulation"),
                text.get("column.ofDepartement")).alignRight(2, 3, 4, 5);
        for (CafCoverage c : report.populationByCaf()) {
            cafs.row(c.departementCode(), c.name(), c.conventionsInForce(), c.coveredCommunes(),
                    text.number(c.coveredPopulation()), text.percent(c.sharePercent()));
        }
        tableOrNone(sink, cafs);

        List<UncoveredEpci> uncovered = report.uncoveredEpcis();
        sink.heading(text.get("report.population.epcis", text.number(uncovered.size())));
        TextTable epcis = new TextTable(text.get("column.siren"), text.get("column.name"), text.get("column.kind"),
                text.get("column.departements"), text.get("column.communes"), text.get("column.population"))
                .alignRight(4, 5);
        for (UncoveredEpci e : uncovered.subList(0, Math.min(EPCIS_SHOWN, uncovered.size()))) {
            epcis.row(e.siren(), e.name(), e.kind(), String.join(" ", e.departementCodes()), e.communes(),
                    text.number(e.population()));
        }
        tableOrNone(sink, epcis);
        if (uncovered.size() > EPCIS_SHOWN) {
            sink.paragraph(text.get("report.population.epcis.more", text.number(uncovered.size() - EPCIS_SHOWN)));
        }
    }

    /** One département's uncovered communes are listed; for all of them, CSV lists them (tens of thousands). */
    private void uncovered(Sink sink) {
        if (report.departement().isEmpty()) {
            int uncovered = report.coverage().stream().mapToInt(c -> c.uncovered().size()).sum();
            sink.paragraph(text.get("report.uncovered.all", uncovered));
            return;
        }
        for (Coverage c : report.coverage()) {
            sink.list(text.get("report.uncovered", c.uncovered().size(), c.departementCode()),
                    c.uncovered().stream().map(commune -> commune.inseeCode() + " " + commune.name())
                            .collect(Collectors.toList()));
        }
    }

    private void tableOrNone(Sink sink, TextTable table) {
        if (table.isEmpty()) {
            sink.paragraph(text.get("report.none"));
        } else {
            sink.table(table);
        }
    }

    /** The report names fields in French ({@code FieldOfAction.describe()}); shown in the user's language. */
    /** The stable code of a field as the report describes it: its constant, or OTHER for a field of its own. */
    static String fieldCode(String described) {
        for (ActionField kind : ActionField.values()) {
            if (kind != ActionField.OTHER && kind.french().equals(described)) {
                return kind.name();
            }
        }
        return ActionField.OTHER.name();
    }

    private String fieldName(String described) {
        for (ActionField kind : ActionField.values()) {
            if (kind != ActionField.OTHER && kind.french().equals(described)) {
                return text.field(kind);
            }
        }
        return described;
    }

    private static final class TextSink implements Sink {
        private final PrintWriter out;

        TextSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void title(String title) {
            out.println(title);
            out.println("=".repeat(title.codePointCount(0, title.length())));
        }

        @Override
        public void heading(String heading) {
            out.println();
            out.println(heading);
            out.println("-".repeat(heading.codePointCount(0, heading.length())));
        }

        @Override
        public void paragraph(String paragraph) {
            out.println(paragraph);
        }

        /** Never breaks inside an item: "34108 Frontignan" stays on one line. */
        @Override
        public void list(String introduction, List<String> items) {
            out.println(introduction);
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < items.size(); i++) {
                String item = items.get(i) + (i < items.size() - 1 ? "," : "");
                if (line.length() > 0 && line.length() + 1 + item.length() > TEXT_WIDTH) {
                    out.println(line);
                    line.setLength(0);
                }
                line.append(line.length() == 0 ? "  " : " ").append(item);
            }
            if (line.length() > 0) {
                out.println(line);
            }
        }

        @Override
        public void table(TextTable table) {
            table.printText(out, "");
        }
    }

    private static final class MarkdownSink implements Sink {
        private final PrintWriter out;

        MarkdownSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void title(String title) {
            out.println("# " + title);
            out.println();
        }

        @Override
        public void heading(String heading) {
            out.println("## " + heading);
            out.println();
        }

        @Override
        public void paragraph(String paragraph) {
            out.println(paragraph);
            out.println();
        }

        @Override
        public void list(String introduction, List<String> items) {
            paragraph(introduction + " " + String.join(", ", items));
        }

        @Override
        public void table(TextTable table) {
            table.printMarkdown(out);
            out.println();
        }
    }

    // ------------------------------------------------------------------------------------------------- CSV

    /** "222000.00", "0.00": every amount with its cents, as the interchange format writes them ("222000,00" for a spreadsheet). */
    private static String cents(java.math.BigDecimal euros, Csv csv) {
        String plain = euros.setScale(2, java.math.RoundingMode.UNNECESSARY).toPlainString();
        return csv.decimalComma() ? plain.replace('.', ',') : plain;
    }

    private static void populationRow(Csv csv, String section, PopulationCoverage p) {
        csv.row(section, p.code(), p.name(), p.population(), p.coveredPopulation(), p.communes(),
                p.coveredCommunes(), decimal(p.sharePercent(), csv));
    }

    /** "99.1" ("99,1" for a spreadsheet set to French). */
    private static String decimal(java.math.BigDecimal value, Csv csv) {
        String plain = value.toPlainString();
        return csv.decimalComma() ? plain.replace('.', ',') : plain;
    }

    /**
     * One block per part of the report, blocks apart by an empty line; the first column names the part, so a
     * spreadsheet filter or {@code grep '^funding,'} takes one. Headers and codes are English and stable; each
     * code is followed by its label in the language asked ({@code stage_label}…), which may change; amounts are
     * plain decimals in euros.
     */
    private void writeCsv(Csv csv) {
        csv.row("section", "stage", "stage_label", "conventions");
        for (Map.Entry<Stage, Integer> e : report.byStage().entrySet()) {
            csv.row("by_stage", e.getKey().name(), text.stage(e.getKey()), e.getValue());
        }
        csv.blank();
        csv.row("section", "departement", "name", "communes", "covered");
        for (Coverage c : report.coverage()) {
            csv.row("coverage", c.departementCode(), c.departementName(), c.communes(), c.covered());
        }
        csv.blank();
        csv.row("section", "departement", "insee", "commune");
        for (Coverage c : report.coverage()) {
            for (Commune commune : c.uncovered()) {
                csv.row("uncovered", c.departementCode(), commune.inseeCode(), commune.name());
            }
        }
        csv.blank();
        csv.row("section", "code", "name", "population", "covered_population", "communes", "covered_communes",
                "share_percent");
        List<PopulationCoverage> areas = new ArrayList<>(report.populationByDepartement());
        for (PopulationCoverage p : areas) {
            populationRow(csv, "population_departement", p);
        }
        populationRow(csv, "population_national", report.nationalPopulation());
        csv.blank();
        csv.row("section", "caf_departement", "caf", "conventions_in_force", "covered_communes",
                "covered_population", "departement_population", "share_percent");
        for (CafCoverage c : report.populationByCaf()) {
            csv.row("population_caf", c.departementCode(), c.name(), c.conventionsInForce(), c.coveredCommunes(),
                    c.coveredPopulation(), c.departementPopulation(), decimal(c.sharePercent(), csv));
        }
        csv.blank();
        csv.row("section", "siren", "name", "kind", "departements", "communes", "population");
        for (UncoveredEpci e : report.uncoveredEpcis()) {
            csv.row("uncovered_epci", e.siren(), e.name(), e.kind(), String.join(" ", e.departementCodes()),
                    e.communes(), e.population());
        }
        csv.blank();
        csv.row("section", "id", "title", "caf_departement", "validity_end", "stage", "stage_label");
        for (Ending e : report.ending()) {
            csv.row("ending", e.id(), e.title(), e.cafDepartement(), e.validityEnd(), e.stage().name(),
                    text.stage(e.stage()));
        }
        csv.blank();
        csv.row("section", "field", "field_label", "funder", "year", "forecast", "actual");
        for (FundingRow row : report.funding()) {
            csv.row("funding", fieldCode(row.field()), fieldName(row.field()), row.funder(), row.year(), cents(row.forecast(), csv),
                    cents(row.actual(), csv));
        }
        csv.blank();
        csv.row("section", "field", "field_label", "status", "status_label", "actions");
        for (Map.Entry<String, Map<ActionStatus, Integer>> field : report.actionStatus().entrySet()) {
            for (ActionStatus status : ActionStatus.values()) {
                csv.row("action_status", fieldCode(field.getKey()), fieldName(field.getKey()), status.name(), text.status(status),
                        field.getValue().getOrDefault(status, 0));
            }
        }
        csv.blank();
        csv.row("section", "id", "title", "caf", "year", "equipment", "amount", "rates_incomplete", "rates");
        for (BonusPortfolio.ConventionBonus due : bonus.due().conventions()) {
            csv.row("bonus_due", due.conventionId(), due.title(), due.cafName(), due.year(), due.equipmentCount(),
                    cents(due.amount(), csv), due.incomplete(), bonus.rates());
        }
        csv.blank();
        csv.row("section", "id", "title", "caf", "ends", "equipment", "yearly_bonus", "rates_incomplete");
        for (BonusPortfolio.AtRisk risk : bonus.atRisk()) {
            csv.row("bonus_at_risk", risk.conventionId(), risk.title(), risk.cafName(), risk.ends(),
                    risk.equipmentCount(), cents(risk.yearlyBonus(), csv), risk.incomplete());
        }
    }
}
