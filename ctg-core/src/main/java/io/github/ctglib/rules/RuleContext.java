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

    /** The standard policy, no geography, no store. */
    public static RuleContext standard() {
        return new RuleContext(CtgPolicy.standard(), null, null, null);
    }

    public RuleContext withPolicy(CtgPolicy policy) {
        return new RuleContext(policy, geography, others, before);
    }

    public RuleContext withGeography(Geography geography) {
        return new RuleContext(policy, Objects.requireNonNull(geography, "geography"), others, before);
    }

    public RuleContext withOthers(OtherConventions others) {
        return new RuleContext(policy, geography, Objects.requireNonNull(others, "others"), before);
    }

    /** The convention as stored before the change being judged; none when it enters the store. */
    public RuleContext withBefore(Convention before) {
        return new RuleContext(policy, geography, others, before);
    }

    public CtgPolicy policy() {
        return policy;
    }

    public Optional<Geography> geography() {
        return Optional.ofNullable(geography);
    }

    public Optional<OtherConventions> others() {
        return Optional.ofNullable(others);
    }

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
