package io.github.ctglib.vocabulary;

import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/** A field of action with, for {@link ActionField#OTHER} only, its label (e.g. "mobilité"). */
@Value.Immutable
public interface FieldOfAction {

    /** {@return the kind of field} */
    @Value.Parameter
    ActionField getKind();

    /** {@return the label of an {@code OTHER} field, which only it has} */
    @Value.Parameter
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getLabel();

    /**
     * A field of a named kind.
     *
     * @param kind the kind, not {@code OTHER}
     * @return the field
     */
    static FieldOfAction of(ActionField kind) {
        return ImmutableFieldOfAction.of(kind, Optional.empty());
    }

    /**
     * A field of kind {@code OTHER}, named by {@code label}.
     *
     * @param label its name
     * @return the field
     */
    static FieldOfAction other(String label) {
        return ImmutableFieldOfAction.of(ActionField.OTHER, Optional.of(label));
    }

    /** Refuses, when the value is built, a blank label, and a label on any kind but {@code OTHER} or none on it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getLabel(), "FieldOfAction", "label");
        if ((getKind() == ActionField.OTHER) != getLabel().isPresent()) {
            throw new IllegalStateException(
                    "FieldOfAction.label is required for OTHER and only for OTHER (kind " + getKind() + ")");
        }
    }

    /** {@return "petite enfance", or the label of an "other" field} */
    default String describe() {
        return getLabel().orElse(getKind().french());
    }
}
