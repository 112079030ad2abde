package io.github.ctglib.ports;

import java.time.Instant;
import java.util.Objects;

/**
 * Who changes a convention, when, and in a few words what: recorded with each revision.
 *
 * @param actor   the person or system making the change, as the caller names it (e.g. "agent:m.dupont")
 * @param at      when, from the caller's {@link java.time.Clock}
 * @param summary e.g. "Signature de la Commune de Frontignan"
 */
public record Change(String actor, Instant at, String summary) {

    /**
     * A change; every component is required.
     *
     * @param actor the person or system making the change
     * @param at when
     * @param summary what, in a few words
     */
    public Change {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(summary, "summary");
        if (actor.isBlank()) {
            throw new IllegalArgumentException("Change.actor must not be blank: name who makes the change");
        }
    }
}
