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
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The territory against a vintage of the official geography, at every stage; the parties against the territory
 * and the geography from the request for signatures on (a draft may still be settling its parties).
 *
 * <p><b>EPCIs.</b> A territory declares none, one or several EPCIs ({@code territory.epciSirens}: a single
 * commune, communes outside any EPCI, a PETR over two EPCIs, a whole département). Each declared SIREN must be
 * an EPCI of the geography; when any is declared, each commune of the territory that belongs to an EPCI must
 * belong to one of the declared ones; a commune outside any EPCI (Île-de-Bréhat, Île-de-Sein, l'Île-d'Yeu…)
 * is never reported for that. A path names the element of the sorted set by its index, as for the communes:
 * {@code territory.epciSirens[1]}, {@code territory.communeCodes[0]}.
 *
 * <p><b>Former communes.</b> A commune code that is no longer a current commune's but that of a commune
 * déléguée or associée ({@link Geography#formerCommune}) is reported as such ({@link RuleCodes#FORMER_COMMUNE}),
 * naming the current commune to use instead, not as an unknown code; the code of a chef-lieu that the commune
 * nouvelle kept is a current commune's and is not reported.
 *
 * <p><b>Vintage.</b> The codes are judged against the geography of the context: of several
 * ({@link io.github.ctglib.territory.Geographies}), the one of the year {@code territory.vintage} records
 * ({@link RuleContext#judging}), else the preferred one.
 * An absent vintage is read as the geography's. A vintage present and other than the geography's year
 * ({@link Geography#vintageYear}) is a warning ({@link RuleCodes#VINTAGE_MISMATCH}): codes may have changed
 * between the two vintages, so the errors on codes may come from that. A geography whose vintage has no year
 * is not compared.
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
            "Each EPCI of the territory exists in the geography.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                int i = 0;
                for (String siren : c.getTerritory().getEpciSirens()) {
                    if (geography.epci(siren).isEmpty()) {
                        f.at("territory.epciSirens[" + i + "]", siren, geography.vintage());
                    }
                    i++;
                }
            });

    static final Rule<Convention> COMMUNE_UNKNOWN = Rule.error(RuleCodes.COMMUNE_UNKNOWN, Applies.always(GEOGRAPHY),
            "Each commune of the territory exists in the geography (a former commune is reported as such, not"
                    + " here).", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                eachCommune(c, (path, code) -> {
                    if (geography.commune(code).isEmpty() && geography.formerCommune(code).isEmpty()) {
                        f.at(path, code, geography.vintage());
                    }
                });
            });

    static final Rule<Convention> FORMER_COMMUNE = Rule.error(RuleCodes.FORMER_COMMUNE, Applies.always(GEOGRAPHY),
            "No commune of the territory is a former commune (a commune déléguée or associée since a merger): the"
                    + " current commune it belongs to is named instead.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                eachCommune(c, (path, code) -> {
                    if (geography.commune(code).isEmpty()) {
                        geography.formerCommune(code).ifPresent(former -> f.at(path, code, former.name(),
                                former.kind().term(), former.commune().name(), former.commune().inseeCode(),
                                geography.vintage()));
                    }
                });
            });

    static final Rule<Convention> VINTAGE_MISMATCH = Rule.warning(RuleCodes.VINTAGE_MISMATCH, Applies.always(GEOGRAPHY),
            "Warning: the territory's vintage, when recorded, is the geography's (absent, it is read as the"
                    + " geography's).", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                OptionalInt year = geography.vintageYear();
                Optional<Integer> recorded = c.getTerritory().getVintage();
                if (recorded.isPresent() && year.isPresent() && recorded.get() != year.getAsInt()) {
                    // as text: a year is not a number to group ("2 019")
                    f.at("territory.vintage", String.valueOf(recorded.get()), geography.vintage(),
                            String.valueOf(year.getAsInt()));
                }
            });

    static final Rule<Convention> COMMUNE_OUTSIDE_EPCI = Rule.error(RuleCodes.COMMUNE_OUTSIDE_EPCI, Applies.always(GEOGRAPHY),
            "Each commune of the territory that belongs to an EPCI belongs to one of the territory's EPCIs, when"
                    + " any is declared.", (c, ctx, f) -> {
                Geography geography = ctx.geography().orElseThrow();
                Set<String> declared = c.getTerritory().getEpciSirens();
                if (declared.stream().map(geography::epci).allMatch(Optional::isEmpty)) {
                    return; // none declared, or none known (EPCI_UNKNOWN says so)
                }
                String names = declared.stream()
                        .map(siren -> geography.epci(siren).map(e -> e.name() + " (" + siren + ")").orElse(siren))
                        .collect(Collectors.joining(", "));
                eachCommune(c, (path, code) -> geography.commune(code)
                        .filter(commune -> commune.epciSiren() != null && !declared.contains(commune.epciSiren()))
                        .ifPresent(commune -> f.at(path, code, commune.name(),
                                geography.epci(commune.epciSiren()).map(Epci::name).orElse(commune.epciSiren()),
                                commune.epciSiren(), names)));
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
            "An EPCI party is one of the territory's EPCIs (or, when none is declared, the EPCI of one of its"
                    + " communes), known to the geography.", (c, ctx, f) -> {
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

    static final List<Rule<Convention>> ALL = List.of(DEPARTEMENT_UNKNOWN, VINTAGE_MISMATCH, EPCI_UNKNOWN,
            COMMUNE_UNKNOWN, FORMER_COMMUNE, COMMUNE_OUTSIDE_EPCI, CAF_DEPARTEMENT_MISMATCH,
            NO_COMMUNE_IN_CAF_DEPARTEMENT, SECOND_CAF, COMMUNE_PARTY_OUTSIDE, EPCI_PARTY_MISMATCH);

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
