package io.github.ctglib.cli;

import io.github.ctglib.bonus.BonusCalculator;
import io.github.ctglib.bonus.BonusReport;
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
        List<Convention> forBonus = new ArrayList<>();
        try (Store opened = openStore(store.uri, Stores.Access.READ);
                Stream<Convention> all = opened.repository().streamAll()) {
            report = PortfolioReport.compute(c -> all.forEach(convention -> {
                if (BonusReport.concerns(convention)
                        && (departement == null || convention.getCaf().getDepartementCode().equals(departement))) {
                    forBonus.add(convention);
                }
                c.accept(convention);
            }), geography, Optional.ofNullable(departement), today(), months);
        }
        BonusReport bonus = BonusReport.compute(forBonus, calculator, rates.describe(text()), today(), months);
        if (output == null) {
            new PortfolioView(report, bonus, text()).print(format, out());
            return ExitCodes.OK;
        }
        PortfolioReport computed = report;
        WholeFiles.write(output, text(), out -> {
            if (format == PortfolioView.Format.xlsx) {
                PortfolioWorkbook.write(computed, bonus, out);
            } else {
                PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
                new PortfolioView(computed, bonus, text()).print(format, writer);
                writer.flush();
            }
        });
        out().println(text().get("report.written", output));
        return ExitCodes.OK;
    }
}
