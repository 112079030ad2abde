package io.github.ctglib.cli;

import java.util.concurrent.Callable;
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
                TerritoryCommand.class, BonusCommand.class, PlanCommand.class})
final class CtgCommand implements Callable<Integer> {

    private final Environment environment;
    private Messages messages;
    private boolean verbose;

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
