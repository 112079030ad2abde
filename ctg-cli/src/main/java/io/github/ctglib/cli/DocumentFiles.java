package io.github.ctglib.cli;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** Interchange documents (format ctg-convention/1) read from files, for validate and import. */
final class DocumentFiles {

    private DocumentFiles() {}

    /**
     * Reads the convention of one document.
     *
     * @throws CliException (bad input) with one line per problem, each starting with the file's name
     */
    static Convention read(Path file, Messages text) {
        String name = file.toString();
        if (Files.isDirectory(file)) {
            throw unreadable(file, List.of(text.get("file.directory")));
        }
        try (InputStream in = Files.newInputStream(file)) {
            long size = Files.size(file);
            if (size > ConventionJson.MAX_DOCUMENT_BYTES) {
                throw unreadable(file, List.of(text.get("file.tooLarge", size, ConventionJson.MAX_DOCUMENT_BYTES)));
            }
            return ConventionDocuments.read(in, name);
        } catch (InvalidDocumentException e) {
            throw unreadable(file, e.problems());
        } catch (NoSuchFileException e) {
            throw unreadable(file, List.of(text.get("file.missing")));
        } catch (AccessDeniedException e) {
            throw unreadable(file, List.of(text.get("file.denied")));
        } catch (IOException | StorageException e) {
            throw unreadable(file, List.of(text.get("file.unreadable", e.getMessage())));
        }
    }

    private static CliException unreadable(Path file, List<String> problems) {
        return CliException.badInput(problems.stream().map(p -> file + ": " + p).collect(Collectors.joining("\n")));
    }
}
