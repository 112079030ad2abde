package io.github.ctglib.cli;

/**
 * An expected failure of a command, its message already in the user's language and saying what to do; printed
 * without a stack trace (unless verbose) and turned into the exit code.
 */
final class CliException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    CliException(int exitCode, String message, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    static CliException refused(String message) {
        return new CliException(ExitCodes.REFUSED, message);
    }

    static CliException badInput(String message) {
        return new CliException(ExitCodes.BAD_INPUT, message);
    }

    static CliException badInput(String message, Throwable cause) {
        return new CliException(ExitCodes.BAD_INPUT, message, cause);
    }

    int exitCode() {
        return exitCode;
    }
}
