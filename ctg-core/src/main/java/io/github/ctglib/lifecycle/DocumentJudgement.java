package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * How one imported document was judged: every violation, errors and warnings.
 *
 * @param source       what names the document
 * @param conventionId the id it states
 * @param violations   errors and warnings, field constraints first
 */
public record DocumentJudgement(String source, String conventionId, List<Violation> violations) {

    /**
     * A judgement; the violations are copied.
     *
     * @param source what names the document
     * @param conventionId the id it states
     * @param violations errors and warnings, field constraints first
     */
    public DocumentJudgement {
        violations = List.copyOf(violations);
    }

    /** {@return whether one of its violations is an error: the document cannot be imported} */
    public boolean hasErrors() {
        return ConventionValidator.hasErrors(violations);
    }

    /** {@return its warnings alone} */
    public List<Violation> warnings() {
        return violations.stream().filter(v -> !v.isError()).collect(Collectors.toList());
    }
}
