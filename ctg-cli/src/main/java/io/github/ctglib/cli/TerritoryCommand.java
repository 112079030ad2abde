package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Departement;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Patterns;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.TreeMap;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg territory CODE}: a commune (INSEE code) or an EPCI (SIREN) of the bundled geography, and the
 * conventions of the store that cover it.
 */
@Command(name = "territory")
final class TerritoryCommand extends CliCommand {

    @Parameters(paramLabel = "CODE", descriptionKey = "ctg.territory.code")
    private String code;

    @Mixin
    private StoreOption store;

    @Mixin
    private OutputFormatOption output;

    /** The conventions that cover the territory, and the store they were read from. */
    private record Covering(String storeUri, Collection<Convention> conventions) {}

    @Override
    protected int run() {
        Geography geography = geography();
        String code = this.code.strip().toUpperCase(Locale.ROOT); // Corsican codes are written 2A…, 2B…
        if (code.matches(Patterns.SIREN)) {
            Epci epci = geography.epci(code).orElseThrow(() -> CliException.refused(
                    text().get("territory.epci.unknown", code, geography.vintage())));
            Optional<Covering> covering = covering(repository -> epciConventions(epci, repository));
            if (output.json()) {
                new JsonOutput(out()).epci(epci, geography, covering.map(Covering::conventions), today());
                return ExitCodes.OK;
            }
            showEpci(epci, geography);
            covering.ifPresentOrElse(cv -> conventions(cv, c -> "  " + text().get("territory.covers",
                    c.getTerritory().getCommuneCodes().stream().filter(epci.memberInseeCodes()::contains).count(),
                    epci.memberInseeCodes().size())), this::noStore);
        } else if (code.matches(Patterns.INSEE)) {
            Commune commune = geography.commune(code).orElseThrow(() -> CliException.refused(
                    text().get("territory.commune.unknown", code, geography.vintage())));
            Optional<Covering> covering = covering(repository ->
                    repository.search(ConventionQuery.byCommune(commune.inseeCode())));
            if (output.json()) {
                new JsonOutput(out()).commune(commune, geography, covering.map(Covering::conventions), today());
                return ExitCodes.OK;
            }
            showCommune(commune, geography);
            covering.ifPresentOrElse(cv -> conventions(cv, c -> ""), this::noStore);
        } else {
            throw CliException.badInput(text().get("territory.code", code));
        }
        return ExitCodes.OK;
    }

    /**
     * The conventions covering it, from the store given with {@code --store} or, when none is given, from the
     * default store if it exists; empty when there is no store to read: the geography is bundled, so without a
     * store the command still answers.
     */
    private Optional<Covering> covering(Function<ConventionRepository, Collection<Convention>> search) {
        if (!typed("--store") && !(store.uri.equals(Stores.DEFAULT_URI) && Stores.defaultExists())) {
            return Optional.empty();
        }
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            return Optional.of(new Covering(opened.uri(), search.apply(opened.repository())));
        }
    }

    private void noStore() {
        out().println("  " + text().get("territory.noStore"));
    }

    private void showCommune(Commune commune, Geography geography) {
        PrintWriter out = out();
        Optional<Epci> epci = commune.epci().flatMap(geography::epci);
        out.println(commune.inseeCode() + " " + commune.name() + " — " + text().get("territory.commune"));
        new LabelledLines()
                .add(text().get("label.departement"), departement(commune.departementCode(), geography))
                .add(text().get("label.population"), String.valueOf(commune.population()))
                .add(text().get("label.epci"), epci.map(e -> e.siren() + " " + e.name() + " (" + e.kind() + ")")
                        .orElse(text().get("territory.noEpci")))
                .print(out, "  ");
        epci.ifPresent(e -> members(e, geography));
    }

    private void showEpci(Epci epci, Geography geography) {
        PrintWriter out = out();
        out.println(epci.siren() + " " + epci.name() + " — " + text().get("territory.epci", epci.kind()));
        String departements = epci.memberInseeCodes().stream().map(geography::commune).flatMap(Optional::stream)
                .map(Commune::departementCode).distinct().sorted().map(d -> departement(d, geography))
                .collect(Collectors.joining(", "));
        new LabelledLines().add(text().get("label.departement"), departements).print(out, "  ");
        members(epci, geography);
    }

    /** The conventions of the EPCI itself, and those of any of its communes. */
    private static Collection<Convention> epciConventions(Epci epci, ConventionRepository repository) {
        Map<String, Convention> covering = new TreeMap<>();
        repository.search(ConventionQuery.builder().epciSiren(epci.siren()).build())
                .forEach(c -> covering.put(c.getId(), c));
        for (String member : epci.memberInseeCodes()) {
            repository.search(ConventionQuery.byCommune(member)).forEach(c -> covering.put(c.getId(), c));
        }
        return covering.values();
    }

    private void members(Epci epci, Geography geography) {
        out().println("  " + text().get("territory.members", epci.siren(), epci.memberInseeCodes().size()));
        for (String member : epci.memberInseeCodes()) {
            out().println("    " + member + " " + geography.commune(member).map(Commune::name).orElse("?"));
        }
    }

    private void conventions(Covering covering, Function<Convention, String> detail) {
        out().println("  " + text().get("territory.conventions", covering.conventions().size(), covering.storeUri()));
        if (covering.conventions().isEmpty()) {
            return;
        }
        TextTable table = new TextTable(text().get("column.id"), text().get("column.stage"),
                text().get("column.validity"), text().get("column.today"), text().get("column.title"));
        for (Convention c : covering.conventions()) {
            table.row(c.getId(), text().stage(c.getStage()), Messages.period(c.getValidity()),
                    text().timeStatus(c.timeStatus(today())), c.getTitle() + detail.apply(c));
        }
        table.printText(out(), "    ");
    }

    private String departement(String code, Geography geography) {
        return code + " " + geography.departement(code).map(Departement::name).orElse("?");
    }
}
