package io.github.ctglib.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;

/**
 * A file written whole or not at all: written beside the target, then moved over it, so that the file is whole or
 * untouched, never half-written (export, documents).
 */
final class WholeFile {

    /** What writes the file's bytes; any exception leaves the target as it was. */
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private WholeFile() {}

    /**
     * Writes {@code file} from {@code content}.
     *
     * @throws IOException when the file cannot be written (the target is then untouched); an unchecked exception
     *     of {@code content} passes through, the target untouched too
     */
    static void write(Path file, Content content) throws IOException {
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
