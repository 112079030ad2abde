package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionDocument;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.format.json.ReusableParts;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.storage.json.StoreCatalogue.Entry;
import io.github.ctglib.vocabulary.Patterns;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.FutureTask;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes, under the store's lock (this JVM's and the OS's on the sidecar): the stored version is read from
 * disk under it, so optimistic versions hold across threads and processes.
 *
 * <p>A save makes one durable write: the revision written under its name {@code history/<id>/<v>.json} (no temp
 * file: {@link AtomicFiles#writeNew}), the file and its directory fsynced at the same time on two threads,
 * which is the commit point; a revision left unfinished by a crash before it is removed unacknowledged
 * ({@link #newestFinished}). The current document {@code <id>.json} gets the same bytes, whole but without
 * fsync: staged in a temp file on another thread while the revision's fsyncs run, then renamed into the name
 * the old one frees by moving aside, then deleted ({@link AtomicFiles#stage}). It
 * is a copy that the history rebuilds when it is missing, behind it, or torn by a machine crash
 * ({@link #committedVersion}), on opening and before any write of that id. The committed revisions of a
 * convention are numbered 1 to n without a gap, so revision 1 is what makes a history complete: a delete
 * removes it right after the current document, and that is the delete's commit point; a restore writes it
 * last. {@link #saveAll} is one group commit: its files' fsyncs, then its directories', run eight at a time.
 */
final class StoreWrites {
    private static final Logger LOG = LoggerFactory.getLogger(StoreWrites.class);

    private final StoreLayout layout;
    private final DocumentFiles files;
    private final StoreCatalogue catalogue;
    private final StoreLock lock;
    private final ChangeCounter changes;
    private final StoreHistory history;
    private final StoreReads reads;

    StoreWrites(StoreLayout layout, DocumentFiles files, StoreCatalogue catalogue, StoreLock lock,
            ChangeCounter changes, StoreHistory history, StoreReads reads) {
        this.history = history;
        this.layout = layout;
        this.files = files;
        this.catalogue = catalogue;
        this.lock = lock;
        this.changes = changes;
        this.reads = reads;
    }

    /** Revisions to write for one convention; {@code creation} when it had none before. */
    private record Pending(String id, List<StoredRevision> revisions, boolean creation) {}

    Convention save(Convention convention, Change change) {
        ConventionIds.requireSafe(convention.getId());
        Objects.requireNonNull(change, "change");
        return lock.exclusive(() -> saveLocked(List.of(convention), change).get(0));
    }

    /**
     * Saves each under one acquisition of the lock, committed together (one fsync per directory); not atomic
     * as a whole, as the port says: a conflict stops the batch, and the conventions before it are saved.
     */
    List<Convention> saveAll(List<Convention> conventions, Change change) {
        conventions.forEach(c -> ConventionIds.requireSafe(c.getId()));
        Objects.requireNonNull(change, "change");
        return lock.exclusive(() -> saveLocked(conventions, change));
    }

    private List<Convention> saveLocked(List<Convention> conventions, Change change) {
        Map<String, Long> inBatch = new HashMap<>();
        List<Pending> pending = new ArrayList<>(conventions.size());
        List<Convention> saved = new ArrayList<>(conventions.size());
        RuntimeException refused = null;
        for (Convention convention : conventions) {
            String id = convention.getId();
            try {
                Long earlier = inBatch.get(id);
                long stored = earlier != null ? earlier : committedVersion(id);
                if (stored != convention.getVersion()) {
                    throw new ConcurrencyConflictException(id, convention.getVersion(), stored);
                }
                Convention next = ImmutableConvention.copyOf(convention).withVersion(stored + 1);
                Revision revision = new Revision(stored + 1, change.at(), change.actor(), change.summary());
                pending.add(new Pending(id, List.of(new StoredRevision(revision, next)), stored == 0 && earlier == null));
                inBatch.put(id, stored + 1);
                saved.add(next);
            } catch (RuntimeException e) {
                refused = e; // what came before is saved, as if each had been saved in turn
                break;
            }
        }
        commit(pending);
        if (refused != null) {
            throw refused;
        }
        return saved;
    }

    void restore(List<StoredRevision> revisions) {
        String id = StoredRevision.requireComplete(revisions);
        lock.exclusive(() -> {
            long stored = committedVersion(id);
            if (stored > 0) {
                throw new ConcurrencyConflictException(id, 0, stored);
            }
            commit(List.of(new Pending(id, revisions, true)));
            return null;
        });
    }

    void delete(String id, long expectedVersion) {
        ConventionIds.requireSafe(id);
        lock.exclusive(() -> {
            long stored = committedVersion(id);
            if (stored == 0) {
                throw new ConventionNotFoundException(id);
            }
            if (stored != expectedVersion) {
                throw new ConcurrencyConflictException(id, expectedVersion, stored);
            }
            long settled = changes.beginWrite();
            boolean deleted = false;
            try {
                AtomicFiles.delete(layout.currentFile(id));
                removeFirstRevision(id); // the commit point: an incomplete history brings nothing back
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

    private void removeFirstRevision(String id) {
        Path first = layout.revisionFile(id, 1);
        try {
            if (history.has(id, 1)) {
                Files.delete(first);
                AtomicFiles.fsyncDirectory(first.getParent());
            }
        } catch (IOException | StorageException e) {
            throw new StorageException("Could not delete convention " + id + ": its current document is removed but"
                    + " not " + first + " (" + e.getMessage() + "), so the next store to open brings the convention"
                    + " back from its history. Delete it again.", e);
        }
    }

    /**
     * Writes the revisions of each pending convention and makes them durable together, one fsync per file and
     * per directory: that is the commit. Then each current document, a copy the history can rebuild.
     */
    private void commit(List<Pending> pending) {
        if (pending.isEmpty()) {
            return;
        }
        long settled = changes.beginWrite();
        Map<String, Optional<StoredRevision>> written = new LinkedHashMap<>();
        Map<String, CompletableFuture<AtomicFiles.Staged>> currents = new LinkedHashMap<>();
        Map<String, Long> newest = new HashMap<>();
        List<Path> placed = new ArrayList<>();
        List<CompletableFuture<Void>> syncing = new ArrayList<>();
        boolean committed = false;
        try {
            AtomicFiles.createDirectories(layout.historyRoot());
            boolean created = false;
            Set<Path> directories = new LinkedHashSet<>();
            for (Pending p : pending) {
                boolean made = AtomicFiles.createDirectoryUnsynced(layout.historyDirectory(p.id()), p.creation());
                if (p.creation() && !made) {
                    removeLeftovers(p.id()); // a directory just made holds none
                }
                created |= made;
                directories.add(layout.historyDirectory(p.id()));
            }
            if (created) {
                AtomicFiles.fsyncDirectory(layout.historyRoot());
            }
            Function<StoredRevision, ByteBuffer> documents = serialiseAhead(pending);
            // A batch of one revision per convention fsyncs its files, then its directories, many at a time.
            boolean grouped = pending.size() > 1 && pending.stream().allMatch(p -> p.revisions().size() == 1)
                    && pending.stream().map(Pending::id).distinct().count() == pending.size();
            // A save of one revision fsyncs its directory on another thread while this one fsyncs the file.
            boolean single = pending.size() == 1 && pending.get(0).revisions().size() == 1;
            for (Pending p : pending) {
                List<StoredRevision> revisions = p.revisions();
                if (revisions.size() > 1) {
                    // A whole history: revision 1 last, once the others are durable, since it makes it complete.
                    for (StoredRevision r : revisions.subList(1, revisions.size())) {
                        placed.add(place(p.id(), r, documents, currents, newest, true, () -> {}));
                    }
                    AtomicFiles.fsyncDirectory(layout.historyDirectory(p.id()));
                }
                Runnable beforeFsync = single ? concurrentFsync(layout.historyDirectory(p.id()), syncing) : () -> {};
                Path file = place(p.id(), revisions.get(0), documents, currents, newest, !grouped, beforeFsync);
                placed.add(file);
                if (grouped) { // started now, so that the device flushes while the next documents are serialised
                    syncing.add(CompletableFuture.runAsync(() -> AtomicFiles.fsyncFile(file), FSYNCS));
                }
                written.put(p.id(), Optional.of(revisions.get(revisions.size() - 1)));
            }
            if (grouped) {
                AtomicFiles.awaitAll(syncing);
                AtomicFiles.awaitAll(directories.stream()
                        .map(d -> CompletableFuture.runAsync(() -> AtomicFiles.fsyncDirectory(d), FSYNCS)).toList());
            } else if (single) {
                AtomicFiles.awaitAll(syncing);
            } else {
                directories.forEach(AtomicFiles::fsyncDirectory);
            }
            committed = true;
            currents.forEach(this::publishCurrent);
        } finally {
            if (committed) {
                catalogue.afterWrite(settled, written);
            } else {
                AtomicFiles.awaitAll(syncing.stream().map(sync -> sync.exceptionally(e -> null)).toList());
                currents.values().forEach(StoreWrites::discard);
                removeUncommitted(placed);
                catalogue.afterFailedWrite(settled);
            }
        }
    }

    /** How many conventions keep the parts of their last document (a save of one reuses those it did not change). */
    private static final int REUSED = 16;

    /** The parts of the last documents saved one at a time, the least recently saved dropped first; under the lock. */
    private final Map<String, ReusableParts> lastWritten = new LinkedHashMap<>(REUSED * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, ReusableParts> eldest) {
            return size() > REUSED;
        }
    };

    /** How many documents of a batch are serialised ahead of the one being written: a bound on the memory held. */
    private static final int AHEAD = 32;

    /**
     * The documents of a batch of saves, serialised on every core ({@link #SERIALISERS}) while this thread
     * writes and waits on fsyncs (serialising is a third of a bulk import's time when done in turn), at most
     * {@link #AHEAD} ahead, in the order they are asked for; one that no serialiser has begun when it is asked for
     * is serialised by the asking thread. A single save serialises where it is written, copying the parts of its
     * convention's last document that it did not change ({@link ReusableParts}); a restore, each revision in turn.
     */
    private Function<StoredRevision, ByteBuffer> serialiseAhead(List<Pending> pending) {
        if (pending.size() == 1 && pending.get(0).revisions().size() == 1) {
            ReusableParts parts = lastWritten.computeIfAbsent(pending.get(0).id(), id -> new ReusableParts());
            return revision -> files.toBuffer(revision, parts);
        }
        if (pending.size() == 1) {
            return revision -> ByteBuffer.wrap(files.toBytes(revision));
        }
        List<StoredRevision> order = new ArrayList<>(pending.size());
        pending.forEach(p -> order.addAll(p.revisions()));
        List<FutureTask<ByteBuffer>> ahead = new ArrayList<>(order.size());
        return new Function<>() {
            private int next;

            @Override
            public ByteBuffer apply(StoredRevision revision) {
                while (ahead.size() < Math.min(order.size(), next + AHEAD)) {
                    StoredRevision r = order.get(ahead.size());
                    FutureTask<ByteBuffer> task = new FutureTask<>(() -> ByteBuffer.wrap(files.toBytes(r)));
                    SERIALISERS.execute(task);
                    ahead.add(task);
                }
                if (next >= order.size() || order.get(next) != revision) {
                    return ByteBuffer.wrap(files.toBytes(revision)); // asked out of order: no look-ahead for it
                }
                FutureTask<ByteBuffer> task = ahead.set(next++, null);
                task.run(); // serialised here if no serialiser has begun it: this thread would only wait for it
                return done(task);
            }
        };
    }

    /** The document a finished task serialised, or what it threw. */
    private static ByteBuffer done(FutureTask<ByteBuffer> task) {
        try {
            return task.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e.getCause() instanceof RuntimeException cause ? cause : new CompletionException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("Interrupted while serialising the documents of a batch; nothing was saved", e);
        }
    }

    /**
     * Writes one revision file under its name, its data fsynced unless {@code fsync} is false (a group commit
     * fsyncs the batch's files together), its directory entry not yet. The newest revision of each id is also
     * staged as its current document on {@link #COPIES} while this thread waits for the fsyncs, so that the
     * copy costs the save only its rename into place, after the commit.
     */
    private Path place(String id, StoredRevision revision, Function<StoredRevision, ByteBuffer> documents,
            Map<String, CompletableFuture<AtomicFiles.Staged>> currents, Map<String, Long> newest, boolean fsync,
            Runnable beforeFsync) {
        ByteBuffer document = documents.apply(revision);
        long version = revision.revision().version();
        if (newest.getOrDefault(id, 0L) < version) {
            newest.put(id, version);
            Path current = layout.currentFile(id);
            CompletableFuture<AtomicFiles.Staged> earlier =
                    currents.put(id, CompletableFuture.supplyAsync(() -> AtomicFiles.stage(current, document.duplicate()), COPIES));
            if (earlier != null) {
                discard(earlier);
            }
        }
        Path file = layout.revisionFile(id, version);
        AtomicFiles.writeNew(file, document.duplicate(), fsync, beforeFsync);
        return file;
    }

    /** What a single save runs as its revision's fsync begins: its directory's fsync, on another thread. */
    private static Runnable concurrentFsync(Path directory, List<CompletableFuture<Void>> syncing) {
        return () -> syncing.add(CompletableFuture.runAsync(() -> AtomicFiles.fsyncDirectory(directory), FSYNCS));
    }

    /** The current document once its revision is committed: the staged copy renamed into place. */
    private void publishCurrent(String id, CompletableFuture<AtomicFiles.Staged> staged) {
        try {
            join(staged).publish();
        } catch (StorageException e) {
            // The save is committed in the history; the copy is rebuilt from it when a store next opens or writes.
            LOG.warn("Saved {} in its history, but could not write its current document: {}", id, e.getMessage());
        }
    }

    private static void discard(CompletableFuture<AtomicFiles.Staged> staged) {
        try {
            join(staged).discard();
        } catch (StorageException e) {
            // never written, so nothing to remove
        }
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /**
     * Where current documents are staged: daemon threads, which never keep a JVM alive, and two at most, since
     * each write is mostly the kernel copying bytes; idle ones end after a minute. Shared by the stores of a JVM.
     */
    private static final ExecutorService COPIES = daemons("ctg-json-store-copy-", 2);

    /**
     * Where a batch's fsyncs run, eight at a time: the device flushes once for those that arrive together.
     * Daemon threads as well, ended after a minute idle.
     */
    private static final ExecutorService FSYNCS = daemons("ctg-json-store-fsync-", 8);

    /**
     * Where a batch's documents are serialised: one daemon per core, since it is CPU work (the common pool has one
     * thread fewer than the cores, one on two, and a bulk import of 1,255 conventions waited on it: 2.35 s
     * against 1.60 s with a thread per core, on two cores).
     */
    private static final ExecutorService SERIALISERS =
            daemons("ctg-json-store-serialise-", Runtime.getRuntime().availableProcessors());

    private static ExecutorService daemons(String name, int size) {
        AtomicInteger threads = new AtomicInteger();
        ThreadPoolExecutor pool = new ThreadPoolExecutor(size, size, 1, TimeUnit.MINUTES, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, name + threads.incrementAndGet());
                    thread.setDaemon(true);
                    return thread;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    /** After a failed commit: the revisions placed are not durable nor acknowledged, so they go. */
    private void removeUncommitted(List<Path> placed) {
        for (Path file : placed) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                LOG.warn("Could not remove {}, written by a save that failed: {}", file, AtomicFiles.describe(e));
            }
        }
    }

    /**
     * The committed version of {@code id}, 0 when it has none; call under the lock. When the history holds
     * revisions above the current document (a save or a first save interrupted after its commit point), or
     * the current document is torn (empty, or a beginning of a revision, as a machine crash leaves an unsynced
     * file), the current document is first rewritten from the newest revision.
     */
    long committedVersion(String id) {
        long onDisk;
        try {
            onDisk = storedVersionOnDisk(id).orElse(0L);
        } catch (StorageException e) {
            OptionalLong repaired = repairTorn(id);
            if (repaired.isEmpty()) {
                throw e;
            }
            return repaired.getAsLong();
        }
        history.requireNoLink(id);
        if (!history.has(id, onDisk + 1)) {
            if (onDisk > 0 && history.has(id, onDisk + 2)) {
                removeLeftovers(id, onDisk); // out of sequence: no save wrote them, and the next save would join them
            }
            return onDisk;
        }
        long newest = newestFinished(id, onDisk + 1);
        if (newest == onDisk) {
            return onDisk;
        }
        rewriteCurrent(id, newest, "it was " + (onDisk == 0 ? "missing" : "at version " + onDisk)
                + ": a write was interrupted after its commit point");
        return newest;
    }

    /** For a current document that cannot be read: if a crash tore it, rewrites it and returns its version. */
    private OptionalLong repairTorn(String id) {
        Path current = layout.currentFile(id);
        if (Links.firstLink(layout.directory(), layout.historyDirectory(id)) != null || Files.isSymbolicLink(current)
                || !history.has(id, 1)) {
            return OptionalLong.empty();
        }
        long newest = newestFinished(id, 1);
        if (newest == 0 || !isTornCopy(current, layout.revisionFile(id, newest))) {
            return OptionalLong.empty(); // someone's document, reported by problems(), never overwritten
        }
        rewriteCurrent(id, newest, "it was torn by a machine crash");
        return OptionalLong.of(newest);
    }

    /**
     * The newest revision of {@code id} from {@code from} (which must be there), once an unfinished one is
     * removed. A save writes its revision under its final name ({@link AtomicFiles#writeNew}), so a process
     * killed, or a machine that crashed, before the save's commit leaves it cut, empty or with blocks never
     * written, above every acknowledged revision (one save at a time, under the lock): never acknowledged, it
     * goes. A file that is whole JSON stays, even if it is not a valid document: that one is someone's.
     */
    private long newestFinished(String id, long from) {
        long newest = history.newest(id, from);
        Path file = layout.revisionFile(id, newest);
        try {
            if (isUnfinished(Files.readAllBytes(file))) {
                Files.delete(file);
                AtomicFiles.fsyncDirectory(file.getParent());
                LOG.warn("Removed {}: the revision of a save that was interrupted before its commit (never acknowledged)",
                        file);
                return newest - 1;
            }
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
        }
        return newest;
    }

    /**
     * Whether {@code document} is what an interrupted write leaves: nothing, bytes never written (zeros), or a
     * beginning whose objects, arrays or last string are not closed. Strings are skipped with their escapes.
     */
    static boolean isUnfinished(byte[] document) {
        int depth = 0;
        boolean opened = false;
        boolean inString = false;
        boolean escaped = false;
        for (byte b : document) {
            if (b == 0) {
                return true;
            }
            if (inString) {
                if (escaped) {
                    escaped = false;
                } else if (b == '\\') {
                    escaped = true;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
                opened = true;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return !opened || inString || depth > 0;
    }

    /** Whether {@code current} (not a link) is a torn copy of {@code revision}; false when either cannot be read. */
    static boolean isTornCopy(Path current, Path revision) {
        try {
            byte[] committed = Files.readAllBytes(revision);
            try (InputStream in = Files.newInputStream(current, LinkOption.NOFOLLOW_LINKS)) {
                return isTorn(in.readNBytes(committed.length + 1), committed);
            }
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether {@code have} is what a machine crash leaves of an unsynced copy of {@code revision}: nothing, the
     * revision's length with blocks never written (zeros), or whole blocks of its beginning. A shorter edit by
     * hand ("{") is not: it is reported, never overwritten.
     */
    static boolean isTorn(byte[] have, byte[] revision) {
        if (have.length == 0) {
            return true;
        }
        if (have.length == revision.length) {
            boolean zeros = false;
            for (int i = 0; i < have.length; i++) {
                if (have[i] != revision[i]) {
                    if (have[i] != 0) {
                        return false;
                    }
                    zeros = true;
                }
            }
            return zeros;
        }
        return have.length < revision.length && have.length % TORN_BLOCK == 0
                && Arrays.equals(have, 0, have.length, revision, 0, have.length);
    }

    /** The block size of the file systems' writeback: a torn file ends on such a boundary. */
    private static final int TORN_BLOCK = 4096;

    /** Rewrites the current document of {@code id} with the bytes of its revision {@code version}. */
    private void rewriteCurrent(String id, long version, String why) {
        Path file = layout.revisionFile(id, version);
        ConventionDocument.Content content = reads.readRevision(id, version);
        byte[] document;
        try {
            document = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new StorageException("Could not read " + file + ": " + AtomicFiles.describe(e), e);
        }
        long settled = changes.beginWrite();
        boolean done = false;
        try {
            AtomicFiles.writeUnsynced(layout.currentFile(id), document);
            done = true;
        } finally {
            if (done) {
                catalogue.afterWrite(settled, id,
                        Optional.of(new StoredRevision(content.revision().orElseThrow(), content.convention())));
            } else {
                catalogue.afterFailedWrite(settled);
            }
        }
        LOG.info("Rewrote {} from its history, revision {} ({})",
                layout.currentFile(id), version, why);
    }

    /**
     * Brings every current document up to its history, as {@link #committedVersion} does before a write: those
     * behind it, missing with a complete history, or torn. On opening, under the lock. A document that cannot
     * be repaired is left for {@code problems()} to report.
     */
    void repair() {
        lock.exclusive(() -> {
            repairLocked();
            return null;
        });
    }

    private void repairLocked() {
        if (Files.isSymbolicLink(layout.historyRoot())) {
            return;
        }
        for (Entry entry : catalogue.all()) {
            String id = StoreLayout.idOf(entry.name);
            if (!Patterns.isSafeId(id) || Files.isSymbolicLink(layout.historyDirectory(id))
                    || entry.summary != null && !entry.torn && !history.has(id, entry.summary.version() + 1)) {
                continue;
            }
            tryToRepair(id);
        }
        for (String id : history.ids()) {
            if (catalogue.entry(id) == null && history.has(id, 1)) {
                tryToRepair(id);
            }
        }
    }

    private void tryToRepair(String id) {
        try {
            committedVersion(id);
        } catch (StorageException e) {
            LOG.warn("Could not bring the current document of {} up to its history: {}", id, e.getMessage());
        }
    }

    /**
     * The stored version of {@code id} as on disk now (call under the lock), empty when there is none; its
     * document must be usable. When the file is the very one this store object last wrote or read whole (same
     * identity, time and size: another process's write renames a new file into place, an edit changes the
     * time), its version is known; otherwise it comes from the document's head, and the rest of the document is
     * read too, to refuse saving over an unusable one.
     */
    private OptionalLong storedVersionOnDisk(String id) {
        Path file = layout.currentFile(id);
        Entry known = catalogue.entry(id);
        if (known != null && known.usable && known.summary != null && !known.torn
                && known.stamp != StoreCatalogue.FileStamp.UNKNOWN && known.stamp.equals(StoreCatalogue.stampOf(file))) {
            return OptionalLong.of(known.summary.version());
        }
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
     * Removes the revision files above {@code stored}: for a new convention (0) those of an incomplete history, left
     * by a delete or a restore that was interrupted; above a current version, files out of sequence, which no save
     * writes. Before the write, so that its history holds only its own revisions.
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

    private void removeLeftovers(String id) {
        removeLeftovers(id, 0);
    }

    /**
     * Repairs what interrupted writes left (see {@link StoreHistory#problems}): first brings each current
     * document up to its history, then removes the revision files of incomplete histories (without revision 1
     * nor a current document), then their directory if nothing else is in it, and revision files above a current
     * version and out of sequence. Never a file the store did not write, nor a committed revision, nor the
     * history of a document that cannot be read.
     */
    List<Path> removeOrphanRevisions() {
        return lock.exclusive(() -> {
            catalogue.refresh(true);
            repairLocked();
            List<Path> removed = new ArrayList<>();
            for (String id : history.ids()) {
                Entry entry = catalogue.entry(id);
                long current = entry == null ? 0 : entry.summary == null ? -1 : entry.summary.version();
                if (current < 0 || history.has(id, current + 1)) {
                    continue; // unreadable, or its repair failed: its history waits for whoever fixes it
                }
                try {
                    removed.addAll(history.removeAbove(id, current, entry == null));
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
