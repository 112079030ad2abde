package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.ActionField;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Period;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Geography;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** The guards of the lifecycle, one method each; {@link ConventionLifecycle} decides when each applies. */
final class LifecycleGuards {

    private LifecycleGuards() {}

    static void stage(Convention c, Set<Stage> allowed, String what, List<Violation> out) {
        if (!allowed.contains(c.getStage())) {
            out.add(Violation.error(RuleCodes.STAGE, "stage", c.getStage(), what));
        }
    }

    /** Petite enfance, jeunesse, parentalité (by default) plus enough other fields. */
    static void scope(Convention c, CtgPolicy policy, List<Violation> out) {
        Set<ActionField> missing = EnumSet.noneOf(ActionField.class);
        policy.getRequiredFields().stream().filter(f -> !c.covers(f)).forEach(missing::add);
        long others = c.getFields().stream().filter(f -> !policy.getRequiredFields().contains(f.getKind())).count();
        if (!missing.isEmpty() || others < policy.getMinimumOtherFields()) {
            out.add(Violation.error(RuleCodes.SCOPE, "fields", french(policy.getRequiredFields()),
                    policy.getMinimumOtherFields(), missing.isEmpty() ? "-" : french(missing)));
        }
    }

    private static String french(Collection<ActionField> fields) {
        return fields.stream().map(ActionField::french).collect(Collectors.joining(", "));
    }

    static void validityLength(Period validity, CtgPolicy policy, String path, List<Violation> out) {
        var dayAfter = validity.getTo().plusDays(1);
        if (dayAfter.isBefore(validity.getFrom().plusYears(policy.getMinimumValidityYears()))
                || dayAfter.isAfter(validity.getFrom().plusYears(policy.getMaximumValidityYears()))) {
            out.add(Violation.error(RuleCodes.VALIDITY_LENGTH, path,
                    ChronoUnit.MONTHS.between(validity.getFrom(), dayAfter),
                    policy.getMinimumValidityYears(), policy.getMaximumValidityYears()));
        }
    }

    /**
     * The convention's CAF and a local authority among the parties; another CAF only where the territory
     * crosses départements.
     */
    static void parties(Convention c, Geography geography, List<Violation> out) {
        String cafName = c.getCaf().getName();
        List<Signatory> parties = c.getSignatories();
        if (parties.stream().noneMatch(s -> s.getKind() == OrganisationKind.CAF && s.getName().equals(cafName))) {
            out.add(Violation.error(RuleCodes.CAF_NOT_PARTY, "signatories", cafName));
        }
        if (parties.stream().noneMatch(s -> s.getKind().isLocalAuthority())) {
            out.add(Violation.error(RuleCodes.NO_LOCAL_AUTHORITY, "signatories"));
        }
        TreeSet<String> departements = c.getTerritory().getCommuneCodes().stream()
                .map(geography::commune).flatMap(Optional::stream).map(Commune::departementCode)
                .collect(Collectors.toCollection(TreeSet::new));
        if (departements.size() <= 1) {
            for (int i = 0; i < parties.size(); i++) {
                Signatory s = parties.get(i);
                if (s.getKind() == OrganisationKind.CAF && !s.getName().equals(cafName)) {
                    out.add(Violation.error(RuleCodes.SECOND_CAF, "signatories[" + i + "]", s.getName(),
                            departements.isEmpty() ? c.getCaf().getDepartementCode() : departements.first()));
                }
            }
        }
    }

    static void diagnostic(Convention c, List<Violation> out) {
        if (c.getDiagnostic().getIndicators().isEmpty()) {
            out.add(Violation.error(RuleCodes.DIAGNOSTIC_EMPTY, "diagnostic.indicators"));
        }
        if (c.getActions().isEmpty()) {
            out.add(Violation.warning(RuleCodes.PLAN_EMPTY, "actions"));
        }
    }

    /**
     * No commune in {@code communes} may be covered by another signed convention whose effective period
     * overlaps {@code period}.
     */
    static void exclusivity(Convention c, Collection<String> communes, Period period, String path,
            ConventionRepository repository, List<Violation> out) {
        for (String commune : communes) {
            for (Convention other : repository.search(ConventionQuery.byCommune(commune))) {
                Optional<Period> effective = other.effectivePeriod();
                if (!other.getId().equals(c.getId()) && effective.isPresent() && effective.get().overlaps(period)) {
                    out.add(Violation.error(RuleCodes.TERRITORY_TAKEN, path, commune, other.getId(),
                            effective.get().getFrom(), effective.get().getTo()));
                }
            }
        }
    }
}
