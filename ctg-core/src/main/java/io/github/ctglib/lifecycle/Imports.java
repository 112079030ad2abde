package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.CommandRules;
import io.github.ctglib.rules.OtherConventions;
import io.github.ctglib.rules.RuleBook;
import io.github.ctglib.rules.RuleContext;
import io.github.ctglib.rules.Violation;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The import use case: conventions that enter the store together, each judged as of its stage against the
 * store and the others, then stored all or none.
 */
final class Imports {

    private static final Logger LOG = LoggerFactory.getLogger(Imports.class);

    /** Past this many communes, the store is read once rather than searched commune by commune. */
    private static final int COMMUNES_SEARCHED_ONE_BY_ONE = 500;

    /** Who a change is recorded under, the violations of a scoped view's actor rule added to {@code out}. */
    interface ActingAs {
        String resolve(String named, List<Violation> out);
    }

    private final ConventionRepository repository;
    private final ConventionRepository everyConvention;
    private final RuleContext rules;
    private final Clock clock;
    private final ActingAs actingAs;

    /**
     * @param repository      where the conventions are stored (a scoped view refuses what the actor may not store)
     * @param everyConvention every stored convention, whatever the scope, for the rules against the store
     */
    Imports(ConventionRepository repository, ConventionRepository everyConvention, RuleContext rules, Clock clock,
            ActingAs actingAs) {
        this.repository = repository;
        this.everyConvention = everyConvention;
        this.rules = rules;
        this.clock = clock;
        this.actingAs = actingAs;
    }

