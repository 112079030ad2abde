package io.github.ctglib.convention;

/** The kind of organisation a signatory (signataire, partenaire) is. */
public enum OrganisationKind {
    /** Caisse d'allocations familiales. */
    CAF,
    /** Commune (identified by its INSEE code). */
    COMMUNE,
    /** Établissement public de coopération intercommunale (identified by its SIREN). */
    EPCI,
    /** Conseil départemental. */
    DEPARTEMENT,
    /** L'État (préfecture). */
    STATE,
    /** Mutualité sociale agricole. */
    MSA,
    /** Caisse primaire d'assurance maladie. */
    CPAM,
    /** Caisse d'assurance retraite et de la santé au travail. */
    CARSAT,
    /** France Travail (ex Pôle emploi). */
    FRANCE_TRAVAIL,
    /** Any other body. */
    OTHER;

    /** Communes and EPCIs: the local authorities (collectivités) a CTG needs at least one of. */
    public boolean isLocalAuthority() {
        return this == COMMUNE || this == EPCI;
    }
}
