package io.github.ctglib.actionplan;

/** An action's priority in the plan. */
public enum Priority {
    /** High. */
    HIGH,
    /** Medium, the default. */
    MEDIUM,
    /** Low. */
    LOW
}
