package io.github.ctglib.rules;

import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Step;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * Where a rule applies: at which stages a convention is held to it and what it needs to be checked (the
 * geography, the other conventions of the store), or at which lifecycle steps it guards the command's input.
 *
 * @param kind   what the rule looks at
 * @param stages the stages of the convention it applies to (empty for a command rule)
 * @param steps  the lifecycle steps whose input it guards (empty for a rule on the convention's state)
 */
public record Applies(Kind kind, Set<Stage> stages, Set<Step> steps) {

    /** What a rule looks at. */
    public enum Kind {
        /** One field of the model, declared by a Jakarta constraint on it (checked at every stage). */
        FIELD("field constraint"),
        /** The content of the convention, alone. */
        CONTENT("content"),
        /** The territory and parties against the official geography. */
        GEOGRAPHY("with the geography"),
        /**
         * The other conventions of the store: when the convention enters the store (created, imported,
         * copied) or its signed coverage grows (signature, amendment in effect).
         */
        STORE("against the store"),
        /** The input of a lifecycle command, before it changes anything. */
        COMMAND("command input"),
        /** What an actor may see and change (its scope), on every command and read of a scoped view. */
        ACCESS("access scope");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        /** {@return how the rule book names it, e.g. "field constraint"} */
        public String label() {
            return label;
        }
    }

    /**
     * Where a rule applies; the sets are copied.
     *
     * @param kind what the rule looks at
     * @param stages the stages of the convention it applies to (empty for a command rule)
     * @param steps the lifecycle steps whose input it guards (empty for a rule on the convention's state)
     */
    public Applies {
        Objects.requireNonNull(kind, "kind");
        stages = Collections.unmodifiableSet(stages.isEmpty() ? EnumSet.noneOf(Stage.class) : EnumSet.copyOf(stages));
        steps = Collections.unmodifiableSet(steps.isEmpty() ? EnumSet.noneOf(Step.class) : EnumSet.copyOf(steps));
    }

    static Applies field() {
        return new Applies(Kind.FIELD, EnumSet.allOf(Stage.class), Set.of());
    }

    static Applies always(Kind kind) {
        return new Applies(kind, EnumSet.allOf(Stage.class), Set.of());
    }

    static Applies at(Kind kind, Predicate<Stage> stages) {
        return new Applies(kind, Arrays.stream(Stage.values()).filter(stages).collect(Collectors.toSet()), Set.of());
    }

    static Applies onSteps(Step... steps) {
        return new Applies(Kind.COMMAND, Set.of(), Set.of(steps));
    }

    static Applies onAccess() {
        return new Applies(Kind.ACCESS, Set.of(), Set.of(Step.values()));
    }

    /**
     * Whether a convention at {@code stage} is held to the rule.
     *
     * @param stage the convention's stage
     * @return {@code true} when the rule judges it then
     */
    public boolean appliesAt(Stage stage) {
        return stages.contains(stage);
    }

    /** {@return "every stage", "AWAITING_SIGNATURES, SIGNED, …", or the steps of a command rule: for the docs} */
    public String describe() {
        if (kind == Kind.ACCESS) {
            return "every step and every read of a scoped view";
        }
        if (kind == Kind.COMMAND) {
            return "steps " + steps.stream().map(Step::name).collect(Collectors.joining(", "));
        }
        String where = stages.size() == Stage.values().length ? "every stage"
                : stages.stream().map(Stage::name).collect(Collectors.joining(", "));
        return where + " · " + kind.label();
    }
}
