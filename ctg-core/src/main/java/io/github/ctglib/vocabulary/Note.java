package io.github.ctglib.vocabulary;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A dated note of the follow-up journal (journal de suivi), on a convention or on an action sheet: what was
 * said, decided or seen, by whom.
 */
@Value.Immutable
public interface Note {

    LocalDate getDate();

    /** Who wrote it, e.g. "chargée de coopération CTG". */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getAuthor();

    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getText();

    static ImmutableNote.Builder builder() {
        return ImmutableNote.builder();
    }

    static Note of(LocalDate date, String text) {
        return builder().date(date).text(text).build();
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getText(), "Note", "text");
        Texts.requireNonBlank(getAuthor(), "Note", "author");
    }
}
