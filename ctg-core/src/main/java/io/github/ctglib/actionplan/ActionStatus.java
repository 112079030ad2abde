package io.github.ctglib.actionplan;

/** Where an action stands (état d'avancement de la fiche action). */
public enum ActionStatus {
    PLANNED,
    IN_PROGRESS,
    COMPLETED,
    SUSPENDED,
    ABANDONED
}
