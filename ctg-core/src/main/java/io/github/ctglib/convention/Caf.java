package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.Texts;

import io.github.ctglib.vocabulary.Patterns;

import io.github.ctglib.vocabulary.ConstraintCodes;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.immutables.value.Value;

/** The CAF (caisse d'allocations familiales) that leads the convention. */
@Value.Immutable
public interface Caf {

    /** {@return its name, e.g. "CAF de l'Hérault"} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** {@return the code of the CAF's département, e.g. "34"} */
    @Pattern(regexp = Patterns.DEPARTEMENT, message = ConstraintCodes.DEPARTEMENT_FORMAT)
    String getDepartementCode();

    /**
     * A CAF by name and département.
     *
     * @param name its name
     * @param departementCode the code of its département
     * @return the CAF
     */
    static Caf of(String name, String departementCode) {
        return ImmutableCaf.builder().name(name).departementCode(departementCode).build();
    }

    /** Refuses, when the value is built, a blank name. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Caf", "name");
        Texts.requireNonBlank(getDepartementCode(), "Caf", "departementCode");
    }
}
