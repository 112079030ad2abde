package io.github.ctglib.equipment;

/**
 * The kinds of equipment (équipements et services) a CTG's annex lists, each with the way the territory bonus
 * counts it ({@link BonusFamily}).
 */
public enum EquipmentKind {
    /** Crèche collective, an EAJE under the PSU. */
    COLLECTIVE_CRECHE(BonusFamily.EAJE),
    /** Multi-accueil, an EAJE under the PSU. */
    MULTI_ACCUEIL(BonusFamily.EAJE),
    /** Crèche familiale (service d'accueil familial), an EAJE under the PSU. */
    FAMILY_CRECHE(BonusFamily.EAJE),
    /** Crèche parentale, an EAJE under the PSU. */
    PARENT_CRECHE(BonusFamily.EAJE),
    /**
     * Micro-crèche funded through the PAJE (complément de libre choix du mode de garde): outside the PSU, and so
     * outside the EAJE bonus.
     */
    MICRO_CRECHE_PAJE(BonusFamily.NONE),
    /** Accueil de loisirs sans hébergement (ALSH), périscolaire. */
    ALSH_PERISCOLAIRE(BonusFamily.ALSH),
    /** Accueil de loisirs sans hébergement (ALSH), extrascolaire. */
    ALSH_EXTRASCOLAIRE(BonusFamily.ALSH),
    /** Accueil de jeunes. */
    YOUTH_CENTRE(BonusFamily.ALSH),
    /** Relais petite enfance (RPE, formerly RAM). */
    RPE(BonusFamily.PER_EQUIPMENT),
    /** Lieu d'accueil enfants-parents (LAEP). */
    LAEP(BonusFamily.PER_EQUIPMENT),
    /** Centre social. */
    SOCIAL_CENTRE(BonusFamily.PER_EQUIPMENT),
    /** Espace de vie sociale (EVS). */
    SOCIAL_LIFE_SPACE(BonusFamily.PER_EQUIPMENT),
    /** Ludothèque. */
    TOY_LIBRARY(BonusFamily.PER_EQUIPMENT),
    /** Foyer de jeunes travailleurs (FJT). */
    YOUNG_WORKERS_HOSTEL(BonusFamily.PER_EQUIPMENT),
    /** A coordination post or another service; funded per equipment when the rates name its kind. */
    OTHER(BonusFamily.PER_EQUIPMENT);

    /** How the territory bonus counts an equipment of a kind. */
    public enum BonusFamily {
        /** Per place: places carried over from the previous contract, new places, employer-reserved places. */
        EAJE,
        /** Per place, from the historical number of places written in the CTG (not from activity). */
        ALSH,
        /** A flat amount per equipment, from the rates. */
        PER_EQUIPMENT,
        /** No territory bonus. */
        NONE
    }

    private final BonusFamily bonusFamily;

    EquipmentKind(BonusFamily bonusFamily) {
        this.bonusFamily = bonusFamily;
    }

    /** How the territory bonus counts this kind. */
    public BonusFamily bonusFamily() {
        return bonusFamily;
    }

    /** Whether its capacity is counted in places (an EAJE, a micro-crèche, an ALSH) rather than per equipment. */
    public boolean countsPlaces() {
        return bonusFamily == BonusFamily.EAJE || bonusFamily == BonusFamily.ALSH || this == MICRO_CRECHE_PAJE;
    }
}
