package io.github.ctglib.actionplan;

/** How a budget line is funded (dispositif de financement). */
public enum FundingInstrument {
    /** Prestation de service unique (PSU), the CAF's funding of an EAJE per hour of care. */
    PSU,
    /** Prestation de service ordinaire (PSO). */
    PSO,
    /**
     * Another prestation de service (PS) paid by the CAF to a facility or service — ALSH, RPE, LAEP, animation
     * globale, jeunesse — or one not told apart.
     */
    SERVICE_FUNDING,
    /** Bonus territoire CTG, paid per place only while a CTG is signed. */
    TERRITORY_BONUS,
    /** Fonds publics et territoires (FPT), the CAF's fund for inclusion, handicap and innovation. */
    PUBLIC_FUNDS_AND_TERRITORIES,
    /** Contrat local d'accompagnement à la scolarité (CLAS). */
    CLAS,
    /** Réseau d'écoute, d'appui et d'accompagnement des parents (REAAP). */
    REAAP,
    /** A subsidy of the State. */
    STATE_SUBSIDY,
    /** A subsidy of the Conseil départemental. */
    DEPARTEMENT_SUBSIDY,
    /** Another subsidy (subvention). */
    SUBSIDY,
    /** The funder's own funds (fonds propres, budget communal). */
    OWN_FUNDS,
    /** Families' contributions (participations familiales). */
    FAMILY_CONTRIBUTIONS,
    /** Any other instrument. */
    OTHER
}
