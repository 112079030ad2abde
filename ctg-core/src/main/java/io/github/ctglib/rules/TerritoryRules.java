package io.github.ctglib.rules;

import static io.github.ctglib.rules.Applies.Kind.GEOGRAPHY;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Patterns;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The territory against a vintage of the official geography, at every stage; the parties against the territory
 * and the geography from the request for signatures on (a draft may still be settling its parties).
 */
final class TerritoryRules {

    private TerritoryRules() {}

    private static Applies submitted() {
        return Applies.at(GEOGRAPHY, Stage::isSubmitted);
    }

    static final Rule<Convention> DEPARTEMENT_UNKNOWN = Rule.error(RuleCodes.DEPARTEMENT_UNKNOWN, Applies.always(GEOGRAPHY),
            "The CAF's département exists in the geography.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                String code = c.getCaf().getDepartementCode();
                if (geography.departement(code).isEmpty()) {
                    f.at("caf.departementCode", code, geography.vintage());
                }
            });

    static final Rule<Convention> EPCI_UNKNOWN = Rule.error(RuleCodes.EPCI_UNKNOWN, Applies.always(GEOGRAPHY),
            "The territory's EPCI exists in the geography.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                c.getTerritory().getEpciSirens().stream().filter(siren -> geography.epci(siren).isEmpty())
                        .forEach(siren -> f.at("territory.epciSirens", siren, geography.vintage()));
            });

    static final Rule<Convention> COMMUNE_UNKNOWN = Rule.error(RuleCodes.COMMUNE_UNKNOWN, Applies.always(GEOGRAPHY),
            "Each commune of the territory exists in the geography.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                eachCommune(c, (path, code) -> {
                    if (geography.commune(code).isEmpty()) {
                        f.at(path, code, geography.vintage());
                    }
                });
            });

    static final Rule<Convention> COMMUNE_OUTSIDE_EPCI = Rule.error(RuleCodes.COMMUNE_OUTSIDE_EPCI, Applies.always(GEOGRAPHY),
            "Each commune of the territory that belongs to an EPCI belongs to one of the territory's EPCIs, when"
                    + " any is declared.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                List<Epci> epcis = c.getTerritory().getEpciSirens().stream().map(geography::epci)
                        .flatMap(Optional::stream).toList();
                if (epcis.isEmpty()) {
                    return;
                }
                String names = epcis.stream().map(Epci::name).collect(Collectors.joining(", "));
                eachCommune(c, (path, code) -> geography.commune(code)
                        .filter(commune -> commune.epciSiren() != null
                                && !c.getTerritory().getEpciSirens().contains(commune.epciSiren()))
                        .ifPresent(commune -> f.at(path, code, commune.name(), names)));
            });

    static final Rule<Convention> CAF_DEPARTEMENT_MISMATCH = Rule.warning(RuleCodes.CAF_DEPARTEMENT_MISMATCH,
            Applies.always(GEOGRAPHY), "Warning: each commune lies in the CAF's département (an EPCI may straddle two).",
            (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                String caf = c.getCaf().getDepartementCode();
                if (hasCommuneIn(c, geography, caf)) {
                    eachCommune(c, (path, code) -> geography.commune(code)
                            .filter(commune -> !commune.departementCode().equals(caf))
                            .ifPresent(commune -> f.at(path, code, commune.name(), commune.departementCode(), caf)));
                }
            });

    static final Rule<Convention> NO_COMMUNE_IN_CAF_DEPARTEMENT = Rule.error(RuleCodes.NO_COMMUNE_IN_CAF_DEPARTEMENT,
            Applies.always(GEOGRAPHY), "At least one commune of the territory lies in the CAF's département.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                String caf = c.getCaf().getDepartementCode();
                Set<String> departements = departements(c, geography);
                if (!departements.isEmpty() && !departements.contains(caf)) {
                    f.at("territory.communeCodes", caf, String.join(", ", departements));
                }
            });

    static final Rule<Convention> SECOND_CAF = Rule.error(RuleCodes.SECOND_CAF, submitted(),
            "A CAF other than the convention's co-signs only where the territory crosses départements.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                TreeSet<String> departements = departements(c, geography);
                if (departements.size() > 1) {
                    return;
                }
                String cafName = c.getCaf().getName();
                String only = departements.isEmpty() ? c.getCaf().getDepartementCode() : departements.first();
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    if (s.getKind() == OrganisationKind.CAF && !s.getName().equals(cafName)) {
                        f.at("signatories[" + i + "]", s.getName(), only);
                    }
                }
            });

    static final Rule<Convention> COMMUNE_PARTY_OUTSIDE = Rule.error(RuleCodes.COMMUNE_PARTY_OUTSIDE, submitted(),
            "A commune party identified by its INSEE code or its SIREN is a commune of the territory, as the geography"
                    + " knows it.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                Set<String> sirens = c.getTerritory().getCommuneCodes().stream().map(geography::commune)
                        .flatMap(Optional::stream).map(Commune::sirenNumber).flatMap(Optional::stream)
                        .collect(Collectors.toSet());
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    Optional<String> id = s.getIdentifier();
                    if (s.getKind() != OrganisationKind.COMMUNE || id.isEmpty()) {
                        continue;
                    }
                    boolean ofTheTerritory = id.get().matches(Patterns.INSEE)
                            ? c.getTerritory().getCommuneCodes().contains(id.get())
                                    && geography.commune(id.get()).isPresent()
                            : !id.get().matches(Patterns.SIREN) || sirens.contains(id.get());
                    if (!ofTheTerritory) {
                        f.at("signatories[" + i + "].identifier", s.getName(), id.get());
                    }
                }
            });

    static final Rule<Convention> EPCI_PARTY_MISMATCH = Rule.error(RuleCodes.EPCI_PARTY_MISMATCH, submitted(),
            "An EPCI party is the territory's EPCI (or, when none is declared, the EPCI of one of its communes),"
                    + " known to the geography.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                Set<String> declared = c.getTerritory().getEpciSirens();
                Set<String> territoryEpcis = !declared.isEmpty() ? declared : (
                        c.getTerritory().getCommuneCodes().stream().map(geography::commune).flatMap(Optional::stream)
                                .map(Commune::epciSiren).filter(java.util.Objects::nonNull).collect(Collectors.toSet()));
                for (int i = 0; i < c.getSignatories().size(); i++) {
                    Signatory s = c.getSignatories().get(i);
                    Optional<String> siren = s.getIdentifier();
                    if (s.getKind() == OrganisationKind.EPCI && siren.isPresent()
                            && (geography.epci(siren.get()).isEmpty() || !territoryEpcis.contains(siren.get()))) {
                        f.at("signatories[" + i + "].identifier", s.getName(), siren.get());
                    }
                }
            });

    static final List<Rule<Convention>> ALL = List.of(DEPARTEMENT_UNKNOWN, EPCI_UNKNOWN, COMMUNE_UNKNOWN,
            COMMUNE_OUTSIDE_EPCI, CAF_DEPARTEMENT_MISMATCH, NO_COMMUNE_IN_CAF_DEPARTEMENT, SECOND_CAF,
            COMMUNE_PARTY_OUTSIDE, EPCI_PARTY_MISMATCH);

    private interface CommuneVisitor {
        void visit(String path, String inseeCode);
    }

    private static void eachCommune(Convention c, CommuneVisitor visitor) {
        int i = 0;
        for (String code : c.getTerritory().getCommuneCodes()) {
            visitor.visit("territory.communeCodes[" + i++ + "]", code);
        }
    }

    private static TreeSet<String> departements(Convention c, Geography geography) {
        return c.getTerritory().getCommuneCodes().stream().map(geography::commune).flatMap(Optional::stream)
                .map(Commune::departementCode).collect(Collectors.toCollection(TreeSet::new));
    }

    private static boolean hasCommuneIn(Convention c, Geography geography, String departement) {
        return departements(c, geography).contains(departement);
    }
}
