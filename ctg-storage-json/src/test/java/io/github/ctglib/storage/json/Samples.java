package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import java.time.Instant;

/** Helpers of the store's tests; the convention that fills every field is {@code SampleConventions.maximal()}. */
final class Samples {

    static final Instant NOW = Instant.parse("2026-11-26T10:15:30Z");

    private Samples() {}

    static Change change(String summary) {
        return new Change("agent:test", NOW, summary);
    }

    /** A convention to change with {@code withX} methods. */
    static ImmutableConvention copy(Convention convention) {
        return ImmutableConvention.copyOf(convention);
    }

    /** Frontignan's draft under another id (ids decide file names). */
    static ImmutableConvention frontignan(String id) {
        return ImmutableConvention.copyOf(Frontignan.draft()).withId(id);
    }
}
