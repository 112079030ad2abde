package io.github.ctglib.documents;

import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The variables a template sees, every value already written in French (dates, lists, names): the one place
 * that says what {@code {{caf.name}}} or {@code {{#parties}}} mean. The README lists them.
 */
final class TemplateScope {

    private TemplateScope() {}

    /** The convention's variables, with the annexes it carries (number and title) for the articles to cite. */
    static Map<String, Object> of(Convention convention, Geography geography, List<String> annexTitles) {
        Map<String, Object> scope = new LinkedHashMap<>();
        scope.put("id", convention.getId());
        scope.put("title", convention.getTitle());
        scope.put("caf", Map.of("name", convention.getCaf().getName(),
                "departement", geography.departement(convention.getCaf().getDepartementCode())
                        .map(d -> d.name()).orElse(convention.getCaf().getDepartementCode()),
                "departementCode", convention.getCaf().getDepartementCode()));
        scope.put("territory", territory(convention, geography));
        scope.put("validity", Map.of(
                "from", French.date(convention.getValidity().getFrom()),
                "to", French.date(convention.getValidity().getTo()),
                "range", French.range(convention.getValidity()),
                "years", convention.getValidity().getTo().getYear() - convention.getValidity().getFrom().getYear()
                        + 1));
        List<String> fields = convention.getFields().stream().map(FieldOfAction::describe).toList();
        scope.put("fields", fields.stream().map(f -> Map.of("label", f)).toList());
        scope.put("fieldList", String.join(", ", fields));
        List<Map<String, Object>> parties = convention.activeParties().stream().map(TemplateScope::party).toList();
        scope.put("parties", parties);
        scope.put("partyCount", parties.size());
        scope.put("cafParties", parties.stream().filter(p -> (boolean) p.get("isCaf")).toList());
        scope.put("localAuthorities", parties.stream().filter(p -> (boolean) p.get("isLocalAuthority")).toList());
        scope.put("otherParties", parties.stream().filter(p -> (boolean) p.get("isOther")).toList());
        scope.put("hasOtherParties", parties.stream().anyMatch(p -> (boolean) p.get("isOther")));
        List<Axis> axes = convention.getAxes();
        scope.put("axes", axes.stream().map(a -> Map.of("number", a.getNumber(), "title", a.getTitle())).toList());
        int actions = convention.activeActions().size();
        scope.put("actionCount", actions);
        scope.put("hasActions", actions > 0);
        scope.put("noActions", actions == 0);
        List<Coordinator> coordinators = convention.getGovernance().getCoordinators();
        scope.put("coordinators", coordinators.stream().map(c -> Map.of("name", c.getName(), "title", c.getTitle(),
                "employer", c.getEmployer().orElse(""))).toList());
        scope.put("hasCoordinators", !coordinators.isEmpty());
        scope.put("signatureDate", convention.getSignatureDate().map(French::date).orElse(""));
        scope.put("isSigned", convention.getSignatureDate().isPresent());
        List<Map<String, Object>> annexes = new ArrayList<>();
        for (int i = 0; i < annexTitles.size(); i++) {
            annexes.add(Map.of("number", i + 1, "title", annexTitles.get(i)));
        }
        scope.put("annexes", annexes);
        long equipment = convention.getEquipment().stream().filter(e -> e.isActive()).count();
        scope.put("equipmentCount", equipment);
        scope.put("hasEquipment", equipment > 0);
        scope.put("equipmentAnnex", annexTitles.indexOf(ConventionDocument.EQUIPMENT_ANNEX) + 1);
        List<String> inEffect = convention.getAmendments().stream().filter(Amendment::isInEffect)
                .map(a -> "n°" + a.getNumber()).toList();
        scope.put("amendmentsInEffect", String.join(", ", inEffect));
        scope.put("hasAmendmentsInEffect", !inEffect.isEmpty());
        return scope;
    }

    /** The convention's variables plus {@code amendment.*} and the changes it makes ({@code changes}). */
    static Map<String, Object> of(Convention convention, Geography geography, Amendment amendment,
            List<Map<String, Object>> changes) {
        Map<String, Object> scope = of(convention, geography, List.of());
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("number", amendment.getNumber());
        about.put("date", French.date(amendment.getDate()));
        about.put("object", amendment.getObject());
        about.put("effectiveOn", amendment.getEffectiveOn().map(French::date).orElse(""));
        about.put("isInEffect", amendment.isInEffect());
        scope.put("amendment", about);
        scope.put("changes", changes);
        return scope;
    }

    /** "Frontignan (34108)" for each commune, the bundled geography giving the names. */
    static String communeList(Iterable<String> codes, Geography geography) {
        List<String> named = new ArrayList<>();
        for (String code : codes) {
            named.add(geography.commune(code).map(c -> c.name() + " (" + code + ")").orElse(code));
        }
        return String.join(", ", named);
    }

    private static Map<String, Object> territory(Convention convention, Geography geography) {
        Map<String, Object> territory = new LinkedHashMap<>();
        territory.put("communes", convention.getTerritory().getCommuneCodes().stream()
                .map(code -> Map.of("code", code, "name", geography.commune(code).map(c -> c.name()).orElse(code)))
                .toList());
        territory.put("communeList", communeList(convention.getTerritory().getCommuneCodes(), geography));
        territory.put("communeCount", convention.getTerritory().getCommuneCodes().size());
        territory.put("severalCommunes", convention.getTerritory().getCommuneCodes().size() > 1);
        List<String> epcis = convention.getTerritory().getEpciSirens().stream()
                .map(siren -> geography.epci(siren).map(e -> e.name() + " (SIREN " + siren + ")")
                        .orElse("SIREN " + siren))
                .toList();
        territory.put("epcis", epcis.stream().map(e -> Map.of("name", e)).toList());
        territory.put("epciList", String.join(", ", epcis));
        territory.put("hasEpcis", !epcis.isEmpty());
        return territory;
    }

    private static Map<String, Object> party(Signatory party) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("name", party.getName());
        map.put("kind", French.organisation(party.getKind()));
        map.put("identifier", party.getIdentifier().orElse(""));
        map.put("isCaf", party.getKind() == OrganisationKind.CAF);
        map.put("isLocalAuthority", party.getKind().isLocalAuthority());
        map.put("isOther", party.getKind().isCoSignatoryOnly());
        List<Representative> representatives = party.getRepresentatives();
        map.put("representatives", representatives.stream()
                .map(r -> Map.of("name", r.getName(), "title", r.getTitle())).toList());
        map.put("representativeList", representatives.stream().map(r -> r.getName() + ", " + lower(r.getTitle()))
                .collect(Collectors.joining(" et ")));
        map.put("hasMandate", party.getMandate().isPresent());
        party.getMandate().ifPresent(m -> map.put("mandate", mandate(m)));
        return map;
    }

    private static Map<String, Object> mandate(Mandate mandate) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("reference", mandate.getReference());
        map.put("date", French.date(mandate.getDate()));
        map.put("body", mandate.getBody().orElse(""));
        map.put("voteDate", mandate.getVoteDate().map(French::date).orElse(""));
        return map;
    }

    /** A title inside a sentence: "Directeur" reads "directeur" after a comma; acronyms stay as they are. */
    private static String lower(String title) {
        if (title.length() > 1 && Character.isUpperCase(title.charAt(0)) && Character.isLowerCase(title.charAt(1))) {
            return Character.toLowerCase(title.charAt(0)) + title.substring(1);
        }
        return title;
    }
}
