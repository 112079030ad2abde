package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** The evaluation of one action: its number, its outcome and a comment. */
@Value.Immutable
public interface ActionOutcome {

    String getActionNumber();

    Outcome getOutcome();

    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getComment();

    static ActionOutcome of(String actionNumber, Outcome outcome) {
        return ImmutableActionOutcome.builder().actionNumber(actionNumber).outcome(outcome).build();
    }

    static ActionOutcome of(String actionNumber, Outcome outcome, String comment) {
        return ImmutableActionOutcome.builder().actionNumber(actionNumber).outcome(outcome).comment(comment).build();
    }
}
