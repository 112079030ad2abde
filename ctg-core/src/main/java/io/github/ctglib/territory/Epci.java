package io.github.ctglib.territory;

import java.util.List;
import java.util.Objects;

/**
 * An EPCI à fiscalité propre (intercommunalité: CC, CA, CU, métropole).
 *
 * @param siren             the SIREN number (9 digits, Luhn checksum)
 * @param name              the official name, e.g. "CA Sète Agglopôle Méditerranée"
 * @param kind              the legal kind as published: CC, CA, CU, METRO, MET69
 * @param memberInseeCodes  the INSEE codes of its member communes, ordered
 */
public record Epci(String siren, String name, String kind, List<String> memberInseeCodes) {

    /**
     * An EPCI; the member codes are copied.
     *
     * @param siren the SIREN number
     * @param name the official name
     * @param kind the legal kind as published
     * @param memberInseeCodes the INSEE codes of its member communes, ordered
     */
    public Epci {
        Objects.requireNonNull(siren, "siren");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        memberInseeCodes = List.copyOf(memberInseeCodes);
    }
}
