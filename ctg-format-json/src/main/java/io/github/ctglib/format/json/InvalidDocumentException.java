package io.github.ctglib.format.json;

import io.github.ctglib.ports.StorageException;
import java.util.List;

/**
 * A convention document cannot be used: it is not JSON, not of a format this version reads, breaks the
 * format's limits or its structure, or holds a convention that breaks a domain rule. The message names the
 * document and every problem found in it, each with its place (a JSON Pointer such as
 * {@code /actions/2/budget/0/amount}); nothing was read from it and nothing was written.
 */
public class InvalidDocumentException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** How many problems the message lists; {@link #problems()} has them all. */
    private static final int PROBLEMS_IN_MESSAGE = 20;

    /** The document's name, as given by its reader. */
    private final String source;
    /** Every problem found. */
    private final List<String> problems;

    /**
     * A document that cannot be read, and why.
     *
     * @param source the file or stream the document came from
     * @param problems each problem, with its place in the document when it has one
     */
    public InvalidDocumentException(String source, List<String> problems) {
        this(source, problems, null);
    }

    /**
     * A document that cannot be read, why, and the failure that stopped its reading.
     *
     * @param source the file or stream the document came from
     * @param problems each problem, with its place in the document when it has one
     * @param cause the parser's failure, or {@code null}
     */
    public InvalidDocumentException(String source, List<String> problems, Throwable cause) {
        super(message(source, problems), cause);
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** {@return the file or stream the document came from, as named by whoever read it} */
    public String source() {
        return source;
    }

    /** {@return each problem, with its place in the document when it has one} */
    public List<String> problems() {
        return problems;
    }

    private static String message(String source, List<String> problems) {
        StringBuilder message = new StringBuilder(source).append(" is not a usable ctg convention document");
        if (problems.size() == 1) {
            return message.append(": ").append(problems.get(0)).toString();
        }
        message.append(" (").append(problems.size()).append(" problems):");
        problems.stream().limit(PROBLEMS_IN_MESSAGE).forEach(p -> message.append("\n  - ").append(p));
        if (problems.size() > PROBLEMS_IN_MESSAGE) {
            message.append("\n  - … and ").append(problems.size() - PROBLEMS_IN_MESSAGE).append(" more");
        }
        return message.toString();
    }
}
