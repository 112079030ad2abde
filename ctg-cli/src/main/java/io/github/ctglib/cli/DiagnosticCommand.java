package io.github.ctglib.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ctg diagnostic}: the shared diagnostic of a convention; {@code load} fills it from open data files. */
@Command(name = "diagnostic", subcommands = DiagnosticLoadCommand.class)
final class DiagnosticCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    /** {@code ctg diagnostic} without a subcommand: its usage, and the exit code of bad usage. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }
}
