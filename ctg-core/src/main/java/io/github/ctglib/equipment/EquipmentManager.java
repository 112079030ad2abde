package io.github.ctglib.equipment;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The manager of an equipment (gestionnaire), to whom the CAF pays the territory bonus directly.
 */
@Value.Immutable
public interface EquipmentManager {

    /** {@return its name} */
    @Value.Parameter
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** {@return its SIRET (14 digits, checked by the rules), when known} */
    @Value.Parameter
    Optional<@Size(max = 14, message = ConstraintCodes.TEXT_TOO_LONG) String> getSiret();

    /**
     * A manager known by its name and SIRET.
     *
     * @param name the manager's name
     * @param siret its SIRET, 14 digits (checked by the rules); not null
     * @return a manager known by its name and SIRET
     */
    static EquipmentManager of(String name, String siret) {
        return ImmutableEquipmentManager.of(name, Optional.of(siret));
    }

    /**
     * A manager known by its name only.
     *
     * @param name the manager's name
     * @return a manager known by its name only
     */
    static EquipmentManager named(String name) {
        return ImmutableEquipmentManager.of(name, Optional.empty());
    }

    /** Checks that the name is not blank. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "EquipmentManager", "name");
        Texts.requireNonBlank(getSiret(), "EquipmentManager", "siret");
    }
}
