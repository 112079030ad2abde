package io.github.ctglib.actionplan;

/** Where an action stands (état d'avancement de la fiche action). */
public enum ActionStatus {
    /** Planned, not started. */
    PLANNED,
    /** Under way. */
    IN_PROGRESS,
    /** Done. */
    COMPLETED,
    /** Paused. */
    SUSPENDED,
    /** Given up. */
    ABANDONED
}
