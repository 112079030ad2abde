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

    List<@Valid ActionOutcome> getOutcomes();

    Optional<@Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG) String> getOverallAssessment();

    static ImmutableEvaluation.Builder builder() {
        return ImmutableEvaluation.builder();
    }

    default Optional<ActionOutcome> outcomeOf(String actionNumber) {
        return getOutcomes().stream().filter(o -> o.getActionNumber().equals(actionNumber)).findFirst();
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getOverallAssessment(), "Evaluation", "overallAssessment");
    }
}
