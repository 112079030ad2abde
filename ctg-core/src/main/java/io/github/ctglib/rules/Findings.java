package io.github.ctglib.rules;

import java.util.List;

/** Where a rule's check reports what it found: each finding becomes a violation of that rule. */
public final class Findings {

    private final Rule<?> rule;
    private final List<Violation> out;

    Findings(Rule<?> rule, List<Violation> out) {
        this.rule = rule;
        this.out = out;
    }

    /**
     * The rule is broken at {@code path}; {@code args} fill its messages.
     *
     * @param path where in the convention
     * @param args the values its messages name, in their order
     */
    public void at(String path, Object... args) {
        out.add(Violation.of(rule.code(), path, rule.severity(), args));
    }
}
