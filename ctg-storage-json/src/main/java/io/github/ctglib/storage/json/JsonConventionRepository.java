package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StoredRevision;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
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
 * <p><b>Durability.</b> A save makes one durable write, its revision in the history ({@link AtomicFiles}: file
 * and directory fsynced), which is the commit point; the current document is then replaced whole without
 * fsync, a copy that the history rebuilds: on opening and before any write of an id, a current document
 * behind its history, missing while the history is complete, or torn by a machine crash is rewritten from
 * the newest revision. The history itself is never rewritten. {@link #saveAll} commits a batch with one fsync
 * per directory. Revisions that no current document or complete history accounts for (a delete interrupted
 * after its commit point, files out of sequence) are invisible, reported by {@link #problems()}, and removed
 * by the next save of that id or by {@link #removeOrphanRevisions()}. Temp files of interrupted writes are
 * removed when a store opens.
 *
 * <p><b>Files outside the store</b> are never read, written or deleted: below its directory the store follows
 * no symbolic link for its own files. A linked document or history is reported by {@link #problems()} and not
 * served; a linked lock file or change counter makes opening fail with a message saying what to do.
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
    private final StoreLayout layout;
    private final StoreCatalogue catalogue;
    private final StoreReads reads;
    private final StoreWrites writes;

    private JsonConventionRepository(Path directory, ConventionJson json) {
        this.layout = new StoreLayout(directory);
        DocumentFiles files = new DocumentFiles(json);
        StoreLock lock = StoreLock.on(layout.lockFile());
        ChangeCounter changes = new ChangeCounter(layout.changeCounterFile());
        this.catalogue = new StoreCatalogue(layout, files, lock, changes);
        StoreHistory history = new StoreHistory(layout);
        this.reads = new StoreReads(layout, files, catalogue, history);
        this.writes = new StoreWrites(layout, files, catalogue, lock, changes, history, reads);
    }

    /**
     * Opens the store in {@code directory}, creating an empty one when the directory does not exist.
     *
     * @param directory the store's directory
     * @return the open store
     */
    public static JsonConventionRepository open(Path directory) {
        return open(directory, ConventionJson.standard());
    }

    /**
     * Opens the store with a copy of the host's {@code mapper} (see {@link ConventionJson#using}).
     *
     * @param directory the store's directory, created when missing
     * @param mapper the host's mapper, left as it is
     * @return the open store
     */
    public static JsonConventionRepository open(Path directory, JsonMapper mapper) {
        return open(directory, ConventionJson.using(mapper));
    }

    /**
     * Opens the store with {@code json} as its codec.
     *
     * @param directory the store's directory, created when missing
     * @param json the codec of its documents
     * @return the open store
     */
    public static JsonConventionRepository open(Path directory, ConventionJson json) {
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(json, "json");
        long started = System.nanoTime();
        AtomicFiles.createDirectories(directory);
        JsonConventionRepository store = new JsonConventionRepository(directory, json);
        store.catalogue.recover();
        store.catalogue.refresh(true);
        store.writes.repair();
        store.catalogue.logOpened(started);
        return store;
    }

    /** {@return the store's directory} */
    public Path directory() {
        return layout.directory();
    }

    /**
     * Reads every current document whole and reports those something is wrong with, ordered by file name:
     * unreadable ones (not served) and readable ones whose convention breaks a domain rule (served). It
     * rescans the directory first, so it also sees documents edited by hand since, which other calls notice
     * only once a store writes or opens. Costs a full reading of the store (seconds for a national portfolio).
     * Then what is wrong in the history: symbolic links (never followed, see the README), current documents
     * behind their history (repaired on opening), and revisions left by interrupted writes (of a convention
     * without a current document, or above its version).
     *
     * @return every problem found, empty for a sound store
     */
    public List<StoreProblem> problems() {
        return reads.problems();
    }

    /**
     * Repairs what writes killed part-way left, as {@link #problems()} lists it: first rewrites each current
     * document behind its history (or missing, or torn) from its newest revision, then removes the revision
     * files of an incomplete history that has no current document (then its directory, if nothing else is in
     * it) and those above a current version out of sequence. They are never served, and a save of that id
     * removes them too. Only files the store writes ({@code history/<id>/<version>.json}) are removed, never a
     * committed revision, never through a link, never a file a user left there, nor the history of a document
     * that cannot be read.
     *
     * @return the files removed
     */
    public List<Path> removeOrphanRevisions() {
        return writes.removeOrphanRevisions();
    }

    @Override
    public Optional<Convention> findById(String id) {
        return reads.findById(id);
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        return reads.search(query);
    }

    /** Reads lazily: each convention is read as the stream reaches it. */
    @Override
    public Stream<Convention> streamAll() {
        return reads.streamAll();
    }

    @Override
    public List<Revision> history(String id) {
        return reads.history(id);
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        return reads.findRevision(id, version);
    }

    @Override
    public Convention save(Convention convention, Change change) {
        return writes.save(convention, change);
    }

    /**
     * Saves each under one acquisition of the lock, committed together (one fsync per file and per directory);
     * not atomic as a whole, as the port says: a conflict stops the batch, the conventions before it are saved.
     */
    @Override
    public List<Convention> saveAll(List<Convention> conventions, Change change) {
        return writes.saveAll(conventions, change);
    }

    @Override
    public void restore(List<StoredRevision> revisions) {
        writes.restore(revisions);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        writes.delete(id, expectedVersion);
    }
}
