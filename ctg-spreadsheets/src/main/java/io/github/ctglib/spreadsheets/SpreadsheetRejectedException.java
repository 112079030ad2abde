package io.github.ctglib.spreadsheets;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A spreadsheet that was refused, with every problem found in it (all of them, not the first): nothing was
 * stored.
 */
public class SpreadsheetRejectedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The problems, as a list that is serialisable and immutable. */
    private final transient List<SpreadsheetProblem> problems;

    /**
     * A refusal of {@code source} (the file's name) for these problems; there is at least one.
     *
     * @param problems every problem found in the spreadsheet, at least one
     * @param source the name of the spreadsheet's file, which the message starts with
     */
    public SpreadsheetRejectedException(String source, List<SpreadsheetProblem> problems) {
        super(source + ": " + problems.size() + " problem(s): " + problems.stream()
                .map(p -> p.describe(Locale.ENGLISH)).collect(Collectors.joining("; ")));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("A refusal names at least one problem");
        }
        this.problems = List.copyOf(problems);
    }

    /** {@return every problem found, in the order of the sheets and rows} */
    public List<SpreadsheetProblem> problems() {
        return problems;
    }
}
