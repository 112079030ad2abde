package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** The evaluation (évaluation): an outcome per action and an overall assessment that feeds the renewal. */
@Value.Immutable
public interface Evaluation {

    /** {@return the outcome of each action} */
    List<@Valid ActionOutcome> getOutcomes();

    /** {@return the overall assessment (bilan), when written} */
    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getOverallAssessment();

    /** {@return a builder of evaluations} */
    static ImmutableEvaluation.Builder builder() {
        return ImmutableEvaluation.builder();
    }

    /**
     * The outcome of action {@code actionNumber}.
     *
     * @param actionNumber the action's number
     * @return its outcome, or empty when the evaluation gives none
     */
    default Optional<ActionOutcome> outcomeOf(String actionNumber) {
        return getOutcomes().stream().filter(o -> o.getActionNumber().equals(actionNumber)).findFirst();
    }

    /** Refuses, when the value is built, a blank overall assessment. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getOverallAssessment(), "Evaluation", "overallAssessment");
    }
}
