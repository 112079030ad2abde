package io.github.ctglib.opendata;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A figure or a row not made an indicator, and why.
 *
 * @param file      the file
 * @param line      the 1-based line of the row, 0 when it is about the file as a whole
 * @param reason    why
 * @param territory the code of the territory concerned (INSEE code, SIREN, département code), or empty
 * @param detail    what was left out, in English, for a log or a person
 */
public record Skipped(Path file, int line, SkipReason reason, String territory, String detail) {

    /**
     * Checks the parts.
     *
     * @param file      the file
     * @param line      the line, 0 for the file as a whole
     * @param reason    why
     * @param territory the territory's code, or empty
     * @param detail    what was left out
     */
    public Skipped {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(territory, "territory");
        Objects.requireNonNull(detail, "detail");
    }
}
