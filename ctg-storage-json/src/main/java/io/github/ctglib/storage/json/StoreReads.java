package io.github.ctglib.storage.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocument;
import io.github.ctglib.format.json.DocumentSummary;
import io.github.ctglib.format.json.DomainRules;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.storage.json.StoreCatalogue.Entry;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads, which never lock: the catalogue says which documents to read, each is read whole once and then kept
 * softly; revisions come from the history. Searches decide on the whole convention with
 * {@link ConventionQuery#matches}; an unreadable document is left out of them, and raised when asked for by id.
 */
final class StoreReads {
    private static final Logger LOG = LoggerFactory.getLogger(StoreReads.class);

    private final StoreLayout layout;
    private final DocumentFiles files;
    private final StoreCatalogue catalogue;
    private final StoreHistory historyFiles;

    StoreReads(StoreLayout layout, DocumentFiles files, StoreCatalogue catalogue, StoreHistory historyFiles) {
        this.historyFiles = historyFiles;
        this.layout = layout;
        this.files = files;
        this.catalogue = catalogue;
    }

    Optional<Convention> findById(String id) {
        ConventionIds.requireSafe(id);
        catalogue.refreshIfStale();
        Entry entry = catalogue.entry(id);
        return entry == null ? Optional.empty() : read(entry);
    }

    List<Convention> search(ConventionQuery query) {
        Objects.requireNonNull(query, "query");
        catalogue.refreshIfStale();
        return catalogue.candidates(query).stream().map(this::readOrSkip).flatMap(Optional::stream).filter(query::matches)
                .collect(Collectors.toList());
    }

    /** Reads lazily: each convention is read as the stream reaches it. */
    Stream<Convention> streamAll() {
        catalogue.refreshIfStale();
        return catalogue.servable().stream().map(this::readOrSkip).flatMap(Optional::stream);
    }

    List<Revision> history(String id) {
        ConventionIds.requireSafe(id);
        catalogue.refreshIfStale();
        long current = currentVersion(id);
        if (current > 0) {
            historyFiles.requireNoLink(id);
        }
        List<Revision> revisions = new ArrayList<>();
        for (long version = 1; version <= current; version++) {
            Path file = layout.revisionFile(id, version);
            DocumentSummary summary;
            try {
                summary = files.scan(file);
            } catch (NoSuchFileException e) {
                throw missingRevision(id, version, file, e);
            }
            requireRevision(id, version, file, summary.id(), summary.version(), summary.revision());
            revisions.add(summary.revision().orElseThrow());
        }
        return revisions;
    }

    Optional<Convention> findRevision(String id, long version) {
        ConventionIds.requireSafe(id);
        catalogue.refreshIfStale();
        long current = currentVersion(id);
        if (version < 1 || version > current) {
            return Optional.empty();
        }
        historyFiles.requireNoLink(id);
        return Optional.of(readRevision(id, version).convention());
    }

    /** The stored version of {@code id}, 0 when none; throws when its document is unreadable. */
    long currentVersion(String id) {
        Entry entry = catalogue.entry(id);
        if (entry == null) {
            return 0;
        }
        if (entry.summary == null) {
            throw DocumentFiles.copy(entry.problem);
        }
        return entry.summary.version();
    }

    /**
     * The convention of a current document, read whole once and then kept softly; empty when the file is gone
     * (deleted by another process since the scan).
     *
     * @throws StorageException when it cannot be read, which is remembered until the file changes
     */
    Optional<Convention> read(Entry entry) {
        Convention kept = entry.kept();
        if (kept != null) {
            return Optional.of(kept);
        }
        StorageException problem = entry.problem;
        if (problem != null) {
            throw DocumentFiles.copy(problem);
        }
        Path file = layout.file(entry.name);
        try {
            Convention convention = files.read(file).convention();
            if (!convention.getId().equals(entry.summary.id())) {
                throw new InvalidDocumentException(file.toString(), List.of("it now holds convention "
                        + convention.getId() + ": a document is named after its id; rename it or correct its id"));
            }
            entry.keep(convention);
            entry.usable = true;
            return Optional.of(convention);
        } catch (NoSuchFileException e) {
            return fromHistoryIfReplaced(entry);
        } catch (StorageException e) {
            Optional<Convention> committed = fromHistoryIfTorn(entry, file);
            if (committed.isPresent()) {
                return committed;
            }
            entry.problem = e;
            throw DocumentFiles.copy(e);
        }
    }

    /**
     * For a current document gone since the scan: a write of another store removes it just before it renames
     * the new one in ({@link AtomicFiles#writeUnsynced}), or a delete removed it. While the history holds the
     * revision scanned (a delete removes revision 1 first: that is its commit), that committed revision is
     * served; once the history is gone too, nothing.
     */
    private Optional<Convention> fromHistoryIfReplaced(Entry entry) {
        String id = entry.summary.id();
        long version = entry.summary.version();
        if (Files.isSymbolicLink(layout.historyDirectory(id)) || !historyFiles.has(id, 1)
                || !historyFiles.has(id, version)) {
            return Optional.empty();
        }
        try {
            return Optional.of(readRevision(id, version).convention());
        } catch (StorageException e) {
            if (!historyFiles.has(id, 1)) {
                return Optional.empty(); // deleted meanwhile
            }
            throw e;
        }
    }

    /**
     * The revision of a current document that a machine crash tore past its head (see {@link StoreWrites#isTorn}):
     * served from the history, which is the commit; the next write of that id or the repair rewrites the file.
     */
    private Optional<Convention> fromHistoryIfTorn(Entry entry, Path file) {
        String id = entry.summary.id();
        long version = entry.summary.version();
        Path revision = layout.revisionFile(id, version);
        if (Files.isSymbolicLink(file) || Links.firstLink(layout.directory(), revision) != null
                || !historyFiles.has(id, version) || !StoreWrites.isTornCopy(file, revision)) {
            return Optional.empty();
        }
        Convention convention = readRevision(id, version).convention();
        LOG.warn("{} is torn (a machine crash during its write): served from {}; the next write of {} rewrites it",
                file, revision, id);
        entry.keep(convention);
        entry.torn = true;
        return Optional.of(convention);
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
    ConventionDocument.Content readRevision(String id, long version) {
        Path file = layout.revisionFile(id, version);
        ConventionDocument.Content content;
        try {
            content = files.read(file);
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

    /**
     * Reads every current document whole and reports those something is wrong with, ordered by file name:
     * unreadable ones (not served) and readable ones whose convention breaks a domain rule (served). It
     * rescans the directory first, so it also sees documents edited by hand since, which other calls notice
     * only once a store writes or opens. Costs a full reading of the store (seconds for a national portfolio).
     * Then what is wrong in the history: symbolic links (never followed, see the README), and revisions left by
     * interrupted writes (of a convention without a current document, or above its version).
     */
    List<StoreProblem> problems() {
        catalogue.refresh(true);
        List<Entry> all = catalogue.all();
        all.sort(Comparator.comparing(entry -> entry.name));
        List<StoreProblem> problems = all.parallelStream().map(this::problemOf).flatMap(Optional::stream)
                .collect(Collectors.toList());
        problems.addAll(historyFiles.problems(catalogue::entry));
        return problems;
    }

    private Optional<StoreProblem> problemOf(Entry entry) {
        Path file = layout.file(entry.name);
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

}
