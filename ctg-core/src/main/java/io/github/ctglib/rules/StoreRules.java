package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.STORE;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.vocabulary.DateRange;
import java.util.List;
import java.util.Optional;

/**
 * The rules against the other conventions of the store: checked when a convention enters the store (created,
 * renewed, imported, copied) and, for exclusivity, whenever its signed coverage grows.
 */
final class StoreRules {

    private StoreRules() {}

    static final Rule<Convention> ALREADY_EXISTS = Rule.error(RuleCodes.ALREADY_EXISTS, Applies.always(STORE),
            "A convention entering the store has an id no stored convention has.", (c, ctx, f) -> {
                if (ctx.before().isEmpty() && ctx.others().orElseThrow().isStored(c.getId())) {
                    f.at("id", c.getId());
                }
            });

    static final Rule<Convention> PREDECESSOR_UNKNOWN = Rule.warning(RuleCodes.PREDECESSOR_UNKNOWN,
            Applies.always(STORE), "Warning: the convention it renews is in the store (or imported along).",
            (c, ctx, f) -> c.getPredecessorIds().stream()
                    .filter(id -> ctx.before().isEmpty() && !ctx.others().orElseThrow().isKnown(id))
                    .forEach(id -> f.at("predecessorIds", id)));

    static final Rule<Convention> TERRITORY_TAKEN = Rule.error(RuleCodes.TERRITORY_TAKEN,
            Applies.at(STORE, Stage::isSigned),
            "A commune is covered by one signed convention at a time (territorial exclusivity).", (c, ctx, f) -> {
                Optional<DateRange> effective = c.effectivePeriod();
                if (effective.isEmpty() || ctx.before().map(b -> coversAtLeast(b, c)).orElse(false)) {
                    return;
                }
                OtherConventions others = ctx.others().orElseThrow();
                int i = 0;
                for (String commune : c.getTerritory().getCommuneCodes()) {
                    String path = "territory.communeCodes[" + i++ + "]";
                    for (Convention other : others.covering(commune)) {
                        Optional<DateRange> theirs = other.effectivePeriod();
                        if (!other.getId().equals(c.getId()) && theirs.isPresent()
                                && theirs.get().overlaps(effective.get())) {
                            f.at(path, commune, other.getId(), theirs.get().getFrom(), theirs.get().getTo());
                        }
                    }
                }
            });

    static final List<Rule<Convention>> ALL = List.of(ALREADY_EXISTS, PREDECESSOR_UNKNOWN, TERRITORY_TAKEN);

    /** Whether {@code before} was signed over at least the communes and days {@code after} covers. */
    private static boolean coversAtLeast(Convention before, Convention after) {
        Optional<DateRange> was = before.effectivePeriod();
        Optional<DateRange> is = after.effectivePeriod();
        return was.isPresent() && is.isPresent()
                && !is.get().getFrom().isBefore(was.get().getFrom()) && !is.get().getTo().isAfter(was.get().getTo())
                && before.getTerritory().getCommuneCodes().containsAll(after.getTerritory().getCommuneCodes());
    }
}
