package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.territory.Geography;
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

    @Option(names = "--format", paramLabel = "text|csv|md|excel|json", defaultValue = "text",
            descriptionKey = "ctg.report.format")
    private PortfolioView.Format format;

    @Override
    protected int run() {
        Geography geography = geography();
        if (departement != null && geography.departement(departement).isEmpty()) {
            throw CliException.badInput(text().get("departement.unknown", departement, geography.vintage()));
        }
        if (months < 0) {
            throw CliException.badInput(text().get("report.months.negative", months));
        }
        PortfolioReport report;
        try (Store opened = openStore(store.uri, Stores.Access.READ);
                Stream<Convention> all = opened.repository().streamAll()) {
            report = PortfolioReport.compute(all::forEach, geography, Optional.ofNullable(departement), today(), months);
        }
        new PortfolioView(report, text()).print(format, out());
        return ExitCodes.OK;
    }
}
