package io.github.ctglib.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.rules.Violation;
import java.util.List;
import java.util.function.Supplier;
import org.assertj.core.api.Assertions;

/** A command rejected with a rule's code at a path, and the history of the convention left as it was. */
final class LifecycleAssertions {

    private LifecycleAssertions() {}

    static List<Violation> assertRejected(InMemoryConventionRepository repository, String id, Supplier<?> command,
            String code, String path) {
        List<Revision> before = repository.history(id);
        RuleViolationException e = Assertions.catchThrowableOfType(RuleViolationException.class, command::get);
        assertThat(e).as("expected a rejection with " + code + " at " + path).isNotNull();
        assertThat(e.violations()).extracting(Violation::code, Violation::path).contains(tuple(code, path));
        assertThat(repository.history(id)).as("the history is left unchanged").isEqualTo(before);
        return e.violations();
    }
}
