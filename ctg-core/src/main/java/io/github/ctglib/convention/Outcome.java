package io.github.ctglib.convention;

/** How far an action reached its objectives (résultat de l'évaluation). */
public enum Outcome {
    /** Its objectives were reached. */
    ACHIEVED,
    /** Some of its objectives were reached. */
    PARTLY_ACHIEVED,
    /** Its objectives were not reached. */
    NOT_ACHIEVED,
    /** It was given up. */
    ABANDONED
}
