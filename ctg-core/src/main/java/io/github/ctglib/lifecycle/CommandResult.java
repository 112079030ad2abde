package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.rules.Violation;
import java.util.List;

/**
 * What an accepted command stored, and the warnings it raised (an empty action plan at signature, a
 * commune outside the CAF's département…).
 */
public record CommandResult(Convention convention, List<Violation> warnings) {

    /**
     * A result; the warnings are copied.
     *
     * @param convention the convention as stored
     * @param warnings the warnings the command raised
     */
    public CommandResult {
        warnings = List.copyOf(warnings);
    }
}
