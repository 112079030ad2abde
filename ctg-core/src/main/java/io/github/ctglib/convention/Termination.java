package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The termination (résiliation) of a signed convention: from which day, and why. */
@Value.Immutable
public interface Termination {

    /** The first day the convention no longer applies. */
    @Value.Parameter
    LocalDate getDate();

    @Value.Parameter
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getReason();

    static Termination of(LocalDate date, String reason) {
        return ImmutableTermination.of(date, reason);
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReason(), "Termination", "reason");
    }
}
