package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.vocabulary.Patterns;
import java.io.IOException;
import java.lang.ref.SoftReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the store knows of its current documents without reading them whole: one {@link Entry} per file (its
 * stamp, its summary or the problem that keeps it from being served) and the {@link ConventionIndex} of the
 * searches. Opening scans every document's head; afterwards a call rescans only when the change counter moved
 * (another store wrote), and only the files whose stamp changed; a store's own writes update it directly.
 */
final class StoreCatalogue {
    private static final Logger LOG = LoggerFactory.getLogger(StoreCatalogue.class);

    private final StoreLayout layout;
    private final DocumentFiles files;
    private final StoreLock lock;
    private final ChangeCounter changes;

    /** Guards the fields below; queries share it, rescans and the bookkeeping of own writes take it alone. */
    private final java.util.concurrent.locks.ReentrantReadWriteLock state =
            new java.util.concurrent.locks.ReentrantReadWriteLock();
    private final ConventionIndex index = new ConventionIndex();
    /** What the last scan found, by file name. */
    private final Map<String, Entry> documents = new HashMap<>();
    /** The change counter the in-memory state matches, or {@link ChangeCounter#UNKNOWN}. */
    private volatile long seenChanges = ChangeCounter.UNKNOWN;

    StoreCatalogue(StoreLayout layout, DocumentFiles files, StoreLock lock, ChangeCounter changes) {
        this.layout = layout;
        this.files = files;
        this.lock = lock;
        this.changes = changes;
    }

    /** The entry of {@code id}'s current document, null when there is none. */
    Entry entry(String id) {
        return underReadLock(() -> documents.get(StoreLayout.fileName(id)));
    }

    /** The entries of the conventions {@code query} may match, ordered by id. */
    List<Entry> candidates(ConventionQuery query) {
        return underReadLock(() -> index.candidates(query).stream().map(id -> documents.get(StoreLayout.fileName(id)))
                .collect(Collectors.toList()));
    }

    /** The entries of every servable convention, ordered by id. */
    List<Entry> servable() {
        return underReadLock(() -> index.ids().stream().map(id -> documents.get(StoreLayout.fileName(id)))
                .collect(Collectors.toList()));
    }

    /** Every entry, servable or not. */
    List<Entry> all() {
        return underReadLock(() -> new ArrayList<>(documents.values()));
    }

    /** Logs what opening found. */
    void logOpened(long startedNanos) {
        underReadLock(() -> {
            LOG.info("Opened the JSON store {}: {} conventions, {} unreadable documents, in {} ms", layout.directory(),
                    index.size(), documents.size() - index.size(), (System.nanoTime() - startedNanos) / 1_000_000);
            documents.values().forEach(entry -> {
                if (entry.summary == null) {
                    LOG.warn("Not served: {}", entry.problem.getMessage());
                }
            });
            return null;
        });
    }

    private <T> T underReadLock(java.util.function.Supplier<T> work) {
        state.readLock().lock();
        try {
            return work.get();
        } finally {
            state.readLock().unlock();
        }
    }

    /**
     * Ends a write begun at {@code settled} that succeeded, and brings the in-memory state up to it.
     *
     * @param current the revision now current, empty when the convention was deleted
     */
    void afterWrite(long settled, String id, Optional<StoredRevision> current) {
        afterWrite(settled, Map.of(id, current));
    }

    /** The same for several conventions written under one mark of the change counter. */
    void afterWrite(long settled, Map<String, Optional<StoredRevision>> written) {
        long after = changes.endWrite(settled);
        state.writeLock().lock();
        try {
            written.forEach((id, current) -> {
                String name = StoreLayout.fileName(id);
                forget(name);
                current.ifPresent(stored -> {
                    Entry entry = new Entry(name, stampOf(layout.currentFile(id)),
                            DocumentSummary.of(stored.convention(), stored.revision()), null);
                    entry.keep(stored.convention());
                    entry.usable = true;
                    documents.put(name, entry);
                    index.put(entry.summary);
                });
            });
            // In step only if it was before this write: then this write is the only change since.
            seenChanges = seenChanges == settled ? after : ChangeCounter.UNKNOWN;
        } finally {
            state.writeLock().unlock();
        }
    }

