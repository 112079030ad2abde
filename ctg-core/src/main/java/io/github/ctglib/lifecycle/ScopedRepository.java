package io.github.ctglib.lifecycle;

import io.github.ctglib.access.Actor;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.AccessRules;
import io.github.ctglib.rules.Rule;
import io.github.ctglib.rules.RuleContext;
import io.github.ctglib.rules.Violation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A repository as one actor may use it: searches and listings show only what its scope sees; reading a
 * convention outside it, or changing one it may not change, is refused with an access rule's violation and
 * logged.
 */
final class ScopedRepository implements ConventionRepository {

    private static final Logger LOG = LoggerFactory.getLogger(ScopedRepository.class);

    private final ConventionRepository all;
    private final Actor actor;

    ScopedRepository(ConventionRepository all, Actor actor) {
        this.all = all;
        this.actor = actor;
    }

    /** Refuses, before any rule is judged, a command on a convention the actor may not change. */
    void requireChangeable(Convention convention) {
        allowed(AccessRules.WRITE_REFUSED, convention, "change");
    }

    @Override
    public Optional<Convention> findById(String id) {
        return all.findById(id).map(c -> allowed(AccessRules.READ_REFUSED, c, "read"));
    }

    @Override
    public Convention save(Convention convention, Change change) {
        all.findById(convention.getId()).ifPresent(stored -> allowed(AccessRules.WRITE_REFUSED, stored, "change"));
        allowed(AccessRules.WRITE_REFUSED, convention, "store");
        return all.save(convention, change);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        all.findById(id).ifPresent(stored -> allowed(AccessRules.WRITE_REFUSED, stored, "delete"));
        all.delete(id, expectedVersion);
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        return all.search(query).stream().filter(actor.scope()::sees).collect(Collectors.toList());
    }

    @Override
    public Stream<Convention> streamAll() {
        return all.streamAll().filter(actor.scope()::sees);
    }

    @Override
    public List<Revision> history(String id) {
        return findById(id).isPresent() ? all.history(id) : List.of();
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        return findById(id).isPresent() ? all.findRevision(id, version) : Optional.empty();
    }

    @Override
    public void restore(List<StoredRevision> revisions) {
        revisions.forEach(r -> allowed(AccessRules.WRITE_REFUSED, r.convention(), "restore"));
        all.restore(revisions);
    }

    private Convention allowed(Rule<AccessRules.Asked> rule, Convention convention, String what) {
        List<Violation> refused = new ArrayList<>();
        rule.check(new AccessRules.Asked(actor, convention), RuleContext.standard(), refused);
        if (!refused.isEmpty()) {
            LOG.warn("Access refused: {} ({}) may not {} convention {}", actor.name(), actor.scope(), what,
                    convention.getId());
            throw new AccessRefusedException(convention.getId(), refused);
        }
        return convention;
    }
}
