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

    @Override
    protected int run() {
        Geography geography = Geography.bundled();
        String code = this.code.strip().toUpperCase(Locale.ROOT); // Corsican codes are written 2A…, 2B…
        if (code.matches(Patterns.SIREN)) {
            Epci epci = geography.epci(code).orElseThrow(() -> CliException.refused(
                    text().get("territory.epci.unknown", code, geography.vintage())));
            showEpci(epci, geography);
            conventions(opened -> epciConventions(epci, opened));
        } else if (code.matches(Patterns.INSEE)) {
            Commune commune = geography.commune(code).orElseThrow(() -> CliException.refused(
                    text().get("territory.commune.unknown", code, geography.vintage())));
            showCommune(commune, geography);
            conventions(opened -> communeConventions(commune, opened));
        } else {
            throw CliException.badInput(text().get("territory.code", code));
        }
        return ExitCodes.OK;
    }

    /**
     * The conventions covering it, from the store given with {@code --store} or, when none is given, from the
     * default store if it exists: the geography is bundled, so without a store the command still answers.
     */
    private void conventions(java.util.function.Consumer<Store> list) {
        if (!typed("--store") && !(store.uri.equals(Stores.DEFAULT_URI) && Stores.defaultExists())) {
            out().println("  " + text().get("territory.noStore"));
            return;
        }
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            list.accept(opened);
        }
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

    private void communeConventions(Commune commune, Store opened) {
        List<Convention> covering = opened.repository().search(ConventionQuery.byCommune(commune.inseeCode()));
        conventions(covering, opened, c -> "");
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

    private void epciConventions(Epci epci, Store opened) {
        // The conventions of the EPCI itself, and those of any of its communes.
        ConventionRepository repository = opened.repository();
        Map<String, Convention> covering = new TreeMap<>();
        repository.search(ConventionQuery.builder().epciSiren(epci.siren()).build())
                .forEach(c -> covering.put(c.getId(), c));
        for (String member : epci.memberInseeCodes()) {
            repository.search(ConventionQuery.byCommune(member)).forEach(c -> covering.put(c.getId(), c));
        }
        conventions(covering.values(), opened, c -> "  " + text().get("territory.covers",
                c.getTerritory().getCommuneCodes().stream().filter(epci.memberInseeCodes()::contains).count(),
                epci.memberInseeCodes().size()));
    }

    private void members(Epci epci, Geography geography) {
        out().println("  " + text().get("territory.members", epci.siren(), epci.memberInseeCodes().size()));
        for (String member : epci.memberInseeCodes()) {
            out().println("    " + member + " " + geography.commune(member).map(Commune::name).orElse("?"));
        }
    }

    private void conventions(Collection<Convention> covering, Store opened,
            java.util.function.Function<Convention, String> detail) {
        out().println("  " + text().get("territory.conventions", covering.size(), opened.uri()));
        if (covering.isEmpty()) {
            return;
        }
        TextTable table = new TextTable(text().get("column.id"), text().get("column.stage"),
                text().get("column.validity"), text().get("column.today"), text().get("column.title"));
        for (Convention c : covering) {
            table.row(c.getId(), text().stage(c.getStage()), Messages.period(c.getValidity()),
                    text().timeStatus(c.timeStatus(today())), c.getTitle() + detail.apply(c));
        }
        table.printText(out(), "    ");
    }

    private String departement(String code, Geography geography) {
        return code + " " + geography.departement(code).map(Departement::name).orElse("?");
    }
}
