package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.FieldOfAction;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A need or stake (besoin, enjeu) the shared diagnostic identifies in a field of action. */
@Value.Immutable
public interface Need {

    @Value.Parameter
    FieldOfAction getField();

    @Value.Parameter
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getDescription();

    static Need of(FieldOfAction field, String description) {
        return ImmutableNeed.of(field, description);
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getDescription(), "Need", "description");
    }
}
