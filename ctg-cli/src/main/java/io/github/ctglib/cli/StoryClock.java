package io.github.ctglib.cli;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The demo's clock: it stands on the day of each step of Frontignan's story (September 2023 to November 2027),
 * so that the history the demo leaves ({@code ctg history}) says when each step happened in the story, rather
 * than stamping every revision with the same second of today.
 */
final class StoryClock extends Clock {

    /** Steps are stamped at 09:00 UTC, office hours in Montpellier. */
    private static final int HOUR = 9;

    private Instant now;

    StoryClock(LocalDate firstDay) {
        moveTo(firstDay);
    }

    void moveTo(LocalDate day) {
        now = day.atTime(HOUR, 0).toInstant(ZoneOffset.UTC);
    }

    LocalDate day() {
        return LocalDate.ofInstant(now, ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }

    @Override
    public Instant instant() {
        return now;
    }
}
