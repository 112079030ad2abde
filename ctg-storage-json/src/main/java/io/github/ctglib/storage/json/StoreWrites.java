package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionDocument;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.storage.json.StoreCatalogue.Entry;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes, under the store's lock (this JVM's and the OS's on the sidecar): the stored version is read from
 * disk under it, so optimistic versions hold across threads and processes. A save writes the revision into
 * the history, then replaces the current document, the commit point; the change counter tells other
 * processes, and the catalogue is brought up to the write.
 */
final class StoreWrites {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

    private final StoreLayout layout;
    private final DocumentFiles files;
    private final StoreCatalogue catalogue;
    private final StoreLock lock;
    private final ChangeCounter changes;
    private final StoreHistory history;

    StoreWrites(StoreLayout layout, DocumentFiles files, StoreCatalogue catalogue, StoreLock lock,
            ChangeCounter changes, StoreHistory history) {
        this.history = history;
        this.layout = layout;
        this.files = files;
        this.catalogue = catalogue;
        this.lock = lock;
        this.changes = changes;
    }

    Convention save(Convention convention, Change change) {
        ConventionIds.requireSafe(convention.getId());
        Objects.requireNonNull(change, "change");
        return lock.exclusive(() -> saveLocked(convention, change));
    }

    /** Saves each under one acquisition of the lock; not atomic as a whole, as the port says. */
    List<Convention> saveAll(List<Convention> conventions, Change change) {
        conventions.forEach(c -> ConventionIds.requireSafe(c.getId()));
        Objects.requireNonNull(change, "change");
        return lock.exclusive(() -> {
            List<Convention> saved = new ArrayList<>(conventions.size());
            for (Convention convention : conventions) {
                saved.add(saveLocked(convention, change));
            }
            return saved;
        });
    }

    private Convention saveLocked(Convention convention, Change change) {
        String id = convention.getId();
        long stored = storedVersionOnDisk(id).orElse(0L);
        if (stored != convention.getVersion()) {
            throw new ConcurrencyConflictException(id, convention.getVersion(), stored);
        }
        Convention next = ImmutableConvention.copyOf(convention).withVersion(stored + 1);
        Revision revision = new Revision(stored + 1, change.at(), change.actor(), change.summary());
        writeRevisions(id, List.of(new StoredRevision(revision, next)));
        return next;
    }

    void restore(List<StoredRevision> revisions) {
        String id = StoredRevision.requireComplete(revisions);
        lock.exclusive(() -> {
            OptionalLong stored = storedVersionOnDisk(id);
            if (stored.isPresent()) {
                throw new ConcurrencyConflictException(id, 0, stored.getAsLong());
            }
            writeRevisions(id, revisions);
            return null;
        });
    }

    void delete(String id, long expectedVersion) {
        ConventionIds.requireSafe(id);
        lock.exclusive(() -> {
            long stored = storedVersionOnDisk(id).orElseThrow(() -> new ConventionNotFoundException(id));
            if (stored != expectedVersion) {
                throw new ConcurrencyConflictException(id, expectedVersion, stored);
            }
            history.requireNoLink(id); // before the commit point: a delete never leaves a history it cannot remove
            long settled = changes.beginWrite();
            boolean deleted = false;
            try {
                AtomicFiles.delete(layout.currentFile(id)); // the commit point: from here on the convention is gone
                deleted = true;
                removeHistory(id);
            } finally {
                if (deleted) {
                    catalogue.afterWrite(settled, id, Optional.empty());
                } else {
                    catalogue.afterFailedWrite(settled);
                }
            }
            return null;
        });
    }

    /** Writes revisions into the history, then the last as the current document (the commit point). */
    private void writeRevisions(String id, List<StoredRevision> revisions) {
        history.requireNoLink(id);
        long settled = changes.beginWrite();
        boolean committed = false;
        try {
            removeLeftovers(id, revisions.get(0).revision().version() - 1);
            AtomicFiles.createDirectories(layout.historyDirectory(id));
            byte[] document = null;
            for (StoredRevision r : revisions) {
                document = files.toBytes(r);
                AtomicFiles.write(layout.revisionFile(id, r.revision().version()), document);
            }
            AtomicFiles.write(layout.currentFile(id), document);
            committed = true;
        } finally {
            if (committed) {
                catalogue.afterWrite(settled, id, Optional.of(revisions.get(revisions.size() - 1)));
            } else {
                catalogue.afterFailedWrite(settled);
            }
        }
    }

