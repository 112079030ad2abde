package io.github.ctglib.territory;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Geography files that cannot be loaded: each problem names its file, line and column and what is wrong. Nothing
 * is loaded then (a geography is all or nothing). The message lists the first problems; {@link #problems()} has
 * them all, up to {@link #MAX_PROBLEMS}.
 */
public final class GeographyFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** At most this many problems are collected; past it the files are not worth reading further. */
    public static final int MAX_PROBLEMS = 100;

    /**
     * One problem in one file.
     *
     * @param file    the file, as given (an entry of an archive reads {@code archive.tgz!package/data/epci.json})
     * @param line    the 1-based line, 0 when the problem is the file as a whole
     * @param column  the 1-based column, 0 when the problem is the file as a whole
     * @param message what is wrong, in English, with the value found
     */
    public record Problem(String file, int line, int column, String message) {

        /**
         * Checks the parts.
         *
         * @param file    the file
         * @param line    the line, 0 for the whole file
         * @param column  the column, 0 for the whole file
         * @param message what is wrong
         */
        public Problem {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(message, "message");
        }

        /** {@code file:line:column: message}, as compilers write it, or {@code file: message} for a whole file. */
        @Override
        public String toString() {
            return line > 0 ? file + ":" + line + ":" + column + ": " + message : file + ": " + message;
        }
    }

    private final transient List<Problem> problems;

    /**
     * The problems found.
     *
     * @param problems at least one
     */
    public GeographyFileException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    /**
     * Every problem found.
     *
     * @return the problems, in the order found
     */
    public List<Problem> problems() {
        return problems;
    }

    private static String summary(List<Problem> problems) {
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("no problem");
        }
        String shown = problems.stream().limit(10).map(Problem::toString).collect(Collectors.joining("\n  "));
        String more = problems.size() > 10 ? "\n  … and " + (problems.size() - 10) + " more" : "";
        return "Geography not loaded, " + problems.size() + " problem(s):\n  " + shown + more;
    }
}
