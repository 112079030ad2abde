package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocuments;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctg export ID [-o FILE]}: the convention as an interchange document, on stdout or in a file. */
@Command(name = "export")
final class ExportCommand extends CliCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.export.id")
    private String id;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", descriptionKey = "ctg.export.output")
    private Path output;

    @Mixin
    private StoreOption store;

    @Override
    protected int run() {
        Convention convention;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            convention = requireConvention(opened, id);
        }
        if (output == null) {
            ByteArrayOutputStream document = new ByteArrayOutputStream();
            ConventionDocuments.write(convention, document);
            out().print(document.toString(StandardCharsets.UTF_8));
            out().flush();
        } else {
            writeWhole(convention, output);
            out().println(text().get("export.done", convention.getId(), convention.getVersion(), output));
        }
        return ExitCodes.OK;
    }

    /** Written beside the target, then moved over it: the file is whole or untouched, never half-written. */
    private void writeWhole(Convention convention, Path file) {
        Path absolute = file.toAbsolutePath();
        Path temporary = null;
        try {
            Path directory = absolute.getParent();
            // Created as any new file (the user's umask), not as a private temporary file; an existing file
            // keeps its mode.
            temporary = directory.resolve("." + absolute.getFileName() + "." + UUID.randomUUID() + ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE)) {
                ConventionDocuments.write(convention, out);
            }
            keepMode(absolute, temporary);
            try {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw CliException.badInput(text().get("export.failed", file, e.getMessage()), e);
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