    /**
     * The stored version of {@code id} as on disk now (call under the lock), empty when there is none; its
     * document must be usable. The version comes from the document's head, read from disk every time (another
     * process may have saved); the rest of the document is read too unless this store object wrote or read
     * this very file whole (same stamp), which spares a full parse per save.
     */
    private OptionalLong storedVersionOnDisk(String id) {
        Path file = layout.currentFile(id);
        DocumentSummary head;
        try {
            head = files.scan(file);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (StorageException e) {
            return storedVersionReadWhole(id); // throws with every problem of the document, not only the head's
        }
        requireHolds(id, file, head.id());
        if (!isKnownUsable(id, head)) {
            return storedVersionReadWhole(id);
        }
        return OptionalLong.of(head.version());
    }

    private OptionalLong storedVersionReadWhole(String id) {
        Path file = layout.currentFile(id);
        ConventionDocument.Content content;
        try {
            content = files.read(file);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
        requireHolds(id, file, content.convention().getId());
        return OptionalLong.of(content.convention().getVersion());
    }

    /** Whether the document whose head is {@code head} is the file this store object last wrote or read whole. */
    private boolean isKnownUsable(String id, DocumentSummary head) {
        Entry entry = catalogue.entry(id);
        return entry != null && entry.usable && entry.summary != null && entry.summary.version() == head.version()
                && entry.stamp.equals(StoreCatalogue.stampOf(layout.currentFile(id)));
    }

    private static void requireHolds(String id, Path file, String holds) {
        if (!holds.equals(id)) {
            throw new StorageException(file + " holds convention " + holds + ", not " + id + ": ids that differ only"
                    + " in case share one file on this file system. Nothing was written; choose another id.");
        }
    }

    /**
     * Removes the revision files above {@code stored}, the version on disk: invisible leftovers of a save, a
     * restore or a delete that was interrupted (for a new convention, all of them). Before the write, so that its
     * history holds only its own revisions.
     */
    private void removeLeftovers(String id, long stored) {
        try {
            history.removeAbove(id, stored, false)
                    .forEach(file -> LOG.info("Removed {}, left by a write that was interrupted", file));
        } catch (IOException e) {
            throw new StorageException("Could not remove the revisions of " + id + " above version " + stored
                    + " that an interrupted write left: " + AtomicFiles.describe(e) + ". Nothing was saved.", e);
        }
    }

    /**
     * Removes what interrupted writes left in the history (see {@link StoreHistory#problems}): the revision
     * files of conventions that have no current document, then their directory if nothing else is in it, and
     * those above a current version. Never a file the store did not write, nor a document that cannot be read.
     */
    List<Path> removeOrphanRevisions() {
        return lock.exclusive(() -> {
            catalogue.refresh(true);
            List<Path> removed = new ArrayList<>();
            for (String id : history.ids()) {
                Entry entry = catalogue.entry(id);
                if (entry != null && entry.summary == null) {
                    continue; // an unreadable current document: its history waits for whoever fixes it
                }
                try {
                    removed.addAll(history.removeAbove(id, entry == null ? 0 : entry.summary.version(), entry == null));
                } catch (IOException e) {
                    throw new StorageException("Could not remove the orphan revisions of " + id + ": "
                            + AtomicFiles.describe(e), e);
                }
            }
            removed.forEach(file -> LOG.info("Removed {}, an orphan revision left by a write that was interrupted", file));
            return removed;
        });
    }

    private void removeHistory(String id) {
        Path directory = layout.historyDirectory(id);
        try {
            history.removeAbove(id, 0, true);
        } catch (IOException e) {
            // The current document is gone, so the convention is deleted; leftover revisions are invisible and
            // replaced by a later convention of that id.
            LOG.warn("Deleted convention {}, but could not remove all of {}: {}. Remove that directory by hand.", id,
                    directory, AtomicFiles.describe(e));
        }
    }

}
