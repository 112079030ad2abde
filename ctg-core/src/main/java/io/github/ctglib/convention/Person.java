package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A named person and their title: a representative, a coordinator (chargé de coopération CTG). */
@Value.Immutable
public interface Person {

    /** {@return the person's full name} */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** {@return their title, e.g. "Maire", "Directeur", "Première adjointe déléguée à la ville éducative"} */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /**
     * A person and their title.
     *
     * @param name their full name
     * @param title their title
     * @return the person
     */
    static Person of(String name, String title) {
        return ImmutablePerson.of(name, title);
    }

    /** Refuses, when the value is built, a blank name or title. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Person", "name");
        Texts.requireNonBlank(getTitle(), "Person", "title");
    }
}
