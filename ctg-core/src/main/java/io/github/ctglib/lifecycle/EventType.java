package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import java.util.Optional;

/** What happened to a convention, for listeners. */
public enum EventType {
    CREATED,
    SIGNATURES_REQUESTED,
    SIGNED,
    AMENDMENT_SIGNED,
    TERMINATED,
    CLOSED,
    /** Published for the new convention; its predecessor id is on the convention. */
    RENEWED;

    /** The event a change from {@code before} to {@code after} amounts to, if any. */
    static Optional<EventType> between(Convention before, Convention after) {
        if (before.getStage() != after.getStage()) {
            return switch (after.getStage()) {
                case AWAITING_SIGNATURES -> Optional.of(SIGNATURES_REQUESTED);
                case SIGNED -> Optional.of(SIGNED);
                case TERMINATED -> Optional.of(TERMINATED);
                case CLOSED -> Optional.of(CLOSED);
                default -> Optional.empty();
            };
        }
        return inEffect(after) > inEffect(before) ? Optional.of(AMENDMENT_SIGNED) : Optional.empty();
    }

    private static long inEffect(Convention c) {
        return c.getAmendments().stream().filter(Amendment::isInEffect).count();
    }
}
