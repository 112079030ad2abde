package io.github.ctglib.convention;

/** Where a signed convention stands in time on a given day; derived, never stored. */
public enum TimeStatus {
    /** Not signed yet: not binding on any day. */
    NOT_SIGNED,
    /** Signed, its validity not begun. */
    UPCOMING,
    /** Signed and within its validity (en vigueur). */
    IN_FORCE,
    /** Its validity is over, or it was terminated. */
    EXPIRED
}
