package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Patterns;
import io.github.ctglib.format.json.ConventionDocument;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.format.json.DomainRules;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.Violation;
import java.io.IOException;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * A {@link ConventionRepository} in plain files that people can read, diff, back up and exchange. See the
 * module's README for the format, the guarantees and the limits.
 *
 * <pre>
 * store/
 *   ctg-34-frontignan-2023.json          the current revision of each convention, named by its id
 *   history/ctg-34-frontignan-2023/1.json every revision, with who, when and why (the current one too)
 *   .ctg-store.lock                       the lock sidecar (never deleted)
 *   .ctg-store.changes                    a change counter that tells other processes to rescan
 * </pre>
 *
 * <p><b>Durability.</b> Each file is written whole or not at all ({@link AtomicFiles}): a save writes the
 * revision into the history, then replaces the current document, which is the commit point. A revision file
 * numbered above its current document is the leftover of a save that never returned: it is invisible and
 * replaced by the next save. Temp files of interrupted writes are removed when a store opens.
 *
 * <p><b>Concurrency.</b> Writes take a lock per directory in this JVM and an OS lock on the sidecar, and read the
 * stored version from disk under it: optimistic versions hold across threads and processes. Reads never lock.
 *
 * <p><b>Queries.</b> Opening scans every current document once — its JSON syntax, its format and the few
 * fields a search looks at, skipping the rest unread — into an index in memory. A document is read whole the
 * first time it is asked for, and kept (softly: the garbage collector may drop it and it is read again).
 * Each call checks the change counter (one small file read) and rescans only when a store wrote, rescanning
 * only the files whose identity, size or time changed.
 *
 * <p><b>Bad documents.</b> A current document that cannot be read — not JSON, another format, beyond the
 * limits, an unknown field, a name that is not its id — is left as it is and the others are served. Reading
 * it by id raises {@link InvalidDocumentException}; a search or {@link #streamAll()} leaves it out (with a
 * warning in the log); saving or deleting over it is refused until someone fixes or moves it.
 * {@link #problems()} reads every document whole and lists those, and the readable ones whose convention
 * breaks a domain rule: these are served, as the port stores what it is given, rules or not.
 */
public final class JsonConventionRepository implements ConventionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JsonConventionRepository.class);

    static final String DOCUMENT_SUFFIX = ".json";
    static final String HISTORY = "history";
    static final String LOCK_FILE = ".ctg-store.lock";
    static final String CHANGE_COUNTER_FILE = ".ctg-store.changes";

    private final Path directory;
    private final ConventionJson json;
    private final StoreLock lock;
    private final ChangeCounter changes;

    /** Guards the fields below; queries share it, rescans and the bookkeeping of own writes take it alone. */
    private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
    private final ConventionIndex index = new ConventionIndex();
    /** What the last scan found, by file name. */
    private final Map<String, Entry> documents = new HashMap<>();
    /** The change counter the in-memory state matches, or {@link ChangeCounter#UNKNOWN}. */
    private volatile long seenChanges = ChangeCounter.UNKNOWN;

    private JsonConventionRepository(Path directory, ConventionJson json) {
        this.directory = directory;
        this.json = json;
        this.lock = StoreLock.on(directory.resolve(LOCK_FILE));
        this.changes = new ChangeCounter(directory.resolve(CHANGE_COUNTER_FILE));
    }

    /** Opens the store in {@code directory}, creating an empty one when the directory does not exist. */
    public static JsonConventionRepository open(Path directory) {
        return open(directory, ConventionJson.standard());
    }

    /** Opens the store with a copy of the host's {@code mapper} (see {@link ConventionJson#using}). */
    public static JsonConventionRepository open(Path directory, JsonMapper mapper) {
        return open(directory, ConventionJson.using(mapper));
    }

    /** Opens the store with {@code json} as its codec. */
    public static JsonConventionRepository open(Path directory, ConventionJson json) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(json, "json");
        long started = System.nanoTime();
        AtomicFiles.createDirectories(directory);
        JsonConventionRepository store = new JsonConventionRepository(directory, json);
        store.recover();
        store.refresh(true);
        store.state.readLock().lock();
        try {
            LOG.info("Opened the JSON store {}: {} conventions, {} unreadable documents, in {} ms", directory,
                    store.index.size(), store.documents.size() - store.index.size(),
                    (System.nanoTime() - started) / 1_000_000);
            store.documents.values().forEach(entry -> {
                if (entry.summary == null) {
                    LOG.warn("Not served: {}", entry.problem.getMessage());
                }
            });
        } finally {
            store.state.readLock().unlock();
        }
        return store;
    }

    /** The store's directory. */
    public Path directory() {
        return directory;
    }

    /**
     * Reads every current document whole and reports those something is wrong with, ordered by file name:
     * unreadable ones (not served) and readable ones whose convention breaks a domain rule (served). It
     * rescans the directory first, so it also sees documents edited by hand since, which other calls notice
     * only once a store writes or opens. Costs a full reading of the store (seconds for a national portfolio).
     */
    public List<StoreProblem> problems() {
        refresh(true);
        List<Entry> all;
        state.readLock().lock();
        try {
            all = new ArrayList<>(documents.values());
        } finally {
            state.readLock().unlock();
        }
        all.sort(Comparator.comparing(entry -> entry.name));
        return all.parallelStream().map(this::problemOf).flatMap(Optional::stream).collect(Collectors.toList());
    }

    private Optional<StoreProblem> problemOf(Entry entry) {
        Path file = directory.resolve(entry.name);
        Optional<Convention> convention;
        try {
            convention = read(entry);
        } catch (StorageException e) {
            return Optional.of(new StoreProblem(file, e.getMessage(), false));
        }
        List<Violation> errors = convention.map(DomainRules::errors).orElse(List.of());
        if (errors.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new StoreProblem(file, new InvalidDocumentException(file.toString(),
                errors.stream().map(DomainRules::describe).collect(Collectors.toList())).getMessage(), true));
    }

    // ------------------------------------------------------------------------------------------ reads

    @Override
    public Optional<Convention> findById(String id) {
        ConventionIds.requireSafe(id);
        refreshIfStale();
        Entry entry = entry(id);
        return entry == null ? Optional.empty() : read(entry);
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        Objects.requireNonNull(query, "query");
        refreshIfStale();
        List<Entry> candidates;
        state.readLock().lock();
        try {
            candidates = index.candidates(query).stream().map(id -> documents.get(fileName(id)))
                    .collect(Collectors.toList());
        } finally {
            state.readLock().unlock();
        }
        return candidates.stream().map(this::readOrSkip).flatMap(Optional::stream).filter(query::matches)
                .collect(Collectors.toList());
    }

    /** Reads lazily: each convention is read as the stream reaches it. */
    @Override
    public Stream<Convention> streamAll() {
        refreshIfStale();
        List<Entry> all;
        state.readLock().lock();
        try {
            all = index.ids().stream().map(id -> documents.get(fileName(id))).collect(Collectors.toList());
        } finally {
            state.readLock().unlock();
        }
        return all.stream().map(this::readOrSkip).flatMap(Optional::stream);
    }

    @Override
    public List<Revision> history(String id) {
        ConventionIds.requireSafe(id);
        refreshIfStale();
        long current = currentVersion(id);
        List<Revision> revisions = new ArrayList<>();
        for (long version = 1; version <= current; version++) {
            Path file = revisionFile(id, version);
            DocumentSummary summary;
            try (InputStream in = Files.newInputStream(file)) {
                summary = json.scanSummary(in, file.toString());
            } catch (NoSuchFileException e) {
                throw missingRevision(id, version, file, e);
            } catch (IOException e) {
                throw new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
            }
            requireRevision(id, version, file, summary.id(), summary.version(), summary.revision());
            revisions.add(summary.revision().orElseThrow());
        }
        return revisions;
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        ConventionIds.requireSafe(id);
        refreshIfStale();
        long current = currentVersion(id);
        if (version < 1 || version > current) {
            return Optional.empty();
        }
        return Optional.of(readRevision(id, version).convention());
    }

    private Entry entry(String id) {
        state.readLock().lock();
        try {
            return documents.get(fileName(id));
        } finally {
            state.readLock().unlock();
        }
    }

    /** The stored version of {@code id}, 0 when none; throws when its document is unreadable. */
    private long currentVersion(String id) {
        Entry entry = entry(id);
        if (entry == null) {
            return 0;
        }
        if (entry.summary == null) {
            throw copy(entry.problem);
        }
        return entry.summary.version();
    }

    /**
     * The convention of a current document, read whole once and then kept softly; empty when the file is gone
     * (deleted by another process since the scan).
     *
     * @throws StorageException when it cannot be read, which is remembered until the file changes
     */
    private Optional<Convention> read(Entry entry) {
        Convention kept = entry.kept();
        if (kept != null) {
            return Optional.of(kept);
        }
        StorageException problem = entry.problem;
        if (problem != null) {
            throw copy(problem);
        }
        Path file = directory.resolve(entry.name);
        try {
            Convention convention = read(file).convention();
            if (!convention.getId().equals(entry.summary.id())) {
                throw new InvalidDocumentException(file.toString(), List.of("it now holds convention "
                        + convention.getId() + ": a document is named after its id; rename it or correct its id"));
            }
            entry.keep(convention);
            entry.usable = true;
            return Optional.of(convention);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (StorageException e) {
            entry.problem = e;
            throw copy(e);
        }
    }

    /** For searches and streams: an unreadable document is left out, as the other conventions are served. */
    private Optional<Convention> readOrSkip(Entry entry) {
        try {
            return read(entry);
        } catch (StorageException e) {
            LOG.warn("Left out of the results: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A committed revision from the history; it must be there and hold what its name says. */
    private ConventionDocument.Content readRevision(String id, long version) {
        Path file = revisionFile(id, version);
        ConventionDocument.Content content;
        try {
            content = read(file);
        } catch (NoSuchFileException e) {
            throw missingRevision(id, version, file, e);
        }
        requireRevision(id, version, file, content.convention().getId(), content.convention().getVersion(),
                content.revision());
        return content;
    }

    private static StorageException missingRevision(String id, long version, Path file, NoSuchFileException e) {
        return new StorageException("The history of convention " + id + " lacks revision " + version + ": " + file
                + " is missing. Restore it from a backup; the current revision is still served.", e);
    }

    /** A history file must hold the revision its place says, with its metadata. */
    private static void requireRevision(String id, long version, Path file, String holdsId, long holdsVersion,
            Optional<Revision> revision) {
        if (!holdsId.equals(id) || holdsVersion != version || revision.isEmpty()) {
            throw new InvalidDocumentException(file.toString(), List.of("it should hold revision " + version
                    + " of convention " + id + " with its \"revision\" metadata, but holds version " + holdsVersion
                    + " of convention " + holdsId + (revision.isEmpty() ? " without metadata" : "")));
        }
    }

    // ------------------------------------------------------------------------------------------ writes

    @Override
    public Convention save(Convention convention, Change change) {
        ConventionIds.requireSafe(convention.getId());
        Objects.requireNonNull(change, "change");
        return lock.exclusive(() -> saveLocked(convention, change));
    }

    /** Saves each under one acquisition of the lock; not atomic as a whole, as the port says. */
    @Override
    public List<Convention> saveAll(List<Convention> conventions, Change change) {
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

    @Override
    public void restore(List<StoredRevision> revisions) {
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

    @Override
    public void delete(String id, long expectedVersion) {
        ConventionIds.requireSafe(id);
        lock.exclusive(() -> {
            long stored = storedVersionOnDisk(id).orElseThrow(() -> new ConventionNotFoundException(id));
            if (stored != expectedVersion) {
                throw new ConcurrencyConflictException(id, expectedVersion, stored);
            }
            long settled = changes.beginWrite();
            boolean deleted = false;
            try {
                AtomicFiles.delete(currentFile(id)); // the commit point: from here on the convention is gone
                deleted = true;
                removeHistory(id);
            } finally {
                if (deleted) {
                    afterWrite(settled, id, Optional.empty());
                } else {
                    afterFailedWrite(settled);
                }
            }
            return null;
        });
    }

    /** Writes revisions into the history, then the last as the current document (the commit point). */
    private void writeRevisions(String id, List<StoredRevision> revisions) {
        long settled = changes.beginWrite();
        boolean committed = false;
        try {
            AtomicFiles.createDirectories(historyDirectory(id));
            byte[] document = null;
            for (StoredRevision r : revisions) {
                document = json.toBytes(r.convention(), Optional.of(r.revision()));
                AtomicFiles.write(revisionFile(id, r.revision().version()), document);
            }
            AtomicFiles.write(currentFile(id), document);
            committed = true;
        } finally {
            if (committed) {
                afterWrite(settled, id, Optional.of(revisions.get(revisions.size() - 1)));
            } else {
                afterFailedWrite(settled);
            }
        }
    }

    /**
     * Ends a write begun at {@code settled} that succeeded, and brings the in-memory state up to it.
     *
     * @param current the revision now current, empty when the convention was deleted
     */
    private void afterWrite(long settled, String id, Optional<StoredRevision> current) {
        long after = changes.endWrite(settled);
        state.writeLock().lock();
        try {
            String name = fileName(id);
            forget(name);
            current.ifPresent(stored -> {
                Entry entry = new Entry(name, stampOf(currentFile(id)),
                        DocumentSummary.of(stored.convention(), stored.revision()), null);
                entry.keep(stored.convention());
                entry.usable = true;
                documents.put(name, entry);
                index.put(entry.summary);
            });
            // In step only if it was before this write: then this write is the only change since.
            seenChanges = seenChanges == settled ? after : ChangeCounter.UNKNOWN;
        } finally {
            state.writeLock().unlock();
        }
    }

    /** Ends a write that failed part-way: what is on disk is not known here, so the next query rescans. */
    private void afterFailedWrite(long settled) {
        changes.endWrite(settled);
        seenChanges = ChangeCounter.UNKNOWN;
    }

    /**
     * The stored version of {@code id} as on disk now (call under the lock), empty when there is none; its
     * document must be usable. The version comes from the document's head, read from disk every time (another
     * process may have saved); the rest of the document is read too unless this store object wrote or read
     * this very file whole (same stamp), which spares a full parse per save.
     */
    private OptionalLong storedVersionOnDisk(String id) {
        Path file = currentFile(id);
        DocumentSummary head;
        try (InputStream in = Files.newInputStream(file)) {
            head = json.scanSummary(in, file.toString());
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
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
        Path file = currentFile(id);
        ConventionDocument.Content content;
        try {
            content = read(file);
        } catch (NoSuchFileException e) {
            return OptionalLong.empty();
        }
        requireHolds(id, file, content.convention().getId());
        return OptionalLong.of(content.convention().getVersion());
    }

    /** Whether the document whose head is {@code head} is the file this store object last wrote or read whole. */
    private boolean isKnownUsable(String id, DocumentSummary head) {
        Entry entry = entry(id);
        return entry != null && entry.usable && entry.summary != null && entry.summary.version() == head.version()
                && entry.stamp.equals(stampOf(currentFile(id)));
    }

    private static void requireHolds(String id, Path file, String holds) {
        if (!holds.equals(id)) {
            throw new StorageException(file + " holds convention " + holds + ", not " + id + ": ids that differ only"
                    + " in case share one file on this file system. Nothing was written; choose another id.");
        }
    }

    private void removeHistory(String id) {
        Path history = historyDirectory(id);
        try (Stream<Path> files = Files.list(history)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(history);
            AtomicFiles.fsyncDirectory(history.getParent());
        } catch (NoSuchFileException e) {
            // no history: nothing to remove
        } catch (IOException e) {
            // The current document is gone, so the convention is deleted; leftover revisions are invisible and
            // replaced by a later convention of that id.
            LOG.warn("Deleted convention {}, but could not remove all of {}: {}. Remove that directory by hand.", id,
                    history, AtomicFiles.describe(e));
        }
    }

    // ------------------------------------------------------------------------------------------ scanning

    /** Removes what interrupted writes left and settles the change counter; under the lock, so no writer is live. */
    private void recover() {
        lock.exclusive(() -> {
            List<Path> removed = new ArrayList<>(AtomicFiles.removeStaleTemps(directory));
            Path history = directory.resolve(HISTORY);
            if (Files.isDirectory(history)) {
                try (DirectoryStream<Path> conventions = Files.newDirectoryStream(history, Files::isDirectory)) {
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

    private void refreshIfStale() {
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
    private void refresh(boolean always) {
        state.writeLock().lock();
        try {
            long before = changes.read();
            if (!always && ChangeCounter.isSettled(before) && before == seenChanges) {
                return; // another thread rescanned meanwhile
            }
            Map<String, FileStamp> onDisk = listDocuments();
            for (String name : new ArrayList<>(documents.keySet())) {
                if (!onDisk.containsKey(name)) {
                    forget(name);
                }
            }
            List<Map.Entry<String, FileStamp>> changed = onDisk.entrySet().stream()
                    .filter(e -> !documents.containsKey(e.getKey()) || !documents.get(e.getKey()).stamp.equals(e.getValue()))
                    .collect(Collectors.toList());
            // Scanning dominates the opening of a large store: spread it over the cores.
            List<Entry> scanned = (changed.size() > 16 ? changed.parallelStream() : changed.stream())
                    .map(e -> scan(e.getKey(), e.getValue())).collect(Collectors.toList());
            for (Entry entry : scanned) {
                forget(entry.name);
                documents.put(entry.name, entry);
                if (entry.summary != null) {
                    index.put(entry.summary);
                }
            }
            long after = changes.read();
            seenChanges = ChangeCounter.isSettled(before) && after == before ? before : ChangeCounter.UNKNOWN;
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

    private static boolean isDocumentName(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(DOCUMENT_SUFFIX) && !name.startsWith(".");
    }

    /** The current documents: regular files named {@code *.json}, not hidden (temp files start with '.'). */
    private Map<String, FileStamp> listDocuments() {
        Map<String, FileStamp> found = new HashMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, JsonConventionRepository::isDocumentName)) {
            for (Path file : files) {
                try {
                    BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
                    if (attributes.isRegularFile()) {
                        found.put(file.getFileName().toString(), FileStamp.of(attributes));
                    }
                } catch (NoSuchFileException e) {
                    // deleted by another process while listing
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not list the store " + directory + ": " + AtomicFiles.describe(e), e);
        }
        return found;
    }

    /** Scans one current document into its summary, or the problem that keeps it from being served. */
    private Entry scan(String name, FileStamp stamp) {
        Path file = directory.resolve(name);
        String id = name.substring(0, name.length() - DOCUMENT_SUFFIX.length());
        if (!Patterns.isSafeId(id)) {
            return unreadable(name, stamp, "the file name is not a convention id followed by .json (ids are 1 to 64"
                    + " ASCII letters, digits, '-', '_' or '.'); rename it or move it out of the store");
        }
        DocumentSummary summary;
        try (InputStream in = Files.newInputStream(file)) {
            summary = json.scanSummary(in, file.toString());
        } catch (StorageException e) {
            return new Entry(name, stamp, null, e);
        } catch (IOException e) {
            return new Entry(name, stamp, null, new StorageException("Could not read " + file + ": "
                    + AtomicFiles.describe(e), e));
        }
        if (!summary.id().equals(id)) {
            return unreadable(name, stamp, "it holds convention " + summary.id() + " but is named " + name
                    + ": a document is named after its id; rename it " + summary.id() + DOCUMENT_SUFFIX
                    + " or correct its id");
        }
        if (summary.revision().isEmpty() || summary.version() < 1) {
            return unreadable(name, stamp, "it has no \"revision\" (who, when, why) nor a version of 1 or more, so"
                    + " it was not saved by a store: an exported document? Import it rather than copy it in");
        }
        return new Entry(name, stamp, summary, null);
    }

    private Entry unreadable(String name, FileStamp stamp, String what) {
        return new Entry(name, stamp, null,
                new InvalidDocumentException(directory.resolve(name).toString(), List.of(what)));
    }

    private ConventionDocument.Content read(Path file) throws NoSuchFileException {
        try (InputStream in = Files.newInputStream(file)) {
            return json.readContent(in, file.toString());
        } catch (NoSuchFileException e) {
            throw e;
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
        }
    }

    private static FileStamp stampOf(Path file) {
        try {
            return FileStamp.of(Files.readAttributes(file, BasicFileAttributes.class));
        } catch (IOException e) {
            return FileStamp.UNKNOWN; // differs from any real stamp: the next rescan rereads the file
        }
    }

    /** A copy to throw, so that each caller gets its own stack trace, the scan's as its cause. */
    private static StorageException copy(StorageException problem) {
        if (problem instanceof InvalidDocumentException invalid) {
            return new InvalidDocumentException(invalid.source(), invalid.problems(), invalid);
        }
        return new StorageException(problem.getMessage(), problem);
    }

    // ------------------------------------------------------------------------------------------ layout

    private static String fileName(String id) {
        return id + DOCUMENT_SUFFIX;
    }

    private Path currentFile(String id) {
        return directory.resolve(fileName(id));
    }

    private Path historyDirectory(String id) {
        return directory.resolve(HISTORY).resolve(id);
    }

    private Path revisionFile(String id, long version) {
        return historyDirectory(id).resolve(version + DOCUMENT_SUFFIX);
    }

    /**
     * One current document as last scanned: its summary, or the problem that keeps it from being served; and
     * once read whole, its convention, kept softly (or the problem met reading it).
     */
    private static final class Entry {
        final String name;
        final FileStamp stamp;
        final DocumentSummary summary;
        volatile StorageException problem;
        /** Read whole without a problem, or written by this store object: saving over it needs no full read. */
        volatile boolean usable;
        private volatile SoftReference<Convention> kept = new SoftReference<>(null);

        Entry(String name, FileStamp stamp, DocumentSummary summary, StorageException problem) {
            this.name = name;
            this.stamp = stamp;
            this.summary = summary;
            this.problem = problem;
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
    private record FileStamp(Object key, FileTime modified, long size) {
        static final FileStamp UNKNOWN = new FileStamp(new Object(), FileTime.fromMillis(0), -1);

        static FileStamp of(BasicFileAttributes attributes) {
            return new FileStamp(attributes.fileKey(), attributes.lastModifiedTime(), attributes.size());
        }
    }
}