    /** Ends a write that failed part-way: what is on disk is not known here, so the next query rescans. */
    void afterFailedWrite(long settled) {
        changes.endWrite(settled);
        seenChanges = ChangeCounter.UNKNOWN;
    }

    /** Removes what interrupted writes left and settles the change counter; under the lock, so no writer is live. */
    void recover() {
        lock.exclusive(() -> {
            List<Path> removed = new ArrayList<>(AtomicFiles.removeStaleTemps(layout.directory()));
            Path history = layout.historyRoot();
            // Never into a linked directory: the temp files there are not the store's (problems() lists the links).
            if (Files.isDirectory(history, LinkOption.NOFOLLOW_LINKS)) {
                try (DirectoryStream<Path> conventions = Files.newDirectoryStream(history,
                        dir -> Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS))) {
                    for (Path dir : conventions) {
                        removed.addAll(AtomicFiles.removeStaleTemps(dir));
                    }
                } catch (IOException e) {
                    throw new StorageException("Could not list " + history + ": " + AtomicFiles.describe(e), e);
                }
            }
            removed.forEach(file -> LOG.info("Removed {}, left by a write that was interrupted", file));
            changes.settle();
            return null;
        });
    }

    void refreshIfStale() {
        long now = changes.read();
        if (ChangeCounter.isSettled(now) && now == seenChanges) {
            return;
        }
        refresh(false);
    }

    /**
     * Rescans the directory, reparsing only the documents whose stamp changed.
     *
     * @param always even when the change counter says nothing changed (hand edits do not move it)
     */
    void refresh(boolean always) {
        state.writeLock().lock();
        try {
            long before = changes.read();
            if (!always && ChangeCounter.isSettled(before) && before == seenChanges) {
                return; // another thread rescanned meanwhile
            }
            Map<String, FileStamp> onDisk = listDocuments();
            List<String> gone = new ArrayList<>();
            for (String name : documents.keySet()) {
                if (!onDisk.containsKey(name)) {
                    gone.add(name);
                }
            }
            List<Map.Entry<String, FileStamp>> changed = onDisk.entrySet().stream()
                    .filter(e -> !documents.containsKey(e.getKey()) || !documents.get(e.getKey()).stamp.equals(e.getValue()))
                    .collect(Collectors.toList());
            // Scanning dominates the opening of a large store: spread it over the cores.
            List<Entry> scanned = (changed.size() > 16 ? changed.parallelStream() : changed.stream())
                    .map(e -> scan(e.getKey(), e.getValue())).collect(Collectors.toList());
            for (Entry entry : scanned) {
                if (entry.missing) {
                    gone.add(entry.name);
                    continue;
                }
                forget(entry.name);
                documents.put(entry.name, entry);
                if (entry.summary != null) {
                    index.put(entry.summary);
                }
            }
            long after = changes.read();
            boolean settledThroughout = ChangeCounter.isSettled(before) && after == before;
            // A document missing while another store writes may be between its removal and its replacement's
            // rename (AtomicFiles.writeUnsynced): it stays known, served from the history if asked for, and the
            // next query rescans. Missing with no write under way, it is gone.
            if (settledThroughout) {
                gone.forEach(this::forget);
            }
            seenChanges = settledThroughout ? before : ChangeCounter.UNKNOWN;
        } finally {
            state.writeLock().unlock();
        }
    }

    private void forget(String name) {
        Entry old = documents.remove(name);
        if (old != null && old.summary != null) {
            index.remove(old.summary.id());
        }
    }

    /**
     * The current documents: regular files named {@code *.json}, not hidden (temp files start with '.'), and
     * links of such names, which are listed to be reported, never followed.
     */
    private Map<String, FileStamp> listDocuments() {
        Map<String, FileStamp> found = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.directory(), StoreLayout::isDocumentName)) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class,
                            LinkOption.NOFOLLOW_LINKS);
                    if (attributes.isRegularFile() || attributes.isSymbolicLink()) {
                        found.put(file.getFileName().toString(), FileStamp.of(attributes));
                    }
                } catch (NoSuchFileException e) {
                    // deleted by another process while listing
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not list the store " + layout.directory() + ": " + AtomicFiles.describe(e), e);
        }
        return found;
    }

    /** Scans one current document into its summary, or the problem that keeps it from being served. */
    private Entry scan(String name, FileStamp stamp) {
        Path file = layout.file(name);
        String id = StoreLayout.idOf(name);
        if (!Patterns.isSafeId(id)) {
            return unreadable(name, stamp, "the file name is not a convention id followed by .json (ids are 1 to 64"
                    + " ASCII letters, digits, '-', '_' or '.'); rename it or move it out of the store");
        }
        DocumentSummary summary;
        try {
            summary = files.scan(file);
        } catch (NoSuchFileException e) {
            return Entry.missing(name); // removed since the listing: a delete, or a write replacing it
        } catch (StorageException e) {
            return new Entry(name, stamp, null, e);
        }
        if (!summary.id().equals(id)) {
            // Advise the file name only for an id that is safe as one: never "rename it ../../etc/passwd.json".
            String advice = Patterns.isSafeId(summary.id())
                    ? "rename it " + StoreLayout.fileName(summary.id()) + " or correct its id"
                    : "its id is not safe as a file name: correct the id inside the document";
            return unreadable(name, stamp, "it holds convention '" + summary.id() + "' but is named " + name
                    + ": a document is named after its id; " + advice);
        }
        if (summary.revision().isEmpty() || summary.version() < 1) {
            return unreadable(name, stamp, "it has no \"revision\" (who, when, why) nor a version of 1 or more, so"
                    + " it was not saved by a store: an exported document? Import it rather than copy it in");
        }
        return new Entry(name, stamp, summary, null);
    }

    private Entry unreadable(String name, FileStamp stamp, String what) {
        return new Entry(name, stamp, null,
                new InvalidDocumentException(layout.file(name).toString(), List.of(what)));
    }

    static FileStamp stampOf(Path file) {
        try {
            return FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS));
        } catch (IOException e) {
            return FileStamp.UNKNOWN; // differs from any real stamp: the next rescan rereads the file
        }
    }

    /**
     * One current document as last scanned: its summary, or the problem that keeps it from being served; and
     * once read whole, its convention, kept softly (or the problem met reading it).
     */
    static final class Entry {
        final String name;
        final FileStamp stamp;
        final DocumentSummary summary;
        volatile StorageException problem;
        /** Read whole without a problem, or written by this store object: saving over it needs no full read. */
        volatile boolean usable;
        /** Torn by a machine crash past its head, and served from the history until rewritten. */
        volatile boolean torn;
        /** A scan's answer only: the file was listed but gone when opened. */
        final boolean missing;
        private volatile SoftReference<Convention> kept = new SoftReference<>(null);

        Entry(String name, FileStamp stamp, DocumentSummary summary, StorageException problem) {
            this(name, stamp, summary, problem, false);
        }

        private Entry(String name, FileStamp stamp, DocumentSummary summary, StorageException problem, boolean missing) {
            this.name = name;
            this.stamp = stamp;
            this.summary = summary;
            this.problem = problem;
            this.missing = missing;
        }

        static Entry missing(String name) {
            return new Entry(name, FileStamp.UNKNOWN, null, null, true);
        }

        Convention kept() {
            return kept.get();
        }

        void keep(Convention convention) {
            kept = new SoftReference<>(convention);
        }
    }

    /**
     * What tells a changed file from an unchanged one without reading it. Every write renames a new file into
     * place, so the file key (device and inode) changes; size and time guard against a reused inode.
     */
    record FileStamp(Object key, FileTime modified, long size) {
        static final FileStamp UNKNOWN = new FileStamp(new Object(), FileTime.fromMillis(0), -1);

        static FileStamp of(BasicFileAttributes attributes) {
            return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        }
    }
}
