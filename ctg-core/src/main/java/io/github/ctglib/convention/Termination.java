package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The termination (résiliation) of a signed convention: from which day, and why. */
@Value.Immutable
public interface Termination {

    /** {@return the first day the convention no longer applies} */
    @Value.Parameter
    LocalDate getDate();

    /** {@return why it was terminated} */
    @Value.Parameter
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getReason();

    /**
     * A termination from {@code date}.
     *
     * @param date the first day it no longer applies
     * @param reason why
     * @return the termination
     */
    static Termination of(LocalDate date, String reason) {
        return ImmutableTermination.of(date, reason);
    }

    /** Refuses, when the value is built, a blank reason. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReason(), "Termination", "reason");
    }
}
