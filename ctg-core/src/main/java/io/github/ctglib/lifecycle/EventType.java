package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.Convention;
import java.util.Optional;

/** What happened to a convention, for listeners. */
public enum EventType {
    /** A convention was created in preparation. */
    CREATED,
    /** Its signatures were requested. */
    SIGNATURES_REQUESTED,
    /** Its last party signed: it is signed. */
    SIGNED,
    /** An amendment's last party signed: the amendment is in effect. */
    AMENDMENT_SIGNED,
    /** It was terminated (résiliation). */
    TERMINATED,
    /** It was closed after its evaluation. */
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
