package io.github.ctglib.lifecycle;

import io.github.ctglib.rules.Violation;
import java.util.List;

/** An actor asked for what its scope does not allow: the violation says which rule (CTG-ACCESS-…); nothing was read or stored. */
public class AccessRefusedException extends RuleViolationException {
    private static final long serialVersionUID = 1L;

    /**
     * A refusal, with the access rule's violation.
     *
     * @param conventionId the convention asked for
     * @param violations the violation of the access rule
     */
    public AccessRefusedException(String conventionId, List<Violation> violations) {
        super(conventionId, violations);
    }
}
