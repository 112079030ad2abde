package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.Change;
import java.time.Instant;

/** The change of the tests' saves; the conventions come from {@code SampleConventions}. */
final class Fixtures {
    private Fixtures() {}

    /** With nanoseconds, which a revision keeps. */
    static final Instant AT = Instant.parse("2026-03-06T10:15:30.123456789Z");

    static Change change(String summary) {
        return new Change("agent:test", AT, summary);
    }
}
