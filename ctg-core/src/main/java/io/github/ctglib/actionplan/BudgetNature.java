package io.github.ctglib.actionplan;

/** Whether a budget line is planned or spent. */
public enum BudgetNature {
    /** Prévisionnel. */
    FORECAST,
    /** Réalisé. */
    ACTUAL
}
