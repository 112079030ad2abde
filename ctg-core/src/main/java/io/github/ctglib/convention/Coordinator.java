package io.github.ctglib.convention;

import io.github.ctglib.vocabulary.ConstraintCodes;
import io.github.ctglib.vocabulary.Texts;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A coordinator of the convention (chargé de coopération CTG, coordinateur): who they are, who employs them
 * (often the EPCI or the commune, co-funded by the CAF) and their working time in full-time equivalents (ETP).
 */
@Value.Immutable
public interface Coordinator {

    /** {@return the coordinator's name} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getName();

    /** {@return their title, e.g. "Chargée de coopération CTG"} */
    @Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG)
    String getTitle();

    /** {@return the employer, e.g. "Communauté d'agglomération Sète Agglopôle Méditerranée"} */
    Optional<@Size(max = Texts.SHORT, message = ConstraintCodes.TEXT_TOO_LONG) String> getEmployer();

    /** {@return the full-time equivalents (ETP) they give the convention, e.g. 0.50} */
    Optional<@DecimalMin(value = "0", message = ConstraintCodes.FTE_RANGE)
            @DecimalMax(value = "99.99", message = ConstraintCodes.FTE_RANGE)
            @Digits(integer = 2, fraction = 2, message = ConstraintCodes.FTE_RANGE) BigDecimal> getFullTimeEquivalents();

    /** {@return a builder of coordinators} */
    static ImmutableCoordinator.Builder builder() {
        return ImmutableCoordinator.builder();
    }

    /**
     * A coordinator known by name and title alone.
     *
     * @param name their name
     * @param title their title
     * @return the coordinator
     */
    static Coordinator of(String name, String title) {
        return builder().name(name).title(title).build();
    }

    /** Refuses, when the value is built, a blank name, title or employer. Immutables calls it. */
    @Value.Check
    default void check() {
        Texts.requireNonBlank(getName(), "Coordinator", "name");
        Texts.requireNonBlank(getTitle(), "Coordinator", "title");
        Texts.requireNonBlank(getEmployer(), "Coordinator", "employer");
    }
}
