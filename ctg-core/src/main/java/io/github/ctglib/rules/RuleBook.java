package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The catalogue of every rule ctg checks, and the one judgement of a convention by them. The rules on a
 * convention's state apply as its stage implies (see {@link Applies}); the command rules guard the lifecycle's
 * inputs. {@code docs/RULES.md} is this catalogue, rendered ({@link RulesDocument}).
 */
public final class RuleBook {

    /** The rules on a convention's state, in the order they report. */
    private static final List<Rule<Convention>> STATE_RULES = Stream.of(ContentRules.ALL, EquipmentRules.ALL,
            StageRules.ALL, TerritoryRules.ALL, StoreRules.ALL).flatMap(List::stream).toList();

    private static final List<Rule<?>> ALL = Stream.<List<? extends Rule<?>>>of(FieldRules.ALL, STATE_RULES,
            CommandRules.ALL, AccessRules.ALL).<Rule<?>>flatMap(List::stream).toList();

    /** The rule on the id given to a command (also a field constraint). */
    public static final Rule<String> ID_FORMAT = FieldRules.ID_FORMAT;

    private RuleBook() {}

    /** Every rule: field constraints, the rules on a convention's state, the command rules, the access rules. */
    public static List<Rule<?>> all() {
        return ALL;
    }

    /** The rule of {@code code}. */
    public static Optional<Rule<?>> rule(String code) {
        return ALL.stream().filter(r -> r.code().equals(code)).findFirst();
    }

    /**
     * Every violation of {@code convention} against the rules its stage implies and {@code context} allows
     * (the geography rules need a geography, the store rules the other conventions), errors and warnings,
     * field constraints first, each reported once.
     */
    public static List<Violation> judge(Convention convention, RuleContext context) {
        List<Violation> out = new ArrayList<>(FieldConstraints.check(convention));
        for (Rule<Convention> rule : STATE_RULES) {
            if (rule.applies().appliesAt(convention.getStage()) && context.canCheck(rule.applies().kind())) {
                rule.check(convention, context, out);
            }
        }
        return List.copyOf(new LinkedHashSet<>(out));
    }
}
