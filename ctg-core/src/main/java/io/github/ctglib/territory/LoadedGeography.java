package io.github.ctglib.territory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A geography held in memory from values already checked for consistency ({@link EtalabGeography} checks them):
 * immutable and safe to share between threads, ordered as {@link Geography} promises.
 */
final class LoadedGeography implements Geography {

    private final String vintage;
    private final String source;
    private final Map<String, Commune> communes = new HashMap<>();
    private final Map<String, Epci> epcis = new HashMap<>();
    private final Map<String, Departement> departements = new HashMap<>();
    private final Map<String, List<Commune>> communesByDepartement = new HashMap<>();
    private final Map<String, FormerCommune> formerCommunes = new HashMap<>();
    private final List<Epci> epciList;
    private final List<Departement> departementList;
    private final List<FormerCommune> formerCommuneList;

    LoadedGeography(String vintage, String source, Collection<Commune> communes, Collection<Epci> epcis,
            Collection<Departement> departements, Collection<FormerCommune> formers) {
        this.vintage = Objects.requireNonNull(vintage, "vintage");
        this.source = Objects.requireNonNull(source, "source");
        List<Commune> sorted = new ArrayList<>(communes);
        sorted.sort(Comparator.comparing(Commune::inseeCode));
        Map<String, List<Commune>> byDepartement = new HashMap<>();
        for (Commune commune : sorted) {
            this.communes.put(commune.inseeCode(), commune);
            byDepartement.computeIfAbsent(commune.departementCode(), d -> new ArrayList<>()).add(commune);
        }
        byDepartement.forEach((code, list) -> communesByDepartement.put(code, List.copyOf(list)));
        this.epciList = epcis.stream().sorted(Comparator.comparing(Epci::siren)).toList();
        epciList.forEach(e -> this.epcis.put(e.siren(), e));
        this.departementList = departements.stream().sorted(Comparator.comparing(Departement::code)).toList();
        departementList.forEach(d -> this.departements.put(d.code(), d));
        this.formerCommuneList = formers.stream().sorted(Comparator.comparing(FormerCommune::inseeCode)).toList();
        formerCommuneList.forEach(f -> this.formerCommunes.put(f.inseeCode(), f));
    }

    @Override
    public String vintage() {
        return vintage;
    }

    @Override
    public Optional<Commune> commune(String inseeCode) {
        return Optional.ofNullable(communes.get(Objects.requireNonNull(inseeCode, "inseeCode")));
    }

    @Override
    public Optional<FormerCommune> formerCommune(String inseeCode) {
        return Optional.ofNullable(formerCommunes.get(Objects.requireNonNull(inseeCode, "inseeCode")));
    }

    @Override
    public Collection<FormerCommune> formerCommunes() {
        return formerCommuneList;
    }

    @Override
    public Optional<Epci> epci(String siren) {
        return Optional.ofNullable(epcis.get(Objects.requireNonNull(siren, "siren")));
    }

    @Override
    public Optional<Departement> departement(String code) {
        return Optional.ofNullable(departements.get(Objects.requireNonNull(code, "code")));
    }

    @Override
    public Collection<Commune> communesOf(String departementCode) {
        return communesByDepartement.getOrDefault(Objects.requireNonNull(departementCode, "departementCode"),
                List.of());
    }

    @Override
    public Collection<Epci> epcis() {
        return epciList;
    }

    @Override
    public Collection<Departement> departements() {
        return departementList;
    }

    @Override
    public String toString() {
        return "Geography[" + vintage + " from " + source + ", " + communes.size() + " communes, " + epcis.size()
                + " EPCIs, " + departements.size() + " départements, " + formerCommuneList.size()
                + " former communes]";
    }
}
