package io.github.ctglib.storage.json;

import io.github.ctglib.format.json.InvalidDocumentException;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A current document of the store that something is wrong with, or an entry of its history (a symbolic link,
 * revisions left by an interrupted write). It is left on disk untouched, and
 * {@link JsonConventionRepository#problems()} lists it until it is fixed, moved or repaired.
 *
 * @param file    the document, or the history entry
 * @param message what is wrong with it and, where it helps, what to do
 * @param served  {@code true} when the store serves its convention all the same: it is readable but breaks a
 *                domain rule (fix it through ctg or by hand); {@code false} when it cannot be read at all
 *                (not JSON, another format, beyond the limits, unknown field, a name that is not its id), and
 *                reading that id raises {@link InvalidDocumentException}
 */
public record StoreProblem(Path file, String message, boolean served) {

    /**
     * A problem of {@code file}.
     *
     * @param file    the document, or the history entry
     * @param message what is wrong with it and, where it helps, what to do
     * @param served  whether the store serves its convention all the same
     */
    public StoreProblem {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        return message;
    }
}
