package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Stage;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.vocabulary.ActionField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The summaries of a store's current documents, with an index per search criterion, so that a search looks
 * at a handful of conventions rather than read them all. It only narrows: the store decides each candidate
 * with {@link ConventionQuery#matches} on the whole convention, so the answers are those of the reference
 * semantics by construction. Not thread-safe: the store guards it.
 */
final class ConventionIndex {

    private final NavigableMap<String, DocumentSummary> byId = new TreeMap<>();
    private final Map<String, Set<String>> byCommune = new HashMap<>();
    private final Map<String, Set<String>> byEpci = new HashMap<>();
    private final Map<String, Set<String>> byDepartement = new HashMap<>();
    private final Map<Stage, Set<String>> byStage = new EnumMap<>(Stage.class);
    private final Map<ActionField, Set<String>> byField = new EnumMap<>(ActionField.class);
    /** By the last day of validity: "ending from/to" and "in force on" (which needs validity.to ≥ day). */
    private final NavigableMap<LocalDate, Set<String>> byValidityEnd = new TreeMap<>();

    int size() {
        return byId.size();
    }

    Optional<DocumentSummary> get(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Every id, in order. */
    List<String> ids() {
        return new ArrayList<>(byId.keySet());
    }

    void put(DocumentSummary summary) {
        String id = summary.id();
        remove(id);
        byId.put(id, summary);
        summary.communes().forEach(code -> add(byCommune, code, id));
        summary.epcis().forEach(siren -> add(byEpci, siren, id));
        add(byDepartement, summary.departement(), id);
        add(byStage, summary.stage(), id);
        summary.fields().forEach(kind -> add(byField, kind, id));
        add(byValidityEnd, summary.validityTo(), id);
    }

    void remove(String id) {
        DocumentSummary old = byId.remove(id);
        if (old == null) {
            return;
        }
        old.communes().forEach(code -> drop(byCommune, code, id));
        old.epcis().forEach(siren -> drop(byEpci, siren, id));
        drop(byDepartement, old.departement(), id);
        drop(byStage, old.stage(), id);
        old.fields().forEach(kind -> drop(byField, kind, id));
        drop(byValidityEnd, old.validityTo(), id);
    }

    /**
     * The ids that may match {@code query}, in order: the smallest set that an index gives for one of its
     * criteria, or every id when it has none an index serves.
     */
    List<String> candidates(ConventionQuery query) {
        List<Collection<String>> options = new ArrayList<>();
        query.getCommuneCode().ifPresent(code -> options.add(lookup(byCommune, code)));
        query.getEpciSiren().ifPresent(siren -> options.add(lookup(byEpci, siren)));
        query.getCafDepartement().ifPresent(code -> options.add(lookup(byDepartement, code)));
        query.getStage().ifPresent(stage -> options.add(lookup(byStage, stage)));
        query.getField().ifPresent(field -> options.add(lookup(byField, field)));
        validityEndRange(query).ifPresent(options::add);
        Optional<Collection<String>> smallest = options.stream().min(Comparator.comparingInt(Collection::size));
        if (smallest.isEmpty()) {
            return ids();
        }
        List<String> ids = new ArrayList<>(smallest.get());
        ids.sort(Comparator.naturalOrder());
        return ids;
    }

    private Optional<Collection<String>> validityEndRange(ConventionQuery query) {
        Optional<LocalDate> from = latest(query.getEndingFrom(), query.getInForceOn());
        Optional<LocalDate> to = query.getEndingTo();
        if (from.isEmpty() && to.isEmpty()) {
            return Optional.empty();
        }
        NavigableMap<LocalDate, Set<String>> range = byValidityEnd;
        if (from.isPresent()) {
            range = range.tailMap(from.get(), true);
        }
        if (to.isPresent()) {
            range = range.headMap(to.get(), true);
        }
        Set<String> ids = new HashSet<>();
        range.values().forEach(ids::addAll);
        return Optional.of(ids);
    }

    private static Optional<LocalDate> latest(Optional<LocalDate> a, Optional<LocalDate> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() || a.get().isAfter(b.get()) ? a : b;
    }

    private static <K> Collection<String> lookup(Map<K, Set<String>> index, K key) {
        return index.getOrDefault(key, Set.of());
    }

    private static <K> void add(Map<K, Set<String>> index, K key, String id) {
        index.computeIfAbsent(key, k -> new HashSet<>()).add(id);
    }

    private static <K> void drop(Map<K, Set<String>> index, K key, String id) {
        Set<String> ids = index.get(key);
        if (ids != null && ids.remove(id) && ids.isEmpty()) {
            index.remove(key);
        }
    }
}
