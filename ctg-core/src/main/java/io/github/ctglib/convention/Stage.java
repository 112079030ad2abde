package io.github.ctglib.convention;

/** The lifecycle stage of a convention, stored; {@link TimeStatus} is derived from dates instead. */
public enum Stage {
    /** En préparation: parties, territory and fields being settled. */
    IN_PREPARATION,
    /** Diagnostic partagé under way. */
    SHARED_DIAGNOSTIC,
    /** Plan d'actions being programmed. */
    ACTION_PLANNING,
    /** En attente de signatures. */
    AWAITING_SIGNATURES,
    /** Signée: the partnership lives (monitoring, amendments). */
    SIGNED,
    /** En évaluation. */
    EVALUATION,
    /** Clôturée after its evaluation. */
    CLOSED,
    /** Résiliée before its term. */
    TERMINATED;

    /** Whether the convention has been signed by all its parties (it binds them, or did). */
    public boolean isSigned() {
        return this == SIGNED || this == EVALUATION || this == CLOSED || this == TERMINATED;
    }
}
