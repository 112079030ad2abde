package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Geographies;
import io.github.ctglib.territory.Geography;
import java.util.Objects;
import java.util.Optional;

/**
 * What a convention is judged with besides itself: the policy's thresholds, the geography (for the rules
 * {@link Applies.Kind#GEOGRAPHY}), the other conventions (for the rules {@link Applies.Kind#STORE}) and the
 * state it is leaving, when a lifecycle command changes it. Immutable; each {@code with…} returns a copy.
 */
public final class RuleContext {

    private final CtgPolicy policy;
    private final Geographies geographies;
    private final OtherConventions others;
    private final Convention before;

    private RuleContext(CtgPolicy policy, Geographies geographies, OtherConventions others, Convention before) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.geographies = geographies;
        this.others = others;
        this.before = before;
    }

    /** {@return the standard policy, no geography, no store} */
    public static RuleContext standard() {
        return new RuleContext(CtgPolicy.standard(), null, null, null);
    }

    /**
     * The same context with another policy.
     *
     * @param policy the thresholds
     * @return the context
     */
    public RuleContext withPolicy(CtgPolicy policy) {
        return new RuleContext(policy, geographies, others, before);
    }

    /**
     * The same context, territories checked against {@code geography}.
     *
     * @param geography the communes and EPCIs
     * @return the context
     */
    public RuleContext withGeography(Geography geography) {
        return withGeographies(Geographies.only(Objects.requireNonNull(geography, "geography")));
    }

    /**
     * The same context judging each territory against the vintage it records ({@link Geographies#forVintage}).
     *
     * @param geographies the vintages of the official geography, one chosen per convention
     * @return the same context judging each territory against the vintage it records ({@link Geographies#forVintage})
     */
    public RuleContext withGeographies(Geographies geographies) {
        return new RuleContext(policy, Objects.requireNonNull(geographies, "geographies"), others, before);
    }

    /** The same context with the other conventions of the store. */
    /**
     * The same context, judged against the other conventions of a store.
     *
     * @param others the conventions a convention must not clash with
     * @return the context
     */
    public RuleContext withOthers(OtherConventions others) {
        return new RuleContext(policy, geographies, Objects.requireNonNull(others, "others"), before);
    }

    /**
     * The convention as stored before the change being judged; none when it enters the store.
     *
     * @param before the stored convention, or {@code null}
     * @return the context
     */
    public RuleContext withBefore(Convention before) {
        return new RuleContext(policy, geographies, others, before);
    }

    /**
     * The context that judges {@code convention}: its geography is the vintage the convention's territory records
     * among the geographies, else the preferred one. The same context when it has no geography.
     *
     * @param convention the convention to judge; the vintage its territory records picks the geography
     * @return the context that judges {@code convention}
     */
    public RuleContext judging(Convention convention) {
        if (geographies == null) {
            return this;
        }
        Geography chosen = geographies.forVintage(convention.getTerritory().getVintage());
        return chosen == geographies.preferred() ? this
                : new RuleContext(policy, Geographies.only(chosen), others, before);
    }

    /** The policy's thresholds. */
    /** {@return the thresholds of the rules} */
    public CtgPolicy policy() {
        return policy;
    }

    /** {@return the geography, when territories are checked} */
    public Optional<Geography> geography() {
        return Optional.ofNullable(geographies).map(Geographies::preferred);
    }

    /** {@return every geography held, if any} */
    public Optional<Geographies> geographies() {
        return Optional.ofNullable(geographies);
    }

    /** The other conventions of the store, if given. */
    /** {@return the other conventions, when judged against a store} */
    public Optional<OtherConventions> others() {
        return Optional.ofNullable(others);
    }

    /** {@return the convention as stored before the change, when there is one} */
    public Optional<Convention> before() {
        return Optional.ofNullable(before);
    }

    /** Whether the rules of {@code kind} can be checked in this context. */
    boolean canCheck(Applies.Kind kind) {
        return switch (kind) {
            case GEOGRAPHY -> geographies != null;
            case STORE -> others != null;
            default -> true;
        };
    }
}
