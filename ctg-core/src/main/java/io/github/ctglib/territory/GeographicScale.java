package io.github.ctglib.territory;

/** The scale a public statistic is published at: a commune, an EPCI, a département, the nation. */
public enum GeographicScale {
    /** A commune, by its INSEE code. */
    COMMUNE,
    /** An EPCI à fiscalité propre, by its SIREN. */
    EPCI,
    /** A département, by its code. */
    DEPARTEMENT,
    /** France as a whole. */
    NATIONAL
}
