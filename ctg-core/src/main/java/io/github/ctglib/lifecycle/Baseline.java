package io.github.ctglib.lifecycle;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Indicator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The diagnostic a renewal starts from: the latest value of each indicator of the predecessor — its
 * diagnostic's figures and its actions' last measurements — one per label and territory.
 */
final class Baseline {

    private Baseline() {}

    static Diagnostic of(Convention predecessor) {
        Map<String, Indicator> latest = new LinkedHashMap<>();
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
        return Diagnostic.builder().addAllIndicators(latest.values()).build();
    }

    private static void keepLatest(Map<String, Indicator> latest, Indicator candidate) {
        String key = candidate.getLabel() + "\u0000" + candidate.getTerritory().orElse("");
        latest.merge(key, candidate, (a, b) -> b.getReferenceYear() >= a.getReferenceYear() ? b : a);
    }
}
