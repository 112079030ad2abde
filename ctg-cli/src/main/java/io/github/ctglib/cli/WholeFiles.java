package io.github.ctglib.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/** Files the tool writes (export, plan export, report -o): whole or untouched, never half-written. */
final class WholeFiles {

    /** What writes the file's content. */
    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFiles() {}

    /**
     * Written beside the target, then moved over it.
     *
     * @throws CliException (bad input) saying which file could not be written and why
     */
    static void write(Path file, Messages text, Content content) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Path directory = absolute.getParent();
            // Created as any new file (the user's umask), not as a private temporary file; an existing file
            // keeps its mode.
            temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                content.writeTo(out);
            }
            keepMode(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw CliException.badInput(text.get("export.failed", file, e.getMessage()), e);
        } catch (UncheckedIOException e) {
            throw CliException.badInput(text.get("export.failed", file, e.getCause().getMessage()), e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void keepMode(Path existing, Path replacement) throws IOException {
        if (Files.isRegularFile(existing, LinkOption.NOFOLLOW_LINKS)
                && Files.getFileStore(replacement).supportsFileAttributeView(PosixFileAttributeView.class)) {
            Files.setPosixFilePermissions(replacement,
                    Files.getPosixFilePermissions(existing, LinkOption.NOFOLLOW_LINKS));
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary == null) {
            return;
        }
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException e) {
            // Left behind: a hidden .tmp file beside the output, harmless.
        }
    }
}
