package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.ActionField;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of the lifecycle guards. {@link #standard()} follows the CNAF circular of 16 January 2020
 * (petite enfance, jeunesse and parentalité plus at least one other field; 1 to 5 years); an integrator may
 * build another with {@link #builder()}.
 */
@Value.Immutable
public interface CtgPolicy {

    /** Fields every convention must cover before it is signed. */
    Set<ActionField> getRequiredFields();

    /** How many fields beyond the required ones it must also cover. */
    @Value.Default
    default int getMinimumOtherFields() {
        return 1;
    }

    @Value.Default
    default int getMinimumValidityYears() {
        return 1;
    }

    @Value.Default
    default int getMaximumValidityYears() {
        return 5;
    }

    static ImmutableCtgPolicy.Builder builder() {
        return ImmutableCtgPolicy.builder();
    }

    static CtgPolicy standard() {
        return builder()
                .requiredFields(EnumSet.of(ActionField.EARLY_CHILDHOOD, ActionField.YOUTH, ActionField.PARENTHOOD))
                .build();
    }

    @Value.Check
    default void check() {
        if (getMinimumValidityYears() < 1 || getMaximumValidityYears() < getMinimumValidityYears()) {
            throw new IllegalStateException("CtgPolicy validity years must satisfy 1 <= minimum <= maximum, got "
                    + getMinimumValidityYears() + ".." + getMaximumValidityYears());
        }
        if (getMinimumOtherFields() < 0) {
            throw new IllegalStateException("CtgPolicy.minimumOtherFields must be 0 or more");
        }
    }
}
