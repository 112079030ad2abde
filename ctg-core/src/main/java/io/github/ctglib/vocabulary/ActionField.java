package io.github.ctglib.vocabulary;

/**
 * A field of action (champ d'intervention, thématique) a convention or an action covers.
 * {@link #OTHER} needs a label on its {@link FieldOfAction}.
 */
public enum ActionField {
    /** Petite enfance. */
    EARLY_CHILDHOOD("petite enfance", "early childhood"),
    /** Enfance. */
    CHILDHOOD("enfance", "childhood"),
    /** Jeunesse. */
    YOUTH("jeunesse", "youth"),
    /** Parentalité (accompagnement à la parentalité). */
    PARENTHOOD("parentalité", "parenthood support"),
    /** Animation de la vie sociale (centres sociaux, espaces de vie sociale). */
    SOCIAL_LIFE("animation de la vie sociale", "community life"),
    /** Accès aux droits et aux services. */
    ACCESS_TO_RIGHTS("accès aux droits", "access to rights"),
    /** Inclusion numérique. */
    DIGITAL_INCLUSION("inclusion numérique", "digital inclusion"),
    /** Logement et amélioration du cadre de vie. */
    HOUSING("logement et cadre de vie", "housing and living environment"),
    /** Handicap. */
    DISABILITY("handicap", "disability"),
    /** Accompagnement social. */
    SOCIAL_SUPPORT("accompagnement social", "social support"),
    /** Autre champ, nommé par son libellé. */
    OTHER("autre", "other");

    private final String french;
    private final String english;

    ActionField(String french, String english) {
        this.french = french;
        this.english = english;
    }

    /** {@return its name in French, e.g. "petite enfance"} */
    public String french() {
        return french;
    }

    /** {@return its name in English, e.g. "early childhood"} */
    public String english() {
        return english;
    }
}
