package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.FieldOfAction;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A need or stake (besoin, enjeu) the shared diagnostic identifies in a field of action. */
@Value.Immutable
public interface Need {

    /** {@return the field of action the need is in} */
    @Value.Parameter
    FieldOfAction getField();

    /** {@return the need, as the diagnostic states it} */
    @Value.Parameter
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getDescription();

    /**
     * A need of the territory in a field.
     *
     * @param field the field of action
     * @param description the need
     * @return the need
     */
    static Need of(FieldOfAction field, String description) {
        return ImmutableNeed.of(field, description);
    }

    /** Refuses, when the value is built, a blank description. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getDescription(), "Need", "description");
    }
}
