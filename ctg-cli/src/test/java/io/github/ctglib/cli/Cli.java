package io.github.ctglib.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine;

/** Runs the tool in-process, as {@code java -jar ctg.jar} would, and captures what it prints. */
final class Cli {

    /** "Today" for every in-process run. */
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);

    /** What a run printed and returned. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
        }
    }

    private Cli() {}

    /** On a machine whose locale is English. */
    static Result run(String... args) {
        return run(Locale.ENGLISH, args);
    }

    static Result run(Locale machineLocale, String... args) {
        return run(new Environment(CLOCK, machineLocale, false, name -> null), args);
    }

    static Result runWithVariables(Map<String, String> variables, String... args) {
        return run(new Environment(CLOCK, Locale.ENGLISH, false, variables::get), args);
    }

    static Result run(Environment environment, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = CtgCli.commandLine(environment);
        Secrets secrets = new Secrets(java.util.Optional.ofNullable(environment.variables()
                .apply(Stores.PASSWORD_VARIABLE)));
        commandLine.setOut(new PrintWriter(new Terminal(out, secrets), true));
        commandLine.setErr(new PrintWriter(new Terminal(err, secrets), true));
        int exitCode = commandLine.execute(args);
        return new Result(exitCode, out.toString(), err.toString());
    }
}
