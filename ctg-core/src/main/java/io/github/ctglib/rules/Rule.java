package io.github.ctglib.rules;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One rule of the {@link RuleBook}: a stable code, a severity, where it applies, what it means and its check.
 * Its messages, in French and English, are those of its code ({@link RuleMessages}).
 *
 * @param <S> what the check looks at: a {@link io.github.ctglib.convention.Convention} for the rules on a
 *            convention's state, the command's input for a command rule
 */
public final class Rule<S> {

    /** The check of a rule: reports each place the rule is broken. */
    @FunctionalInterface
    public interface Check<S> {
        /**
         * Looks at {@code subject} and reports to {@code findings} each place the rule is broken.
         *
         * @param subject what the rule judges
         * @param context the policy, the geography and the other conventions it may need
         * @param findings where its violations go
         */
        void check(S subject, RuleContext context, Findings findings);
    }

    private final String code;
    private final Severity severity;
    private final Applies applies;
    private final String meaning;
    private final Check<S> check;

    private Rule(String code, Severity severity, Applies applies, String meaning, Check<S> check) {
        this.code = Objects.requireNonNull(code, "code");
        this.severity = Objects.requireNonNull(severity, "severity");
        this.applies = Objects.requireNonNull(applies, "applies");
        this.meaning = Objects.requireNonNull(meaning, "meaning");
        this.check = check;
    }

    static <S> Rule<S> error(String code, Applies applies, String meaning, Check<S> check) {
        return new Rule<>(code, Severity.ERROR, applies, meaning, Objects.requireNonNull(check, "check"));
    }

    static <S> Rule<S> warning(String code, Applies applies, String meaning, Check<S> check) {
        return new Rule<>(code, Severity.WARNING, applies, meaning, Objects.requireNonNull(check, "check"));
    }

    /** A field constraint: its check is the Jakarta annotation on the model that carries {@code code}. */
    static <S> Rule<S> fieldConstraint(String code, String meaning) {
        return new Rule<>(code, Severity.ERROR, Applies.field(), meaning, null);
    }

    /** {@return its stable code, e.g. {@code CTG-SIGN-005}} */
    public String code() {
        return code;
    }

    /** {@return how grave a violation of it is} */
    public Severity severity() {
        return severity;
    }

    /** {@return where it applies: the stages and steps that judge it} */
    public Applies applies() {
        return applies;
    }

    /** {@return what the rule asks, in English, as in {@code docs/RULES.md}} */
    public String meaning() {
        return meaning;
    }

    /** {@return empty for a field constraint, whose check is its annotation on the model} */
    public Optional<Check<S>> check() {
        return Optional.ofNullable(check);
    }

    /**
     * Runs the check on {@code subject}, adding what it finds to {@code out}.
     *
     * @param subject what the rule judges
     * @param context the policy, the geography and the other conventions it may need
     * @param out where its violations go
     */
    public void check(S subject, RuleContext context, List<Violation> out) {
        if (check != null) {
            check.check(subject, context, new Findings(this, out));
        }
    }

    /**
     * A violation of this rule at {@code path}.
     *
     * @param path where in the convention
     * @param args the values its messages name, in their order
     * @return the violation, with its messages in both languages
     */
    public Violation violation(String path, Object... args) {
        return Violation.of(code, path, severity, args);
    }

    @Override
    public String toString() {
        return code + " (" + severity + ", " + applies.describe() + ")";
    }
}
