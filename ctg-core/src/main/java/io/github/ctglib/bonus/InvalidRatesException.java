package io.github.ctglib.bonus;

/** A rates file that cannot be read: the message names the file, the line and the column, and what to do. */
public final class InvalidRatesException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String source;
    private final int line;

    /** A problem at {@code line} (1-based; 0 for the file as a whole) of {@code source}. */
    public InvalidRatesException(String source, int line, String problem) {
        super(source + (line > 0 ? ", line " + line : "") + ": " + problem);
        this.source = source;
        this.line = line;
    }

    /** The file (or other source) read. */
    public String source() {
        return source;
    }

    /** The line of the problem, 1-based; 0 when it is the file as a whole. */
    public int line() {
        return line;
    }
}
