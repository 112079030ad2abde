package io.github.ctglib.convention;

/**
 * The lifecycle stage of a convention, stored; {@link TimeStatus} is derived from dates instead. The stage
 * groups below and the table of {@link Step}s (which step may be taken from which stage) are the one place the
 * lifecycle's shape is written.
 */
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

    /** {@return whether it is being prepared: in preparation, shared diagnostic, action planning} */
    public boolean isPreparing() {
        return this == IN_PREPARATION || this == SHARED_DIAGNOSTIC || this == ACTION_PLANNING;
    }

    /** {@return whether the convention has been signed by all its parties (it binds them, or did)} */
    public boolean isSigned() {
        return this == SIGNED || this == EVALUATION || this == CLOSED || this == TERMINATED;
    }

    /** {@return whether it is signed and still living: monitored, amended, evaluated (signed, evaluation)} */
    public boolean isLiving() {
        return this == SIGNED || this == EVALUATION;
    }

    /** {@return whether the parties have been asked to sign (awaiting signatures, or signed since)} */
    public boolean isSubmitted() {
        return this == AWAITING_SIGNATURES || isSigned();
    }
}
