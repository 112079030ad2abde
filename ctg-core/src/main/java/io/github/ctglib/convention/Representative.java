package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person who signs for a party (représentant, signataire): the CAF's director and the president of its
 * board, a mayor and a deputy. Each signs on their own day; the party has signed when all its representatives
 * have.
 */
@Value.Immutable
public interface Representative {

    /** {@return the person's full name, as on the signature block} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /**
     * {@return their title, e.g. "Directeur", "Président du conseil d'administration", "Maire", "Première adjointe"}
     */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return the day this person signed, once they have} */
    Optional<LocalDate> getSignedOn();

    /** {@return a builder of representatives} */
    static ImmutableRepresentative.Builder builder() {
        return ImmutableRepresentative.builder();
    }

    /**
     * A representative who has not signed yet.
     *
     * @param name the person's name
     * @param title their title
     * @return the representative
     */
    static Representative of(String name, String title) {
        return builder().name(name).title(title).build();
    }

    /**
     * A representative who signed on {@code signedOn}.
     *
     * @param name the person's name
     * @param title their title
     * @param signedOn the day they signed
     * @return the representative
     */
    static Representative signed(String name, String title, LocalDate signedOn) {
        return builder().name(name).title(title).signedOn(signedOn).build();
    }

    /** {@return whether they have signed} */
    default boolean hasSigned() {
        return getSignedOn().isPresent();
    }

    /** Refuses, when the value is built, a blank name or title. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Representative", "name");
        Texts.requireNonBlank(getTitle(), "Representative", "title");
    }
}
