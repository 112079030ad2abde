package io.github.ctglib.lifecycle;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableIndicator;
import io.github.ctglib.convention.Indicator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The diagnostic a renewal starts from: the latest value of each indicator of the predecessors — their
 * diagnostics' figures and their actions' last measurements (withdrawn actions included: what was measured
 * stays known) — one per label and territory.
 */
final class Baseline {

    private Baseline() {}

    static Diagnostic of(Convention predecessor) {
        return of(List.of(predecessor));
    }

    /**
     * The baseline of a renewal from several conventions: the latest value of each indicator (by label and
     * territory) of each of them. With several predecessors, a figure of a predecessor's whole territory now
     * describes a part of the successor's: it is given that part as its territory (the predecessor's EPCI SIREN,
     * else its commune's INSEE code, else "Territoire de la CTG id"), so that the figures of each are kept side by
     * side.
     */
    static Diagnostic of(List<Convention> predecessors) {
        Map<String, Indicator> latest = new LinkedHashMap<>();
        predecessors.forEach(p -> collect(p, latest, predecessors.size() > 1));
        return Diagnostic.builder().addAllIndicators(latest.values()).build();
    }

    private static void collect(Convention predecessor, Map<String, Indicator> latest, boolean onePart) {
        Map<String, Indicator> own = new LinkedHashMap<>();
        collect(predecessor, own);
        String part = partOf(predecessor);
        own.values().forEach(i -> keepLatest(latest, onePart && i.getTerritory().isEmpty()
                ? ImmutableIndicator.copyOf(i).withTerritory(part) : i));
    }

    private static String partOf(Convention c) {
        if (c.getTerritory().getEpciSirens().size() == 1) {
            return c.getTerritory().getEpciSirens().first();
        }
        if (c.getTerritory().getCommuneCodes().size() == 1) {
            return c.getTerritory().getCommuneCodes().first();
        }
        return "Territoire de la CTG " + c.getId();
    }

    private static void collect(Convention predecessor, Map<String, Indicator> latest) {
        predecessor.getDiagnostic().getIndicators().forEach(i -> keepLatest(latest, i));
        String source = "Suivi de la CTG " + predecessor.getId();
        for (ActionSheet action : predecessor.getActions()) {
            for (ActionIndicator indicator : action.getIndicators()) {
                Optional<Measurement> last = indicator.latest();
                last.ifPresent(m -> keepLatest(latest, Indicator.builder().label(indicator.getLabel())
                        .value(m.getValue()).unit(indicator.getUnit()).referenceYear(m.getDate().getYear())
                        .source(source).build()));
            }
        }
    }

    private static void keepLatest(Map<String, Indicator> latest, Indicator candidate) {
        String key = candidate.getLabel() + "\u0000" + candidate.getTerritory().orElse("");
        latest.merge(key, candidate, (a, b) -> b.getReferenceYear() >= a.getReferenceYear() ? b : a);
    }
}
