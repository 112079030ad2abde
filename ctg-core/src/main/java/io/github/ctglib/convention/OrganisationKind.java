package io.github.ctglib.convention;

/**
 * The kind of organisation a party (signataire, partenaire) is. Only the bloc communal — a commune or an EPCI
 * à fiscalité propre — counts as the local authority (collectivité) a CTG needs; every other kind co-signs
 * beside the CAF and at least one of them.
 */
public enum OrganisationKind {
    /** Caisse d'allocations familiales. */
    CAF,
    /** Commune (identified by its INSEE code or its SIREN). */
    COMMUNE,
    /**
     * Établissement public de coopération intercommunale à fiscalité propre (communauté de communes,
     * d'agglomération, urbaine, métropole; identified by its SIREN): one of the EPCIs of the official geography.
     */
    EPCI,
    /** Syndicat intercommunal à vocation unique (SIVU): a co-signatory, not the bloc communal. */
    SIVU,
    /** Syndicat intercommunal à vocation multiple (SIVOM), e.g. the SIVOM that co-signs the Brive CTG. */
    SIVOM,
    /** Syndicat mixte (communes, EPCIs and other public bodies together). */
    SYNDICAT_MIXTE,
    /** Pôle d'équilibre territorial et rural (PETR) or pays. */
    PETR,
    /** Centre communal d'action sociale (CCAS). */
    CCAS,
    /** Centre intercommunal d'action sociale (CIAS). */
    CIAS,
    /** Conseil départemental. */
    DEPARTEMENT,
    /** Conseil régional (la Région). */
    REGION,
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
    /** An association (loi 1901), e.g. a centre social's managing association. */
    ASSOCIATION,
    /** Another legal person with a SIREN (société publique locale, fondation, mutuelle…). */
    LEGAL_PERSON,
    /** Any other body. */
    OTHER;

    /**
     * {@return whether it is a commune or an EPCI: the bloc communal, the local authorities (collectivités) a CTG needs
     * at least one of}
     */
    public boolean isLocalAuthority() {
        return this == COMMUNE || this == EPCI;
    }

    /** {@return whether a party of this kind only co-signs: it does not count as the CAF or the local authority} */
    public boolean isCoSignatoryOnly() {
        return this != CAF && !isLocalAuthority();
    }
}
