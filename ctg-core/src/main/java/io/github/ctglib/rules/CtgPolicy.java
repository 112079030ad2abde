package io.github.ctglib.rules;

import io.github.ctglib.vocabulary.ActionField;
import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The thresholds of the rules an integrator may change. {@link #standard()} follows the CNAF circular of 16
 * January 2020 (petite enfance, jeunesse and parentalité plus at least one other field) and what CAFs sign:
 * a validity of 1 to 5 years is accepted, outside 4 to 5 years it is flagged as unusual (warning CTG-PERIOD-004).
 * An integrator may build another with {@link #builder()}.
 */
@Value.Immutable
public interface CtgPolicy {

    /** {@return fields every convention must cover before it is signed} */
    Set<ActionField> getRequiredFields();

    /** {@return how many fields beyond the required ones it must also cover} */
    @Value.Default
    default int getMinimumOtherFields() {
        return 1;
    }

    /** {@return the shortest validity accepted, in years (error CTG-PERIOD-003 below it)} */
    @Value.Default
    default int getMinimumValidityYears() {
        return 1;
    }

    /** {@return the longest validity accepted, in years (error CTG-PERIOD-003 above it)} */
    @Value.Default
    default int getMaximumValidityYears() {
        return 5;
    }

    /** {@return the shortest usual validity, in years (warning CTG-PERIOD-004 below it)} */
    @Value.Default
    default int getUsualMinimumValidityYears() {
        return 4;
    }

    /** {@return the longest usual validity, in years (warning CTG-PERIOD-004 above it)} */
    @Value.Default
    default int getUsualMaximumValidityYears() {
        return 5;
    }

    /** {@return a builder of policies, each threshold defaulting to the standard one} */
    static ImmutableCtgPolicy.Builder builder() {
        return ImmutableCtgPolicy.builder();
    }

    /** {@return the CNAF's policy: petite enfance, jeunesse and parentalité required, 1 to 5 years (4 to 5 usual)} */
    static CtgPolicy standard() {
        return builder()
                .requiredFields(EnumSet.of(ActionField.EARLY_CHILDHOOD, ActionField.YOUTH, ActionField.PARENTHOOD))
                .build();
    }

    /** Refuses, when the value is built, thresholds out of order (a minimum above its maximum, or below 1). */
    @Value.Check
    default void check() {
        if (getMinimumValidityYears() < 1 || getMaximumValidityYears() < getMinimumValidityYears()) {
            throw new IllegalStateException("CtgPolicy validity years must satisfy 1 <= minimum <= maximum, got "
                    + getMinimumValidityYears() + ".." + getMaximumValidityYears());
        }
        if (getUsualMinimumValidityYears() < 1 || getUsualMaximumValidityYears() < getUsualMinimumValidityYears()) {
            throw new IllegalStateException("CtgPolicy usual validity years must satisfy 1 <= minimum <= maximum, got "
                    + getUsualMinimumValidityYears() + ".." + getUsualMaximumValidityYears());
        }
        if (getMinimumOtherFields() < 0) {
            throw new IllegalStateException("CtgPolicy.minimumOtherFields must be 0 or more");
        }
    }
}
