package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.rules.OtherConventions;
import io.github.ctglib.vocabulary.Patterns;
import java.util.List;

/** The conventions of a repository, as the rules against the store look them up. */
final class StoredConventions implements OtherConventions {

    private final ConventionRepository repository;

    StoredConventions(ConventionRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Convention> covering(String communeCode) {
        return repository.search(ConventionQuery.byCommune(communeCode));
    }

    /** An unsafe id is never stored (its form is a rule of its own): the repository is not asked. */
    @Override
    public boolean isStored(String id) {
        return Patterns.isSafeId(id) && repository.findById(id).isPresent();
    }
}
