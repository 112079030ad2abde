package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A command was rejected: every broken rule is listed, and nothing was stored. */
public class RuleViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * A command on one convention refused, with every violation found.
     *
     * @param conventionId the convention's id
     * @param violations every violation, errors and warnings
     */
    public RuleViolationException(String conventionId, List<Violation> violations) {
        this(violations, "Convention " + conventionId + " rejected: " + violations.stream()
                .map(Violation::toString).collect(Collectors.joining("; ")));
    }

    /**
     * For a rejection that concerns more than one convention (an import): the message says which.
     *
     * @param violations every violation, errors and warnings
     * @param message what was refused, naming the conventions
     */
    protected RuleViolationException(List<Violation> violations, String message) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** {@return every violation, errors and warnings} */
    public List<Violation> violations() {
        return violations;
    }
}
