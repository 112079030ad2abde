package io.github.ctglib.territory;

import java.util.Objects;
import java.util.Optional;

/**
 * A current commune of the official geography.
 *
 * @param inseeCode       the INSEE code (code commune, 5 characters)
 * @param name            the official name
 * @param departementCode the code of its département
 * @param epciSiren       the SIREN of the EPCI it belongs to, or {@code null} for the few communes outside any EPCI
 * @param population      the municipal population of the vintage
 * @param siren           the commune's own SIREN (213401086 for Frontignan), or {@code null} where the source gives
 *     none
 */
public record Commune(String inseeCode, String name, String departementCode, String epciSiren, int population,
        String siren) {

    /**
     * A commune; its INSEE code, name and département are required.
     *
     * @param inseeCode the INSEE code (code commune, 5 characters)
     * @param name the official name
     * @param departementCode the code of its département
     * @param epciSiren the SIREN of its EPCI, or {@code null}
     * @param population the municipal population of the vintage
     * @param siren the commune's own SIREN, or {@code null}
     */
    public Commune {
        Objects.requireNonNull(inseeCode, "inseeCode");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(departementCode, "departementCode");
    }

    /** {@return the commune's own SIREN, as a legal person, when the geography gives it} */
    public Optional<String> sirenNumber() {
        return Optional.ofNullable(siren);
    }

    /** {@return the SIREN of the EPCI this commune belongs to, when it belongs to one} */
    public Optional<String> epci() {
        return Optional.ofNullable(epciSiren);
    }
}
