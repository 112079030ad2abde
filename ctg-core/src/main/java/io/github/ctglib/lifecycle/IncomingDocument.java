package io.github.ctglib.lifecycle;

import io.github.ctglib.convention.Convention;
import java.util.Objects;

/**
 * A convention to import, and what names it in messages (its file name, a URL, a row of a spreadsheet).
 *
 * @param source     e.g. {@code frontignan.json}
 * @param convention as read; its version is ignored (an import stores the first revision)
 */
public record IncomingDocument(String source, Convention convention) {
    /**
     * A document to import; both components are required.
     *
     * @param source what names it in messages
     * @param convention the convention, as read
     */
    public IncomingDocument {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(convention, "convention");
    }
}
