package io.github.ctglib.ports;

import java.time.Instant;
import java.util.Objects;

/**
 * One stored version of a convention: its number, when and by whom it was written, and why.
 *
 * @param version 1 for the first save, then 2, 3…
 */
public record Revision(long version, Instant at, String actor, String summary) {

    /**
     * A revision; every component is required.
     *
     * @param version 1 for the first save, then 2, 3…
     * @param at when it was written
     * @param actor who wrote it
     * @param summary why, in a few words
     */
    public Revision {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(summary, "summary");
    }

    static Revision of(long version, Change change) {
        return new Revision(version, change.at(), change.actor(), change.summary());
    }
}
