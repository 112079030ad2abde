package io.github.ctglib.actionplan;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A strategic axis of the action plan (axe, orientation stratégique), e.g. "Axe 2 — Accompagner les parents":
 * it holds the action sheets whose number begins with its own (fiches 2.1, 2.2…).
 */
@Value.Immutable
public interface Axis {

    /** {@return its number, the first part of its actions' numbers} */
    @Min(value = 1, message = ConstraintCodes.NOT_POSITIVE)
    @Max(value = 999, message = ConstraintCodes.NOT_POSITIVE)
    int getNumber();

    /** {@return its title} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return the fields it serves; each must be one of the convention's fields} */
    Set<FieldOfAction> getFields();

    /** {@return a builder of axes} */
    static ImmutableAxis.Builder builder() {
        return ImmutableAxis.builder();
    }

    /**
     * Whether action sheet {@code number} (e.g. "2.3") belongs to this axis (2).
     *
     * @param actionNumber the action's number
     * @return {@code true} when the number begins with this axis's
     */
    default boolean holds(String actionNumber) {
        int dot = actionNumber.indexOf('.');
        String head = dot < 0 ? actionNumber : actionNumber.substring(0, dot);
        return !head.isEmpty() && head.length() <= 3 && head.chars().allMatch(Character::isDigit)
                && Integer.parseInt(head) == getNumber();
    }

    /** Refuses, when the value is built, a blank title. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getTitle(), "Axis", "title");
    }
}
