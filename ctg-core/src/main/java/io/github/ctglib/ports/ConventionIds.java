package io.github.ctglib.ports;

import io.github.ctglib.vocabulary.Patterns;

/** The one check every repository applies to an id before it touches storage. */
public final class ConventionIds {
    private ConventionIds() {}

    /**
     * Returns {@code id} when it is safe as a file name and a primary key.
     *
     * @param id the convention's id to check, which may be null or unsafe
     * @return the id
     * @throws IllegalArgumentException naming the id and the accepted form, for an empty id, a path
     *     ({@code ../x}, {@code /etc}), a separator, a control character or more than 64 characters
     */
    public static String requireSafe(String id) {
        if (!Patterns.isSafeId(id)) {
            String shown = id == null ? "null" : id.length() > 80 ? id.substring(0, 80) + "…" : id;
            throw new IllegalArgumentException("Unsafe convention id '" + shown.replaceAll("\\p{Cntrl}", "?")
                    + "': use 1 to 64 lower-case ASCII letters, digits, '-', '_' or '.', starting and ending with a letter or"
                    + " digit, without '..', not a device name Windows reserves (con, prn, aux, nul, com1…lpt9)");
        }
        return id;
    }
}
