package io.github.ctglib.cli;

import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.territory.GeographyFileException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code ctg}: the options every command shares (language, verbosity, help, version) and the subcommands. Its
 * texts, like every command's, come from the message bundle of the chosen language.
 */
@Command(name = "ctg", scope = ScopeType.INHERIT, mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class, usageHelpAutoWidth = true,
        subcommands = {DemoCommand.class, ValidateCommand.class, ImportCommand.class, ExportCommand.class,
                ShowCommand.class, HistoryCommand.class, ListCommand.class, ReportCommand.class, CopyCommand.class,
                TerritoryCommand.class, BonusCommand.class, DiagnosticCommand.class, DocumentCommand.class,
                PlanCommand.class})
final class CtgCommand implements Callable<Integer> {

    private final Environment environment;
    private Messages messages;
    private boolean verbose;
    private Path geographyPath;
    private Integer geographyYear;
    private Geographies geographies;

    @Spec
    private CommandSpec spec;

    CtgCommand(Environment environment) {
        this.environment = environment;
        this.messages = new Messages(Language.of(environment.defaultLocale()));
    }

    /** Switches every message, the usage help included, as soon as the option is parsed. */
    @Option(names = "--lang", paramLabel = "fr|en", scope = ScopeType.INHERIT, descriptionKey = "lang")
    void language(Language language) {
        messages = new Messages(language != null ? language : Language.of(environment.defaultLocale()));
        spec.commandLine().setResourceBundle(messages.bundle());
    }

    @Option(names = "--verbose", scope = ScopeType.INHERIT, descriptionKey = "verbose")
    void verbose(boolean verbose) {
        this.verbose = verbose;
        if (verbose) {
            Logging.verbose();
        }
    }

    /** Another vintage of the geography, from Etalab's decoupage-administratif package (a .tgz or a folder). */
    @Option(names = "--geography", paramLabel = "PATH", scope = ScopeType.INHERIT, descriptionKey = "geography")
    void geography(Path path) {
        this.geographyPath = path;
        this.geographies = null;
    }

    /** The year of that vintage, when its package does not say it. */
    @Option(names = "--geography-year", paramLabel = "YEAR", scope = ScopeType.INHERIT,
            descriptionKey = "geographyYear")
    void geographyYear(Integer year) {
        this.geographyYear = year;
        this.geographies = null;
    }

    /**
     * The geographies conventions are judged against: the vintage of {@code --geography}, preferred, beside the
     * bundled one (a convention recording the bundled vintage's year is judged by it); the bundled one alone
     * otherwise. Loaded once, on first use.
     */
    Geographies geographies() {
        if (geographies == null) {
            if (geographyPath == null) {
                if (geographyYear != null) {
                    throw CliException.badInput(messages.get("geography.yearAlone"));
                }
                geographies = Geographies.only(Geography.bundled());
            } else {
                geographies = Geographies.of(load(geographyPath), Geography.bundled());
            }
        }
        return geographies;
    }

    private Geography load(Path path) {
        try {
            return geographyYear == null ? Geography.fromEtalab(path) : Geography.fromEtalab(path, geographyYear);
        } catch (GeographyFileException e) {
            String problems = e.problems().stream().limit(20).map(p -> "  " + p).collect(Collectors.joining("\n"));
            int more = e.problems().size() - 20;
            throw CliException.badInput(messages.get("geography.invalid", path, e.problems().size(), problems)
                    + (more > 0 ? "\n" + messages.get("geography.more", more) : ""), e);
        } catch (IOException e) {
            throw CliException.badInput(messages.get("geography.unreadable", path, e.getMessage()), e);
        }
    }

    Environment environment() {
        return environment;
    }

    Messages messages() {
        return messages;
    }

    boolean isVerbose() {
        return verbose;
    }

    /** {@code ctg} without a command: the usage, and the exit code of bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
