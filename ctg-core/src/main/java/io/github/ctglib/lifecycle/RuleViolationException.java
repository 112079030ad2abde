package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/** A command was rejected: every broken rule is listed, and nothing was stored. */
public class RuleViolationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    public RuleViolationException(String conventionId, List<Violation> violations) {
        this(violations, "Convention " + conventionId + " rejected: " + violations.stream()
                .map(Violation::toString).collect(Collectors.joining("; ")));
    }

    /** For a rejection that concerns more than one convention (an import): the message says which. */
    protected RuleViolationException(List<Violation> violations, String message) {
        super(message);
        this.violations = List.copyOf(violations);
    }

    /** Every violation, errors and warnings. */
    public List<Violation> violations() {
        return violations;
    }
}
