package io.github.ctglib.cli;

import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.lifecycle.RuleViolationException;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.rules.Violation;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns what went wrong into a message that says what to do, and an exit code: no stack trace unless
 * {@code --verbose}.
 */
final class Failures implements IExecutionExceptionHandler, IParameterExceptionHandler {

    private final CtgCommand root;

    Failures(CtgCommand root) {
        this.root = root;
    }

    /** Bad usage: the problem, a suggestion for a mistyped name, and where the help is. */
    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine commandLine = e.getCommandLine();
        PrintWriter err = commandLine.getErr();
        err.println(e.getMessage());
        UnmatchedArgumentException.printSuggestions(e, err);
        err.println(root.messages().get("usage.hint", commandLine.getCommandSpec().qualifiedName()));
        if (root.isVerbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCodes.BAD_INPUT;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine commandLine, ParseResult parseResult) {
        PrintWriter err = commandLine.getErr();
        Messages text = root.messages();
        int exitCode = report(e, err, text);
        if (root.isVerbose()) {
            e.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    private int report(Exception e, PrintWriter err, Messages text) {
        if (e instanceof CliException failure) {
            err.println(failure.getMessage());
            return failure.exitCode();
        }
        if (e instanceof RuleViolationException refused) {
            err.println(text.get("refused"));
            for (Violation violation : refused.violations()) {
                err.println("  " + text.describe(violation));
            }
            return ExitCodes.REFUSED;
        }
        if (e instanceof ConventionNotFoundException notFound) {
            err.println(text.get("convention.notFoundAnywhere", notFound.conventionId()));
            return ExitCodes.REFUSED;
        }
        if (e instanceof ConcurrencyConflictException conflict) {
            err.println(text.get("conflict", conflict.getMessage()));
            return ExitCodes.REFUSED;
        }
        if (e instanceof InvalidDocumentException invalid) {
            err.println(invalid.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        if (e instanceof StorageException storage) {
            err.println(text.get("storage", storage.getMessage()));
            return ExitCodes.BAD_INPUT;
        }
        err.println(text.get("unexpected", e.toString()));
        return ExitCodes.BAD_INPUT;
    }
}
