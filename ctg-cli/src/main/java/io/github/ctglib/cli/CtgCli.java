package io.github.ctglib.cli;

import java.io.Console;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import picocli.CommandLine;

/** The {@code ctg} tool: {@code java -jar ctg.jar COMMAND …}. */
public final class CtgCli {

    private CtgCli() {}

    /**
     * Runs the command {@code args} name and exits with its code: 0 done, 1 rule violations or not found, 2 bad
     * usage or unreadable input.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        Logging.routeToSlf4j();
        Secrets secrets = new Secrets(Optional.ofNullable(System.getenv(Stores.PASSWORD_VARIABLE)));
        PrintWriter out = terminal(System.out, secrets);
        PrintWriter err = terminal(System.err, secrets);
        // Log lines (slf4j-simple writes to System.err) pass the same filter as messages.
        System.setErr(new PrintStream(new WriterOutputStream(err), true, Charset.defaultCharset()));
        int exitCode = commandLine(Environment.system()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }

    /** The command tree with its messages, error handling and exit codes; tests run it in-process. */
    static CommandLine commandLine(Environment environment) {
        CtgCommand root = new CtgCommand(environment);
        CommandLine commandLine = new CommandLine(root);
        Failures failures = new Failures(root);
        commandLine.setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(failures)
                .setParameterExceptionHandler(failures)
                .setResourceBundle(root.messages().bundle());
        return commandLine;
    }

    /**
     * Text in the terminal's encoding when a person reads it, UTF-8 when it goes to a pipe or a file (JSON, CSV):
     * Java 17 would otherwise write '?' for every accent under a POSIX locale. Never a raw control character
     * ({@link Terminal}).
     */
    private static PrintWriter terminal(OutputStream stream, Secrets secrets) {
        Console console = System.console();
        Charset charset = console != null ? console.charset() : StandardCharsets.UTF_8;
        return new PrintWriter(new Terminal(new OutputStreamWriter(stream, charset), secrets), true);
    }

    /** Bytes written to System.err, decoded and passed on line by line to the filtering writer. */
    private static final class WriterOutputStream extends OutputStream {
        private final PrintWriter target;
        private final java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();

        WriterOutputStream(PrintWriter target) {
            this.target = target;
        }

        @Override
        public synchronized void write(int b) {
            line.write(b);
            if (b == '\n') {
                flush();
            }
        }

        @Override
        public synchronized void flush() {
            if (line.size() > 0) {
                target.write(line.toString(Charset.defaultCharset()));
                line.reset();
            }
            target.flush();
        }
    }
}
