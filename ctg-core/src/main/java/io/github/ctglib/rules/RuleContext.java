package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
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
    private final Geography geography;
    private final OtherConventions others;
    private final Convention before;

    private RuleContext(CtgPolicy policy, Geography geography, OtherConventions others, Convention before) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.geography = geography;
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
        return new RuleContext(policy, geography, others, before);
    }

    /**
     * The same context, territories checked against {@code geography}.
     *
     * @param geography the communes and EPCIs
     * @return the context
     */
    public RuleContext withGeography(Geography geography) {
        return new RuleContext(policy, Objects.requireNonNull(geography, "geography"), others, before);
    }

    /**
     * The same context, judged against the other conventions of a store.
     *
     * @param others the conventions a convention must not clash with
     * @return the context
     */
    public RuleContext withOthers(OtherConventions others) {
        return new RuleContext(policy, geography, Objects.requireNonNull(others, "others"), before);
    }

    /**
     * The convention as stored before the change being judged; none when it enters the store.
     *
     * @param before the stored convention, or {@code null}
     * @return the context
     */
    public RuleContext withBefore(Convention before) {
        return new RuleContext(policy, geography, others, before);
    }

    /** {@return the thresholds of the rules} */
    public CtgPolicy policy() {
        return policy;
    }

    /** {@return the geography, when territories are checked} */
    public Optional<Geography> geography() {
        return Optional.ofNullable(geography);
    }

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
            case GEOGRAPHY -> geography != null;
            case STORE -> others != null;
            default -> true;
        };
    }
}
