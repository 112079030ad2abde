package io.github.ctglib.opendata;

import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableDiagnostic;
import io.github.ctglib.convention.Indicator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A diagnostic with loaded indicators: an indicator of the same label, territory, reference year and dataset as one
 * already there replaces it (updated, or unchanged when equal), the others are added after those already there.
 * The needs and every other indicator are kept.
 *
 * @param diagnostic the diagnostic to record
 * @param added      the indicators it did not have
 * @param updated    the indicators that replace one of another value, unit, source or address
 * @param unchanged  the indicators it had already, equal
 */
public record DiagnosticUpdate(Diagnostic diagnostic, List<Indicator> added, List<Indicator> updated,
        List<Indicator> unchanged) {

    /**
     * Copies the lists.
     *
     * @param diagnostic the diagnostic to record
     * @param added      the indicators it did not have
     * @param updated    the indicators that replace one of another value
     * @param unchanged  the indicators it had already
     */
    public DiagnosticUpdate {
        Objects.requireNonNull(diagnostic, "diagnostic");
        added = List.copyOf(added);
        updated = List.copyOf(updated);
        unchanged = List.copyOf(unchanged);
    }

    /**
     * {@code existing} with {@code loaded} added or in place of those they update.
     *
     * @param existing the diagnostic as recorded
     * @param loaded   the indicators loaded (of two of one key, the last counts)
     * @return the diagnostic to record, and what changed
     */
    public static DiagnosticUpdate of(Diagnostic existing, List<Indicator> loaded) {
        Map<Key, Indicator> incoming = new LinkedHashMap<>();
        for (Indicator indicator : loaded) {
            incoming.put(Key.of(indicator), indicator); // of two of one key in the files, the last one read
        }
        List<Indicator> indicators = new ArrayList<>();
        List<Indicator> updated = new ArrayList<>();
        List<Indicator> unchanged = new ArrayList<>();
        for (Indicator indicator : existing.getIndicators()) {
            Indicator replacement = incoming.remove(Key.of(indicator));
            if (replacement == null) {
                indicators.add(indicator);
            } else {
                indicators.add(replacement);
                (replacement.equals(indicator) ? unchanged : updated).add(replacement);
            }
        }
        List<Indicator> added = new ArrayList<>(incoming.values());
        indicators.addAll(added);
        Diagnostic diagnostic = ImmutableDiagnostic.copyOf(existing).withIndicators(indicators);
        return new DiagnosticUpdate(diagnostic, added, updated, unchanged);
    }

    /**
     * Whether it changes the diagnostic.
     *
     * @return true when an indicator is added or updated
     */
    public boolean changes() {
        return !added.isEmpty() || !updated.isEmpty();
    }

    /** What identifies an indicator among those of a diagnostic. */
    private record Key(String label, Optional<String> territory, int year, Optional<String> dataset) {
        static Key of(Indicator i) {
            return new Key(i.getLabel(), i.getTerritory(), i.getReferenceYear(), i.getDataset());
        }
    }
}
