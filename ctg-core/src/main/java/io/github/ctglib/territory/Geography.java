package io.github.ctglib.territory;

import java.util.Collection;
import java.util.Optional;

/**
 * The official geography (code officiel géographique, COG) of one vintage: communes, EPCIs and
 * départements. A port: ctg bundles the 2026 vintage ({@link #bundled()}), and an integrator may
 * supply another vintage by implementing this interface.
 */
public interface Geography {

    /** The vintage of the geographic code, for example {@code "COG 2026"}. */
    String vintage();

    /** A current commune by its INSEE code (5 characters, e.g. {@code 34108}). */
    Optional<Commune> commune(String inseeCode);

    /** An EPCI (intercommunalité à fiscalité propre) by its SIREN number. */
    Optional<Epci> epci(String siren);

    /** A département by its code ({@code 34}, {@code 2A}, {@code 974}). */
    Optional<Departement> departement(String code);

    /** The current communes of a département, ordered by INSEE code; empty when the code is unknown. */
    Collection<Commune> communesOf(String departementCode);

    /** Every EPCI, ordered by SIREN. */
    Collection<Epci> epcis();

    /** Every département, ordered by code. */
    Collection<Departement> departements();

    /** The 2026 vintage bundled in ctg-core (Etalab découpage administratif 6.0.0), loaded once. */
    static Geography bundled() {
        return BundledGeography.instance();
    }
}
