package io.github.ctglib.format.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.ConventionValidator;
import io.github.ctglib.rules.Violation;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The domain rules checked on the documents a store loads: the errors of {@link ConventionValidator#standard()}
 * (warnings are left to the lifecycle). A storage port keeps what it is given, so a convention that breaks a
 * rule is still saved and served; the store reports it, so that a document edited by hand into an invalid
 * state does not go unnoticed.
 */
public final class DomainRules {

    private static final ConventionValidator VALIDATOR = ConventionValidator.standard();

    private DomainRules() {}

    /**
     * The errors of {@code convention} as of its stage (warnings left out): what makes a document unreadable.
     *
     * @param convention the convention read from a document
     * @return its errors, empty when it may be read
     */
    public static List<Violation> errors(Convention convention) {
        return VALIDATOR.validate(convention).stream().filter(Violation::isError).collect(Collectors.toList());
    }

    /**
     * A violation as a document problem: its path as a JSON Pointer ({@code /actions/3/budget/0/amount}).
     *
     * @param violation a broken rule of a document's convention; its model path (e.g.
     *     {@code actions[3].budget[0].amount}) becomes the pointer
     * @return the pointer, the code and the English message
     */
    public static String describe(Violation violation) {
        String pointer = "/" + violation.path().replace("]", "").replace('[', '/').replace('.', '/');
        return pointer + ": " + violation.code() + " " + violation.messageEn();
    }
}
