package io.github.ctglib.rules;

import io.github.ctglib.access.Actor;
import io.github.ctglib.convention.Convention;
import java.util.List;

/** The access rules: what a scoped actor may read and change, and that it acts under its own name. */
public final class AccessRules {

    private AccessRules() {}

    /** An actor asking for a convention. */
    public record Asked(Actor actor, Convention convention) {}

    /** An actor running a command that names {@code named} as who acts. */
    public record Named(Actor actor, String named) {}

    /**
     * {@link RuleCodes#READ_REFUSED}: an actor reads only the conventions of its scope (its CAF's, its own as a
     * partner, or all at national level).
     */
    public static final Rule<Asked> READ_REFUSED = Rule.error(RuleCodes.READ_REFUSED, Applies.onAccess(),
            "An actor reads only the conventions of its scope (its CAF's, its own as a partner, or all at national"
                    + " level).", (asked, ctx, f) -> {
                if (!asked.actor().scope().sees(asked.convention())) {
                    f.at("id", asked.convention().getId(), asked.actor().name(), asked.actor().scope().toString());
                }
            });

    /**
     * {@link RuleCodes#WRITE_REFUSED}: an actor changes only the conventions its scope lets it change (a partner or the
     * national level reads only, unless the host grants more).
     */
    public static final Rule<Asked> WRITE_REFUSED = Rule.error(RuleCodes.WRITE_REFUSED, Applies.onAccess(),
            "An actor changes only the conventions its scope lets it change (a partner or the national level reads"
                    + " only, unless the host grants more).", (asked, ctx, f) -> {
                if (!asked.actor().scope().mayChange(asked.convention())) {
                    f.at("id", asked.convention().getId(), asked.actor().name(), asked.actor().scope().toString());
                }
            });

    /**
     * {@link RuleCodes#ACTING_AS_ANOTHER}: a command of a scoped view is recorded under the scoped actor's name, not
     * another.
     */
    public static final Rule<Named> ACTING_AS_ANOTHER = Rule.error(RuleCodes.ACTING_AS_ANOTHER, Applies.onAccess(),
            "A command of a scoped view is recorded under the scoped actor's name, not another.", (named, ctx, f) -> {
                if (named.named() != null && !named.named().equals(named.actor().name())) {
                    f.at("actor", named.named(), named.actor().name());
                }
            });

    static final List<Rule<?>> ALL = List.of(READ_REFUSED, WRITE_REFUSED, ACTING_AS_ANOTHER);
}
