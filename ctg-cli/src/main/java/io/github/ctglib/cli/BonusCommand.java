package io.github.ctglib.cli;

import io.github.ctglib.bonus.BonusCalculator;
import io.github.ctglib.bonus.BonusComponent;
import io.github.ctglib.bonus.BonusDue;
import io.github.ctglib.bonus.BonusRates;
import io.github.ctglib.bonus.InvalidRatesException;
import io.github.ctglib.convention.Convention;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg bonus ID [--year Y] [--bareme FILE]}: the territory bonus due to each equipment of a convention for
 * a year, and how it was computed, with the CAF's rates or the illustrative ones.
 */
@Command(name = "bonus")
final class BonusCommand extends CliCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.bonus.id")
    private String id;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "ctg.bonus.year")
    private Integer year;

    @Mixin
    private RatesOption rates;

    @Mixin
    private StoreOption store;

    @Mixin
    private OutputFormatOption output;

    @Override
    protected int run() {
        BonusCalculator calculator = rates.calculator(text());
        Convention convention;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            convention = opened.repository().findById(requireSafeId(id)).orElseThrow(() -> CliException.refused(
                    text().get("convention.notFound", id, opened.uri())));
        }
        int asOf = year != null ? year : today().getYear();
        if (output.json()) {
            new JsonOutput(out()).bonus(convention.getId(), asOf, rates.describe(text()), calculator.due(convention, asOf));
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        out.println(text().get("bonus.title", convention.getId(), asOf, rates.describe(text())));
        if (convention.getEquipment().isEmpty()) {
            out.println("  " + text().get("bonus.noEquipment"));
            return ExitCodes.OK;
        }
        List<BonusDue> due = calculator.due(convention, asOf);
        TextTable table = new TextTable(text().get("column.equipment"), text().get("column.computation"),
                text().get("column.days"), text().get("column.bonus")).alignRight(2, 3);
        for (BonusDue d : due) {
            table.row(d.equipmentReference() + " " + d.equipmentName(), computation(d), d.coveredDays() + "/"
                    + d.daysInYear(), text().money(d.amount()));
        }
        table.printText(out, "  ");
        BigDecimal total = due.stream().map(BonusDue::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        out.println("  " + text().get("bonus.total", text().money(total)));
        due.stream().flatMap(d -> d.missingRates().stream()).distinct()
                .forEach(missing -> out.println("  " + text().get("bonus.missing", missing)));
        return ExitCodes.OK;
    }

    private String computation(BonusDue d) {
        if (d.components().isEmpty()) {
            String reasons = d.reasons().stream().map(r -> text().get("bonus.reason." + r.name()))
                    .collect(Collectors.joining(" ; "));
            return reasons.isEmpty() ? text().get("bonus.noRate") : reasons;
        }
        String parts = d.components().stream().map(this::component).collect(Collectors.joining(" + "));
        String partly = d.reasons().stream().map(r -> text().get("bonus.reason." + r.name()))
                .collect(Collectors.joining(" ; "));
        return parts + (partly.isEmpty() ? "" : " (" + partly + ")");
    }

    private String component(BonusComponent c) {
        return text().get("bonus.component." + c.kind().name(), c.count(), text().money(c.unitAmount()));
    }

    /** {@code --bareme FILE}: the CAF's rates; without it, the illustrative ones shipped with ctg. */
    static final class RatesOption {
        @Option(names = "--bareme", paramLabel = "FILE", descriptionKey = "ctg.bonus.bareme")
        Path file;

        BonusCalculator calculator(Messages text) {
            if (file == null) {
                return new BonusCalculator(BonusRates.illustrative());
            }
            try {
                return new BonusCalculator(BonusRates.read(file));
            } catch (InvalidRatesException e) {
                throw CliException.badInput(text.get("bonus.badRates", e.getMessage()));
            }
        }

        String describe(Messages text) {
            return file == null ? text.get("bonus.illustrative") : file.toString();
        }
    }
}
