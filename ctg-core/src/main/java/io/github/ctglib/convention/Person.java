package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** A named person and their title: a representative, a coordinator (chargé de coopération CTG). */
@Value.Immutable
public interface Person {

    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** E.g. "Maire", "Directeur", "Première adjointe déléguée à la ville éducative". */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    static Person of(String name, String title) {
        return ImmutablePerson.of(name, title);
    }

    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Person", "name");
        Texts.requireNonBlank(getTitle(), "Person", "title");
    }
}
