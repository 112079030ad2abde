package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Geography;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks a whole convention in one call and returns every violation: the field constraints of the model
 * (Jakarta Validation), the cross-field rules, and — when given a {@link Geography} — its territory against
 * the official geography. Thread-safe and cheap to share.
 *
 * <pre>{@code
 * List<Violation> violations = ConventionValidator.withGeography(Geography.bundled()).validate(convention);
 * }</pre>
 */
public final class ConventionValidator {

    private final Optional<Geography> geography;

    private ConventionValidator(Optional<Geography> geography) {
        this.geography = geography;
    }

    /** Field constraints and cross-field rules, without the geography. */
    public static ConventionValidator standard() {
        return new ConventionValidator(Optional.empty());
    }

    /** Field constraints, cross-field rules and the territory checked against {@code geography}. */
    public static ConventionValidator withGeography(Geography geography) {
        return new ConventionValidator(Optional.of(Objects.requireNonNull(geography, "geography")));
    }

    /** Every violation, errors and warnings, ordered as found (field constraints first). */
    public List<Violation> validate(Convention convention) {
        List<Violation> violations = new ArrayList<>(FieldConstraints.check(convention));
        ConventionRules.check(convention, violations);
        geography.ifPresent(g -> TerritoryRules.check(convention, g, violations));
        return violations;
    }

    /** Whether {@code violations} hold an error (warnings alone let a convention through). */
    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }
}
