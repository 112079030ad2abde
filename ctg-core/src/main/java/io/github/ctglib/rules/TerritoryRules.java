package io.github.ctglib.rules;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** A convention's territory against a vintage of the official geography. */
final class TerritoryRules {

    private TerritoryRules() {}

    static void check(Convention c, Geography geography, List<Violation> out) {
        String cafDepartement = c.getCaf().getDepartementCode();
        if (geography.departement(cafDepartement).isEmpty()) {
            out.add(Violation.error(RuleCodes.DEPARTEMENT_UNKNOWN, "caf.departementCode", cafDepartement,
                    geography.vintage()));
        }
        Optional<String> declaredEpci = c.getTerritory().getEpciSiren();
        Optional<Epci> epci = declaredEpci.flatMap(geography::epci);
        if (declaredEpci.isPresent() && epci.isEmpty()) {
            out.add(Violation.error(RuleCodes.EPCI_UNKNOWN, "territory.epciSiren", declaredEpci.get(),
                    geography.vintage()));
        }
        checkCommunes(c.getTerritory().getCommuneCodes(), "territory.communeCodes", cafDepartement, epci, geography,
                out);
    }

    static void checkCommunes(Collection<String> codes, String path, String cafDepartement, Optional<Epci> epci,
            Geography geography, List<Violation> out) {
        int i = 0;
        for (String code : codes) {
            String at = path + "[" + i++ + "]";
            Optional<Commune> commune = geography.commune(code);
            if (commune.isEmpty()) {
                out.add(Violation.error(RuleCodes.COMMUNE_UNKNOWN, at, code, geography.vintage()));
                continue;
            }
            if (epci.isPresent() && !epci.get().siren().equals(commune.get().epciSiren())) {
                out.add(Violation.error(RuleCodes.COMMUNE_OUTSIDE_EPCI, at, code, commune.get().name(),
                        epci.get().name()));
            }
            if (!commune.get().departementCode().equals(cafDepartement)) {
                out.add(Violation.warning(RuleCodes.CAF_DEPARTEMENT_MISMATCH, at, code, commune.get().name(),
                        commune.get().departementCode(), cafDepartement));
            }
        }
    }
}
