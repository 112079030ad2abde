package io.github.ctglib.ports;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A thread-safe repository in memory, for tests and for applications' own tests. Reads never block;
 * writes are serialised so that a version check and its write happen as one.
 */
public final class InMemoryConventionRepository implements ConventionRepository {

    /** Every revision of each convention, oldest first; each list is immutable and replaced whole. */
    private final Map<String, List<StoredRevision>> histories = new ConcurrentSkipListMap<>();

    /** An empty repository. */
    public InMemoryConventionRepository() {}

    @Override
    public Optional<Convention> findById(String id) {
        List<StoredRevision> revisions = histories.get(ConventionIds.requireSafe(id));
        return revisions == null ? Optional.empty() : Optional.of(last(revisions).convention());
    }

    @Override
    public synchronized Convention save(Convention convention, Change change) {
        String id = ConventionIds.requireSafe(convention.getId());
        List<StoredRevision> revisions = histories.getOrDefault(id, List.of());
        long stored = revisions.isEmpty() ? 0 : last(revisions).revision().version();
        if (stored != convention.getVersion()) {
            throw new ConcurrencyConflictException(id, convention.getVersion(), stored);
        }
        Convention next = ImmutableConvention.copyOf(convention).withVersion(stored + 1);
        List<StoredRevision> updated = new ArrayList<>(revisions);
        updated.add(new StoredRevision(Revision.of(stored + 1, change), next));
        histories.put(id, List.copyOf(updated));
        return next;
    }

    @Override
    public synchronized void delete(String id, long expectedVersion) {
        List<StoredRevision> revisions = histories.get(ConventionIds.requireSafe(id));
        if (revisions == null) {
            throw new ConventionNotFoundException(id);
        }
        long stored = last(revisions).revision().version();
        if (stored != expectedVersion) {
            throw new ConcurrencyConflictException(id, expectedVersion, stored);
        }
        histories.remove(id);
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        try (Stream<Convention> all = streamAll()) {
            return all.filter(query::matches).collect(Collectors.toList());
        }
    }

    @Override
    public Stream<Convention> streamAll() {
        return List.copyOf(histories.values()).stream().map(r -> last(r).convention());
    }

    @Override
    public List<Revision> history(String id) {
        return histories.getOrDefault(ConventionIds.requireSafe(id), List.of()).stream()
                .map(StoredRevision::revision)
                .collect(Collectors.toList());
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        return histories.getOrDefault(ConventionIds.requireSafe(id), List.of()).stream()
                .filter(r -> r.revision().version() == version)
                .map(StoredRevision::convention)
                .findFirst();
    }

    @Override
    public synchronized void restore(List<StoredRevision> revisions) {
        String id = StoredRevision.requireComplete(revisions);
        List<StoredRevision> existing = histories.get(id);
        if (existing != null) {
            throw new ConcurrencyConflictException(id, 0, last(existing).revision().version());
        }
        histories.put(id, List.copyOf(revisions));
    }

    private static StoredRevision last(List<StoredRevision> revisions) {
        return revisions.get(revisions.size() - 1);
    }
}
