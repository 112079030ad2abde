package io.github.ctglib.actionplan;

/** Whether a budget line is operating or investment spending (section de fonctionnement ou d'investissement). */
public enum BudgetSection {
    /** Fonctionnement. */
    OPERATING,
    /** Investissement. */
    INVESTMENT
}