    ImportResult documents(List<IncomingDocument> documents, String actor) {
        List<Violation> refused = new ArrayList<>();
        String who = actingAs.resolve(actor, refused);
        if (!refused.isEmpty()) {
            throw new AccessRefusedException(who, refused);
        }
        List<Convention> fresh = documents.stream()
                .map(d -> (Convention) ImmutableConvention.copyOf(d.convention()).withVersion(0))
                .collect(Collectors.toList());
        List<String> sources = documents.stream().map(IncomingDocument::source).collect(Collectors.toList());
        Set<String> resumed = new HashSet<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (isImportedAlready(fresh.get(i), "Imported from " + sources.get(i))) {
                resumed.add(fresh.get(i).getId());
            }
        }
        List<DocumentJudgement> judged = judge(fresh, sources, resumed);
        Instant at = clock.instant();
        List<Convention> stored = new ArrayList<>();
        List<Convention> storedNow = new ArrayList<>();
        for (int i = 0; i < fresh.size(); i++) {
            if (resumed.contains(fresh.get(i).getId())) {
                stored.add(everyConvention.findById(fresh.get(i).getId()).orElseThrow());
                continue;
            }
            try {
                Convention saved = repository.save(fresh.get(i), new Change(who, at, "Imported from " + sources.get(i)));
                storedNow.add(saved);
                stored.add(saved);
            } catch (AccessRefusedException e) {
                undo(storedNow);
                throw e;
            } catch (RuntimeException e) {
                throw stopped(sources.get(i), e, undo(storedNow));
            }
        }
        if (!resumed.isEmpty()) {
            LOG.info("{} convention(s) were already imported by an earlier import that was cut short: {}",
                    resumed.size(), resumed);
        }
        LOG.info("Imported {} convention(s) by {}", storedNow.size(), who);
        return new ImportResult(judged, stored, resumed);
    }

    /**
     * Whether an earlier import of the same document was cut short after storing it: the store holds it as its
     * only revision, imported from the same source, and equal to it.
     */
    private boolean isImportedAlready(Convention document, String summary) {
        if (!io.github.ctglib.vocabulary.Patterns.isSafeId(document.getId())) {
            return false;
        }
        List<io.github.ctglib.ports.Revision> history = everyConvention.history(document.getId());
        return history.size() == 1 && history.get(0).summary().equals(summary)
                && everyConvention.findById(document.getId())
                        .map(c -> c.equals(ImmutableConvention.copyOf(document).withVersion(1))).orElse(false);
    }

    /** Whether an earlier copy was cut short after restoring this history: the store holds it, identical. */
    private boolean isRestoredAlready(List<StoredRevision> history) {
        String id = history.get(0).convention().getId();
        if (!io.github.ctglib.vocabulary.Patterns.isSafeId(id)) {
            return false;
        }
        List<io.github.ctglib.ports.Revision> stored = everyConvention.history(id);
        return stored.equals(history.stream().map(StoredRevision::revision).collect(Collectors.toList()))
                && everyConvention.findById(id).equals(java.util.Optional.of(history.get(history.size() - 1)
                        .convention()));
    }

    ImportResult histories(List<List<StoredRevision>> histories, List<String> sources) {
        if (histories.size() != sources.size()) {
            throw new IllegalArgumentException("histories and sources differ in size: " + histories.size() + " and "
                    + sources.size());
        }
        histories.forEach(StoredRevision::requireComplete);
        List<Convention> current = histories.stream().map(h -> h.get(h.size() - 1).convention())
                .collect(Collectors.toList());
        Set<String> resumed = new HashSet<>();
        histories.stream().filter(this::isRestoredAlready).forEach(h -> resumed.add(h.get(0).convention().getId()));
        List<DocumentJudgement> judged = judge(current, sources, resumed);
        List<Convention> restoredNow = new ArrayList<>();
        for (int i = 0; i < histories.size(); i++) {
            if (resumed.contains(current.get(i).getId())) {
                continue;
            }
            try {
                repository.restore(histories.get(i));
            } catch (AccessRefusedException e) {
                undo(restoredNow);
                throw e;
            } catch (RuntimeException e) {
                throw stopped(sources.get(i), e, undo(restoredNow));
            }
            restoredNow.add(current.get(i));
        }
        LOG.info("Restored {} convention(s) with their history ({} restored already by an earlier copy)",
                restoredNow.size(), resumed.size());
        return new ImportResult(judged, current, resumed);
    }

    /** Every convention judged against the store and the others; rejects all when one breaks a rule. */
    private List<DocumentJudgement> judge(List<Convention> conventions, List<String> sources, Set<String> resumed) {
        Batch batch = new Batch(conventions, resumed);
        Map<String, String> firstSourceOfId = new HashMap<>();
        List<DocumentJudgement> judged = new ArrayList<>();
        for (int i = 0; i < conventions.size(); i++) {
            Convention c = conventions.get(i);
            List<Violation> violations = new ArrayList<>();
            String first = firstSourceOfId.putIfAbsent(c.getId(), sources.get(i));
            if (first != null) {
                CommandRules.DUPLICATE_IN_IMPORT.check(new CommandRules.ImportedTwice(c.getId(), first), rules,
                        violations);
            }
            violations.addAll(RuleBook.judge(c, rules.withOthers(batch.without(i))));
            judged.add(new DocumentJudgement(sources.get(i), c.getId(), violations));
        }
        if (judged.stream().anyMatch(DocumentJudgement::hasErrors)) {
            throw new ImportRejectedException(judged);
        }
        return judged;
    }

    /** Removes what an interrupted import stored; answers whether all of it could be removed. */
    private boolean undo(List<Convention> stored) {
        boolean undone = true;
        for (int i = stored.size() - 1; i >= 0; i--) {
            Convention c = stored.get(i);
            try {
                repository.delete(c.getId(), c.getVersion() == 0 ? 1 : c.getVersion());
            } catch (RuntimeException e) {
                LOG.warn("Could not remove {} after an interrupted import; remove it by hand", c.getId(), e);
                undone = false;
            }
        }
        return undone;
    }

    private static StorageException stopped(String source, RuntimeException cause, boolean undone) {
        return new StorageException("The import stopped at " + source + ": " + cause.getMessage()
                + (undone ? "; what it had stored before was removed again, nothing is imported"
                        : "; some conventions stored before it could not be removed again (see the log)"), cause);
    }

    /** The store and the documents imported together, as the conventions one document is judged against. */
    private final class Batch {
        private final List<Convention> conventions;
        private final Map<String, List<Integer>> byCommune = new HashMap<>();
        private final Set<String> ids = new HashSet<>();
        private final Map<String, List<Convention>> storedByCommune;
        /** Stored by an earlier run cut short: not "already in the store" for the document that stored them. */
        private final Set<String> resumed;

        Batch(List<Convention> conventions, Set<String> resumed) {
            this.conventions = conventions;
            this.resumed = resumed;
            for (int i = 0; i < conventions.size(); i++) {
                Convention c = conventions.get(i);
                ids.add(c.getId());
                for (String commune : c.getTerritory().getCommuneCodes()) {
                    byCommune.computeIfAbsent(commune, k -> new ArrayList<>()).add(i);
                }
            }
            storedByCommune = byCommune.size() > COMMUNES_SEARCHED_ONE_BY_ONE ? readStoreOnce() : new HashMap<>();
        }

        /** The stored conventions covering any commune of the batch, read in one pass. */
        private Map<String, List<Convention>> readStoreOnce() {
            Map<String, List<Convention>> index = new HashMap<>();
            byCommune.keySet().forEach(commune -> index.put(commune, new ArrayList<>()));
            try (Stream<Convention> all = everyConvention.streamAll()) {
                all.forEach(c -> c.getTerritory().getCommuneCodes().forEach(commune -> {
                    List<Convention> covering = index.get(commune);
                    if (covering != null) {
                        covering.add(c);
                    }
                }));
            }
            return index;
        }

        private List<Convention> stored(String commune) {
            return storedByCommune.computeIfAbsent(commune, c -> new StoredConventions(everyConvention).covering(c));
        }

        OtherConventions without(int index) {
            StoredConventions store = new StoredConventions(everyConvention);
            return new OtherConventions() {
                @Override
                public List<Convention> covering(String communeCode) {
                    List<Convention> out = new ArrayList<>(stored(communeCode));
                    for (int i : byCommune.getOrDefault(communeCode, List.of())) {
                        if (i != index) {
                            out.add(conventions.get(i));
                        }
                    }
                    return out;
                }

                @Override
                public boolean isStored(String id) {
                    return !resumed.contains(id) && store.isStored(id);
                }

                @Override
                public boolean isKnown(String id) {
                    return ids.contains(id) || store.isStored(id);
                }
            };
        }
    }
}
