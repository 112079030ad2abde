package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.lifecycle.CommandResult;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.opendata.DiagnosticUpdate;
import io.github.ctglib.opendata.LoadResult;
import io.github.ctglib.opendata.OpenDataException;
import io.github.ctglib.opendata.OpenDataLoaders;
import io.github.ctglib.opendata.Skipped;
import io.github.ctglib.territory.Geography;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ctg diagnostic load ID FILE…}: the indicators the open data files give for the convention's territory
 * ({@link OpenDataLoaders}), added to its diagnostic or in place of those they update ({@link DiagnosticUpdate}),
 * recorded through the lifecycle; it says which were added, updated and skipped, and why. A bad file changes nothing.
 */
@Command(name = "load")
final class DiagnosticLoadCommand extends CliCommand {

    @Parameters(index = "0", paramLabel = "ID", descriptionKey = "ctg.diagnostic.load.id")
    private String id;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "FILE", descriptionKey = "ctg.diagnostic.load.files")
    private List<Path> files;

    @Option(names = "--year", paramLabel = "YEAR", descriptionKey = "ctg.diagnostic.load.year")
    private Integer year;

    @Option(names = "--actor", paramLabel = "NAME", descriptionKey = "ctg.diagnostic.load.actor")
    private String actor;

    @Mixin
    private StoreOption store;

    @Override
    protected int run() {
        requireSafeId(id);
        if (actor != null && actor.isBlank()) {
            throw CliException.badInput(text().get("import.actor.blank"));
        }
        try (Store opened = openStore(store.uri, Stores.Access.WRITE)) {
            Convention convention = requireConvention(opened, id);
            Geography geography = geographies().forVintage(convention.getTerritory().getVintage());
            LoadResult loaded;
            try {
                loaded = OpenDataLoaders.load(files, convention, geography,
                        year == null ? OptionalInt.empty() : OptionalInt.of(year));
            } catch (OpenDataException e) {
                throw CliException.badInput(text().get("diagnostic.badFile", e.getMessage()), e);
            } catch (IOException e) {
                throw CliException.badInput(text().get("diagnostic.unreadable", e.getMessage()), e);
            }
            DiagnosticUpdate update = DiagnosticUpdate.of(convention.getDiagnostic(), loaded.indicators());
            print(convention, loaded, update);
            if (!update.changes()) {
                out().println(text().get("diagnostic.nothing"));
                return ExitCodes.OK;
            }
            ConventionLifecycle ctg = ConventionLifecycle.builder(opened.repository()).clock(clock())
                    .geographies(geographies()).build();
            String who = actor != null ? actor : "cli:" + System.getProperty("user.name", "unknown");
            CommandResult result = ctg.recordDiagnostic(id, update.diagnostic(), who);
            result.warnings().forEach(w -> out().println("  " + text().violation(w)));
            out().println(text().get("diagnostic.recorded", id, result.convention().getVersion(), opened.uri()));
        }
        return ExitCodes.OK;
    }

    private void print(Convention convention, LoadResult loaded, DiagnosticUpdate update) {
        PrintWriter out = out();
        out.println(text().get("diagnostic.title", convention.getId(), text().count(loaded.files().size(), "file")));
        for (LoadResult.FileRead file : loaded.files()) {
            out.println("  " + text().get("diagnostic.file", file.file().getFileName(), file.dataset(), file.rows())
                    + (file.utf8() ? "" : " " + text().get("diagnostic.windows1252")));
        }
        section(out, "diagnostic.added", update.added());
        section(out, "diagnostic.updated", update.updated());
        if (!update.unchanged().isEmpty()) {
            out.println(text().get("diagnostic.unchanged", update.unchanged().size()));
        }
        if (!loaded.skipped().isEmpty()) {
            out.println(text().get("diagnostic.skipped", loaded.skipped().size()));
            for (Skipped s : loaded.skipped()) {
                String where = s.file().getFileName() + (s.line() > 0 ? ":" + s.line() : "");
                out.println("  " + where + "  " + text().get("diagnostic.reason." + s.reason().name(),
                        s.territory()) + " (" + s.detail() + ")");
            }
        }
    }

    private void section(PrintWriter out, String key, List<Indicator> indicators) {
        if (indicators.isEmpty()) {
            return;
        }
        out.println(text().get(key, indicators.size()));
        for (Indicator i : indicators) {
            out.println("  " + text().get("diagnostic.indicator", i.getTerritory().orElse("FR"), i.getReferenceYear(),
                    i.getLabel(), text().decimal(i.getValue()), i.getUnit(),
                    i.getDataset().map(d -> " [" + d + "]").orElse("")));
        }
    }
}
