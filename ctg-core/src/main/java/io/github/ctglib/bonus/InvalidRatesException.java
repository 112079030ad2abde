package io.github.ctglib.bonus;

/**
 * A rates file that cannot be read: the message names the file, the line and the column, and what to do.
 */
public final class InvalidRatesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** The file (or other source) read. */
    private final String source;
    /** The line of the problem, 1-based; 0 for the file as a whole. */
    private final int line;

    /**
     * A problem at {@code line} (1-based; 0 for the file as a whole) of {@code source}.
     *
     * @param line the line of the problem, 1-based; 0 for the file as a whole
     * @param problem what is wrong, in words, e.g. what a column holds and what was expected
     * @param source the file (or other source) read, e.g. its file name
     */
    public InvalidRatesException(String source, int line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** {@return the file (or other source) read} */
    public String source() {
        return source;
    }

    /** {@return the line of the problem, 1-based; 0 when it is the file as a whole} */
    public int line() {
        return line;
    }
}
