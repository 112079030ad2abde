package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import java.util.List;
import java.util.Objects;

/**
 * Judges a whole convention in one call, as of its stage, and returns every violation: the field constraints
 * of the model, the rules on its content, the rules its stage implies (a convention awaiting signatures must
 * satisfy everything the request for signatures demands, a signed one every signing rule…), and — when given
 * a {@link Geography} — its territory and parties against the official geography. The lifecycle, the import
 * and {@code ctg validate} use this same judgement ({@link RuleBook#judge}). Thread-safe and cheap to share.
 *
 * <pre>{@code
 * List<Violation> violations = ConventionValidator.withGeography(Geography.bundled()).validate(convention);
 * }</pre>
 */
public final class ConventionValidator {

    private final RuleContext context;

    private ConventionValidator(RuleContext context) {
        this.context = context;
    }

    /** {@return the rules that need neither a geography nor a store, with the standard policy} */
    public static ConventionValidator standard() {
        return new ConventionValidator(RuleContext.standard());
    }

    /**
     * Every rule but those against a store, the territory checked against {@code geography}.
     *
     * @param geography the communes and EPCIs territories are checked against
     * @return the validator
     */
    public static ConventionValidator withGeography(Geography geography) {
        return new ConventionValidator(RuleContext.standard().withGeography(geography));
    }

    /**
     * Every rule but those against a store, each territory checked against the vintage it records.
     *
     * @param geographies the vintages of the official geography, one chosen per convention
     * @return every rule but those against a store, each territory checked against the vintage it records
     */
    public static ConventionValidator withGeographies(Geographies geographies) {
        return new ConventionValidator(RuleContext.standard().withGeographies(geographies));
    }

    /** The rules {@code context} allows: its policy, its geography, its store. */
    /**
     * The rules {@code context} allows: its policy, its geography, its store.
     *
     * @param context the policy, geography and store the rules may use
     * @return the validator
     */
    public static ConventionValidator of(RuleContext context) {
        return new ConventionValidator(Objects.requireNonNull(context, "context"));
    }

    /**
     * The same validator with another policy's thresholds.
     *
     * @param policy the thresholds
     * @return the validator
     */
    public ConventionValidator withPolicy(CtgPolicy policy) {
        return new ConventionValidator(context.withPolicy(policy));
    }

    /**
     * Every violation, errors and warnings, field constraints first.
     *
     * @param convention the convention to judge, as of its stage
     * @return every violation, empty when it follows every rule
     */
    public List<Violation> validate(Convention convention) {
        return RuleBook.judge(convention, context);
    }

    /**
     * Whether {@code violations} hold an error (warnings alone let a convention through).
     *
     * @param violations violations, e.g. from {@link #validate}
     * @return {@code true} when one of them is an error
     */
    public static boolean hasErrors(List<Violation> violations) {
        return violations.stream().anyMatch(Violation::isError);
    }
}
