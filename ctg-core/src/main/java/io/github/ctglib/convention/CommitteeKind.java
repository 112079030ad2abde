package io.github.ctglib.convention;

/** The committees of a CTG's governance. */
public enum CommitteeKind {
    /** Comité de pilotage (COPIL): elected officials and directors decide. */
    STEERING,
    /** Comité technique: staff prepare and follow. */
    TECHNICAL
}
