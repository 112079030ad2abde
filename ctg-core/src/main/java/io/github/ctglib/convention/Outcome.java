package io.github.ctglib.convention;

/** How far an action reached its objectives (résultat de l'évaluation). */
public enum Outcome {
    ACHIEVED,
    PARTLY_ACHIEVED,
    NOT_ACHIEVED,
    ABANDONED
}
