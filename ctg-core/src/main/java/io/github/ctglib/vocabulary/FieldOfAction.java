package io.github.ctglib.vocabulary;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** A field of action with, for {@link ActionField#OTHER} only, its label (e.g. "mobilité"). */
@Value.Immutable
public interface FieldOfAction {

    @Value.Parameter
    ActionField getKind();

    @Value.Parameter
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getLabel();

    static FieldOfAction of(ActionField kind) {
        return ImmutableFieldOfAction.of(kind, Optional.empty());
    }

    static FieldOfAction other(String label) {
        return ImmutableFieldOfAction.of(ActionField.OTHER, Optional.of(label));
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getLabel(), "FieldOfAction", "label");
        if ((getKind() == ActionField.OTHER) != getLabel().isPresent()) {
            throw new IllegalStateException(
                    "FieldOfAction.label is required for OTHER and only for OTHER (kind " + getKind() + ")");
        }
    }

    /** "petite enfance", or the label of an "other" field. */
    default String describe() {
        return getLabel().orElse(getKind().french());
    }
}
