package io.github.ctglib.access;

import java.util.Objects;

/**
 * Who acts, and within which scope: the name recorded in every revision it stores (e.g. {@code agent:m.dupont})
 * and what it may see and change.
 *
 * @param name  as kept in the history
 * @param scope what the actor may see and change
 */
public record Actor(String name, Scope scope) {
    /**
     * An actor; the name may not be blank.
     *
     * @param name as kept in the history
     * @param scope what the actor may see and change
     */
    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scope, "scope");
        if (name.isBlank()) {
            throw new IllegalArgumentException("An actor's name must not be blank");
        }
    }
}
