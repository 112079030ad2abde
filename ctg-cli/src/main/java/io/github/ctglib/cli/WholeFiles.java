package io.github.ctglib.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/** Files the tool writes (export, plan export, report -o): whole or untouched, never half-written. */
final class WholeFiles {

    private WholeFiles() {}

    /**
     * Written beside the target, then moved over it ({@link WholeFile}).
     *
     * @throws CliException (bad input) saying which file could not be written and why
     */
    static void write(Path file, Messages text, WholeFile.Content content) {
        try {
            WholeFile.write(file, content);
        } catch (IOException e) {
            throw CliException.badInput(text.get("export.failed", file, e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw CliException.badInput(text.get("export.failed", file, e.getCause().getMessage()), e);
        }
    }
}
