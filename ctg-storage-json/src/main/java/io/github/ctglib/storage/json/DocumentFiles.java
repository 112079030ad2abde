package io.github.ctglib.storage.json;

import io.github.ctglib.format.json.ConventionDocument;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.format.json.ReusableParts;
import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/** Reads one document file through the interchange format: whole, or its head only. */
record DocumentFiles(ConventionJson json) {

    /** The whole document; {@link NoSuchFileException} when the file is gone. */
    ConventionDocument.Content read(Path file) throws NoSuchFileException {
        try (InputStream in = open(file)) {
            return json.readContent(in, file.toString());
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /** The head of the document: what a summary needs, the rest unread. */
    DocumentSummary scan(Path file) throws NoSuchFileException {
        try (InputStream in = open(file)) {
            return json.scanSummary(in, file.toString());
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw unreadable(file, e);
        }
    }

    /**
     * Never through a link: a document linked from outside the store is not the store's to serve. On POSIX
     * systems opening without following links refuses one (ELOOP), which {@link #unreadable} then names, so no
     * look beforehand, which would cost every read a system call more and a missing file an exception more.
     * Windows opens the link itself instead: there it is looked at first.
     */
    private static InputStream open(Path file) throws IOException {
        if (AtomicFiles.WINDOWS && Files.isSymbolicLink(file)) {
            throw new InvalidDocumentException(file.toString(), List.of(linked(file)));
        }
        return Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS);
    }

    /** What a document that is a link is told: the user decides whether the file it points to belongs in the store. */
    static String linked(Path file) {
        return "it is " + Links.problem(file, "It is not served; put the file itself in its place, or move the link out of"
                + " the store.");
    }

    private static StorageException unreadable(Path file, IOException e) {
        if (Files.isSymbolicLink(file)) { // made a link between the check and the opening
            return new InvalidDocumentException(file.toString(), List.of(linked(file)), e);
        }
        return new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
    }

    byte[] toBytes(io.github.ctglib.ports.StoredRevision stored) {
        return json.toBytes(stored.convention(), java.util.Optional.of(stored.revision()));
    }

    /**
     * The same bytes, reusing those of the parts of the convention's last document that did not change, in a
     * buffer of {@code parts} that the next write through them reuses.
     */
    java.nio.ByteBuffer toBuffer(io.github.ctglib.ports.StoredRevision stored, ReusableParts parts) {
        return json.toBuffer(stored.convention(), java.util.Optional.of(stored.revision()), parts);
    }

    /** A copy to throw, so that each caller gets its own stack trace, the first one's as its cause. */
    static StorageException copy(StorageException problem) {
        if (problem instanceof InvalidDocumentException invalid) {
            return new InvalidDocumentException(invalid.source(), invalid.problems(), invalid);
        }
        return new StorageException(problem.getMessage(), problem);
    }
}
