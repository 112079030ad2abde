package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.immutables.value.Value;

/** The deliberation (délibération) that authorises a representative to sign: its reference and date. */
@Value.Immutable
public interface Mandate {

    /** E.g. "DEL-2024-012" or "Délibération du conseil municipal n° 2024/15". */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getReference();

    @Value.Parameter
    LocalDate getDate();

    static Mandate of(String reference, LocalDate date) {
        return ImmutableMandate.of(reference, date);
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getReference(), "Mandate", "reference");
    }
}
