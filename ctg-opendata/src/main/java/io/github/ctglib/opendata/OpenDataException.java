package io.github.ctglib.opendata;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file that cannot be read as the open data it claims to be: the message names the file, the line and the
 * column (when they are known) and what to do. Nothing is loaded from any file of the call then.
 */
public final class OpenDataException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The file (not serialised: a path is not portable). */
    private final transient Path file;
    /** The 1-based line, 0 for the file as a whole. */
    private final int line;
    /** The 1-based column, 0 when not about one column. */
    private final int column;

    /**
     * A problem at a place of a file.
     *
     * @param file    the file
     * @param line    its 1-based line, 0 for the file as a whole
     * @param column  its 1-based column (a CSV column's number), 0 when not about one column
     * @param message what is wrong and what to do
     */
    public OpenDataException(Path file, int line, int column, String message) {
        super(where(file, line, column) + ": " + Objects.requireNonNull(message, "message"));
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
        this.column = column;
    }

    /**
     * The file.
     *
     * @return the file
     */
    public Path file() {
        return file;
    }

    /**
     * The line.
     *
     * @return the 1-based line, 0 when the problem is the file as a whole
     */
    public int line() {
        return line;
    }

    /**
     * The column.
     *
     * @return the 1-based column, 0 when the problem is not about one column
     */
    public int column() {
        return column;
    }

    private static String where(Path file, int line, int column) {
        return file + (line > 0 ? ":" + line + (column > 0 ? ":" + column : "") : "");
    }
}
