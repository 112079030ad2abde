package io.github.ctglib.actionplan;

/** An action's priority in the plan. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
