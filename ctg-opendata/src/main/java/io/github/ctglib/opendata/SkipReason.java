package io.github.ctglib.opendata;

/** Why a figure of a file was not made an indicator. */
public enum SkipReason {
    /** A row whose territory code is a placeholder ({@code XX}, {@code XXX}), not a territory. */
    PLACEHOLDER_ROW,
    /** The figure is kept secret or missing in the file ({@code s}, empty…). */
    NO_VALUE,
    /** A {@code _hist} series row for a year the current series also gives: the current series is kept. */
    SUPERSEDED_BY_CURRENT_SERIES,
    /**
     * A commune missing from a commune-scale file of data.caf.fr, which covers only communes of more than 10,000
     * inhabitants: its EPCI's figures are used when an EPCI-scale file was given.
     */
    COMMUNE_SCALE_NOT_PUBLISHED,
    /** A territory of the convention the file has no row for (or none for the year asked). */
    NOT_IN_FILE
}
