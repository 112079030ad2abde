package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** The evaluation of one action: its number, its outcome and a comment. */
@Value.Immutable
public interface ActionOutcome {

    /** {@return the number of the action sheet} */
    String getActionNumber();

    /** {@return what came of it} */
    Outcome getOutcome();

    /** {@return the evaluator's comment, when written} */
    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getComment();

    /**
     * The outcome of an action, without comment.
     *
     * @param actionNumber the action's number
     * @param outcome what came of it
     * @return the outcome
     */
    static ActionOutcome of(String actionNumber, Outcome outcome) {
        return ImmutableActionOutcome.builder().actionNumber(actionNumber).outcome(outcome).build();
    }

    /**
     * The outcome of an action, with a comment.
     *
     * @param actionNumber the action's number
     * @param outcome what came of it
     * @param comment the evaluator's comment
     * @return the outcome
     */
    static ActionOutcome of(String actionNumber, Outcome outcome, String comment) {
        return ImmutableActionOutcome.builder().actionNumber(actionNumber).outcome(outcome).comment(comment).build();
    }
}
