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

    /** {@return the day it was written} */
    LocalDate getDate();

    /** {@return who wrote it, e.g. "chargée de coopération CTG"} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getAuthor();

    /** {@return what it says} */
    @Size(max = Texts.LONG, message = ConstraintCodes.TEXT_TOO_LONG)
    String getText();

    /** {@return a builder of notes} */
    static ImmutableNote.Builder builder() {
        return ImmutableNote.builder();
    }

    /**
     * A note without author.
     *
     * @param date the day it was written
     * @param text what it says
     * @return the note
     */
    static Note of(LocalDate date, String text) {
        return builder().date(date).text(text).build();
    }

    /** Refuses, when the value is built, a blank text or author. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getText(), "Note", "text");
        Texts.requireNonBlank(getAuthor(), "Note", "author");
    }
}
