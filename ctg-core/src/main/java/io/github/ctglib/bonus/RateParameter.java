package io.github.ctglib.bonus;

/** The parameters of the territory bonus rates (barème), each a column value of a rates file. */
public enum RateParameter {
    /** Floor of the amount per EAJE place carried over from the previous contract, in euros per place and year. */
    EAJE_CARRIED_OVER_FLOOR(false),
    /** Yearly revaluation of the carried-over amount per place, as a rate (0.02 for +2 %), for the year given. */
    EAJE_CARRIED_OVER_REVALUATION(false),
    /** Euros per new EAJE place and year, keyed by the wealth tranche of the territory. */
    EAJE_NEW_PLACE(true),
    /** Euros per employer-reserved EAJE place (CTRE) and year. */
    EAJE_EMPLOYER_RESERVED_PLACE(false),
    /** Euros per historical ALSH place and year. */
    ALSH_PLACE(false),
    /** Euros per equipment and year, keyed by the equipment's kind (RPE, LAEP, SOCIAL_CENTRE…). */
    PER_EQUIPMENT(true);

    private final boolean keyed;

    RateParameter(boolean keyed) {
        this.keyed = keyed;
    }

    /** Whether its rows carry a key (a tranche, a kind); the others have an empty key. */
    public boolean isKeyed() {
        return keyed;
    }
}
