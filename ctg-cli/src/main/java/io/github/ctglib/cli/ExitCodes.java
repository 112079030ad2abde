package io.github.ctglib.cli;

/** The exit codes of every command, listed in the usage help and the README. */
final class ExitCodes {
    /** Done. */
    static final int OK = 0;
    /** Refused by a rule (violations listed), or the convention, commune or EPCI was not found. */
    static final int REFUSED = 1;
    /** Bad usage, or an input file or store that cannot be read or written. */
    static final int BAD_INPUT = 2;

    private ExitCodes() {}
}
