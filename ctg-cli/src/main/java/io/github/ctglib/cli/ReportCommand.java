package io.github.ctglib.cli;

import io.github.ctglib.bonus.BonusCalculator;
import io.github.ctglib.bonus.BonusPortfolio;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.spreadsheets.PortfolioWorkbook;
import io.github.ctglib.territory.Geography;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ctg report}: the portfolio of a département, or of all, as computed by {@link PortfolioReport}. */
@Command(name = "report")
final class ReportCommand extends CliCommand {

    /** Renewals are prepared about a year ahead. */
    static final int DEFAULT_MONTHS = 12;

    @Mixin
    private StoreOption store;

    @Option(names = "--departement", paramLabel = "CODE", descriptionKey = "ctg.report.departement")
    private String departement;

    @Option(names = "--months", paramLabel = "N", defaultValue = "" + DEFAULT_MONTHS,
            descriptionKey = "ctg.report.months")
    private int months;

    @Option(names = "--format", paramLabel = "text|csv|md|excel|json|xlsx", defaultValue = "text",
            descriptionKey = "ctg.report.format")
    private PortfolioView.Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "ctg.report.output")
    private Path output;

    @Mixin
    private BonusCommand.RatesOption rates;

    @Override
    protected int run() {
        Geography geography = geography();
        if (departement != null && geography.departement(departement).isEmpty()) {
            throw CliException.badInput(text().get("departement.unknown", departement, geography.vintage()));
        }
        if (format == PortfolioView.Format.xlsx && output == null) {
            throw CliException.badInput(text().get("report.xlsx.output"));
        }
        if (months < 0) {
            throw CliException.badInput(text().get("report.months.negative", months));
        }
        BonusCalculator calculator = rates.calculator(text());
        PortfolioReport report;
        List<Convention> withEquipment = new ArrayList<>();
        try (Store opened = openStore(store.uri, Stores.Access.READ);
                Stream<Convention> all = opened.repository().streamAll()) {
            report = PortfolioReport.compute(c -> all.forEach(convention -> {
                if (!convention.getEquipment().isEmpty() && (departement == null
                        || convention.getCaf().getDepartementCode().equals(departement))) {
                    withEquipment.add(convention);
                }
                c.accept(convention);
            }), geography, Optional.ofNullable(departement), today(), months);
        }
        if (output == null) {
            print(report, withEquipment, calculator, out());
            return ExitCodes.OK;
        }
        PortfolioReport computed = report;
        WholeFiles.write(output, text(), out -> {
            if (format == PortfolioView.Format.xlsx) {
                PortfolioWorkbook.write(computed, out);
            } else {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                print(computed, withEquipment, calculator, writer);
                writer.flush();
            }
        });
        out().println(text().get("report.written", output));
        return ExitCodes.OK;
    }

    /** The report in a text format, the territory bonus part after the text one. */
    private void print(PortfolioReport report, List<Convention> withEquipment, BonusCalculator calculator,
            PrintWriter out) {
        new PortfolioView(report, text()).print(format, out);
        if (format == PortfolioView.Format.text) {
            bonus(withEquipment, calculator, out);
        }
    }

    /** The report's territory bonus part: due this year per CAF, and at risk where no renewal is prepared. */
    private void bonus(List<Convention> conventions, BonusCalculator calculator, PrintWriter out) {
        out.println();
        out.println(text().get("report.bonus.title", today().getYear(), rates.describe(text())));
        if (conventions.isEmpty()) {
            out.println("  " + text().get("report.bonus.none"));
            return;
        }
        BonusPortfolio portfolio = BonusPortfolio.of(conventions, calculator, today().getYear());
        portfolio.byCaf().forEach((caf, amount) -> out.println("  " + caf + " : " + text().money(amount)));
        boolean incomplete = portfolio.conventions().stream().anyMatch(BonusPortfolio.ConventionBonus::incomplete);
        out.println("  " + text().get("bonus.total", text().money(portfolio.total()))
                + (incomplete ? " " + text().get("report.bonus.incomplete") : ""));
        List<BonusPortfolio.AtRisk> atRisk = BonusPortfolio.atRisk(conventions, calculator, today(), months);
        out.println(text().get("report.bonus.atRisk", atRisk.size(), months));
        for (BonusPortfolio.AtRisk risk : atRisk) {
            out.println("  " + risk.conventionId() + " — " + text().date(risk.ends()) + " — "
                    + text().get("report.bonus.yearly", text().money(risk.yearlyBonus()), risk.equipmentCount())
                    + (risk.incomplete() ? " " + text().get("report.bonus.incomplete") : ""));
        }
    }
}
