package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ImmutableConventionQuery;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.Patterns;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ctg list}: the stored conventions matching every filter given (all without filters). */
@Command(name = "list")
final class ListCommand extends CliCommand {

    @Mixin
    private StoreOption store;

    @Mixin
    private OutputFormatOption output;

    @Option(names = "--caf", paramLabel = "DEPT", descriptionKey = "ctg.list.caf")
    private String caf;

    @Option(names = "--commune", paramLabel = "INSEE", descriptionKey = "ctg.list.commune")
    private String commune;

    @Option(names = "--epci", paramLabel = "SIREN", descriptionKey = "ctg.list.epci")
    private String epci;

    @Option(names = "--stage", paramLabel = "STAGE", descriptionKey = "ctg.list.stage")
    private Stage stage;

    @Option(names = "--in-force-on", paramLabel = "DATE", descriptionKey = "ctg.list.inForceOn")
    private LocalDate inForceOn;

    @Option(names = "--ending-before", paramLabel = "DATE", descriptionKey = "ctg.list.endingBefore")
    private LocalDate endingBefore;

    @Option(names = "--field", paramLabel = "FIELD", descriptionKey = "ctg.list.field")
    private ActionField field;

    @Override
    protected int run() {
        ConventionQuery query = query();
        List<Convention> found;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            found = opened.repository().search(query);
        }
        if (output.json()) {
            new JsonOutput(out()).list(found, today());
            return ExitCodes.OK;
        }
        if (found.isEmpty()) {
            out().println(text().get("list.none"));
            return ExitCodes.OK;
        }
        TextTable table = new TextTable(text().get("column.id"), text().get("column.stage"),
                text().get("column.validity"), text().get("column.caf"), text().get("column.communes"),
                text().get("column.title")).alignRight(4);
        for (Convention c : found) {
            table.row(c.getId(), text().stage(c.getStage()), Messages.period(c.getValidity()),
                    c.getCaf().getDepartementCode(), c.getTerritory().getCommuneCodes().size(), c.getTitle());
        }
        table.printText(out(), "");
        out().println(text().get("list.count", text().count(found.size(), "convention")));
        return ExitCodes.OK;
    }

    /** The filters as a query; a code of the wrong form is bad usage, not an empty answer. */
    private ConventionQuery query() {
        ImmutableConventionQuery.Builder query = ConventionQuery.builder();
        if (caf != null) {
            query.cafDepartement(checked(caf, Patterns.DEPARTEMENT, "--caf", "34, 2A, 974"));
        }
        if (commune != null) {
            query.communeCode(checked(commune, Patterns.INSEE, "--commune", "34108"));
        }
        if (epci != null) {
            query.epciSiren(checked(epci, Patterns.SIREN, "--epci", "200066355"));
        }
        if (stage != null) {
            query.stage(stage);
        }
        if (inForceOn != null) {
            query.inForceOn(inForceOn);
        }
        if (endingBefore != null) {
            // "Before" that day: its validity's last day is at the latest the day before.
            query.endingTo(endingBefore.minusDays(1));
        }
        if (field != null) {
            query.field(field);
        }
        return query.build();
    }

    private String checked(String value, String pattern, String option, String examples) {
        if (!Pattern.matches(pattern, value)) {
            throw CliException.badInput(text().get("option.format", option, value, examples));
        }
        return value;
    }
}
