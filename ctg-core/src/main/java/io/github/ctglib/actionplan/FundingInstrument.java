package io.github.ctglib.actionplan;

/** How a budget line is funded. */
public enum FundingInstrument {
    /** Prestation de service (PS) paid by the CAF to a facility or service. */
    SERVICE_FUNDING,
    /** Bonus territoire CTG, paid per place only while a CTG is signed. */
    TERRITORY_BONUS,
    /** A subsidy (subvention). */
    SUBSIDY,
    /** The funder's own funds (fonds propres, budget communal). */
    OWN_FUNDS,
    OTHER
}
