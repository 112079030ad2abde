package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import io.github.ctglib.storage.json.StoreCatalogue.Entry;
import io.github.ctglib.vocabulary.Patterns;
import java.io.IOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The revision files under {@code history/<id>/}: only files named as the store names them
 * ({@code <version>.json}) and regular (not links) are the store's; whatever else a user leaves there is
 * neither read nor deleted. A link for {@code history/} or {@code history/<id>/} is never followed.
 */
final class StoreHistory {

    /** The names the store gives revision files: a version of 1 or more, as {@code Long.toString} writes it. */
    private static final Pattern REVISION_NAME = Pattern.compile("[1-9][0-9]{0,17}\\.json");

    private static final String REMEDY = "Nothing was read or written there; replace the link with the directory"
            + " itself, or remove it.";

    private final StoreLayout layout;

    StoreHistory(StoreLayout layout) {
        this.layout = layout;
    }

    /** Throws when {@code history/} or {@code history/<id>/} is a link: call before reading or writing there. */
    void requireNoLink(String id) {
        Links.requireNone(layout.directory(), layout.historyDirectory(id), REMEDY);
    }

    /** Whether revision {@code version} of {@code id} is in the history (a regular file, not a link). */
    boolean has(String id, long version) {
        Path file = layout.revisionFile(id, version);
        // Most checks are for the revision after the newest, which is not there: java.io.File answers that from
        // one stat, where NIO first builds and throws an exception (on Java 17). It follows links, so what is
        // there is then checked without following them.
        if (file.getFileSystem() == FileSystems.getDefault() && !file.toFile().exists()) {
            return false;
        }
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * The newest revision of an unbroken run from {@code from} (which must be there): revisions are written one
     * after the other, so the committed ones are numbered 1 to n without a gap. One look per revision above.
     */
    long newest(String id, long from) {
        long newest = from;
        while (has(id, newest + 1)) {
            newest++;
        }
        return newest;
    }

    /** The revision files of {@code id} by version; empty when it has no history directory. */
    TreeMap<Long, Path> revisions(String id) throws IOException {
        requireNoLink(id);
        TreeMap<Long, Path> found = new TreeMap<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(layout.historyDirectory(id), StoreHistory::isRevision)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                found.put(Long.parseLong(StoreLayout.idOf(name)), file);
            }
        } catch (NoSuchFileException e) {
            return found;
        }
        return found;
    }

    private static boolean isRevision(Path file) {
        return REVISION_NAME.matcher(file.getFileName().toString()).matches()
                && Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS);
    }

    /**
     * Removes the revision files of {@code id} numbered above {@code above} (all of them for 0), and then, when
     * asked, the directory if nothing else is left in it. Call under the store's lock.
     *
     * @return the files removed
     */
    List<Path> removeAbove(String id, long above, boolean directoryToo) throws IOException {
        Path directory = layout.historyDirectory(id);
        List<Path> removed = new ArrayList<>();
        for (Path file : revisions(id).tailMap(above, false).values()) {
            if (Files.deleteIfExists(file)) {
                removed.add(file);
            }
        }
        if (!removed.isEmpty()) {
            AtomicFiles.fsyncDirectory(directory);
        }
        if (directoryToo) {
            try {
                Files.delete(directory);
                AtomicFiles.fsyncDirectory(directory.getParent());
            } catch (NoSuchFileException | DirectoryNotEmptyException e) {
                // gone already, or it holds files the store did not write: they stay, and so does it
            }
        }
        return removed;
    }

    /** The ids that have a history directory (a real one, not a link), in order. */
    List<String> ids() {
        List<String> ids = new ArrayList<>();
        Path root = layout.historyRoot();
        if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) {
            return ids;
        }
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root)) {
            for (Path dir : dirs) {
                String id = dir.getFileName().toString();
                if (Patterns.isSafeId(id) && Files.isDirectory(dir, LinkOption.NOFOLLOW_LINKS)) {
                    ids.add(id);
                }
            }
        } catch (IOException e) {
            throw new StorageException("Could not list " + root + ": " + AtomicFiles.describe(e), e);
        }
        ids.sort(null);
        return ids;
    }

    /**
     * What is wrong in the history, ordered by file: links (never followed); a current document behind its
     * history or missing beside a complete one (a save interrupted after its commit point: opening, the next
     * write of that id or {@link JsonConventionRepository#removeOrphanRevisions()} rewrites it); revisions of an
     * incomplete history without a current document (a delete interrupted after its commit point) or above
     * the current version out of sequence: not served, and removed by a save of that id or the repair.
     *
     * @param current the entry of an id's current document, null when there is none
     */
    List<StoreProblem> problems(Function<String, Entry> current) {
        List<StoreProblem> problems = new ArrayList<>();
        Path root = layout.historyRoot();
        if (Files.isSymbolicLink(root)) {
            problems.add(new StoreProblem(root, Links.describe(root, REMEDY + " Saves are refused until then."), false));
            return problems;
        }
        linksIn(root, problems);
        for (String id : ids()) {
            Path directory = layout.historyDirectory(id);
            linksIn(directory, problems);
            TreeMap<Long, Path> revisions;
            try {
                revisions = revisions(id);
            } catch (IOException e) {
                problems.add(new StoreProblem(directory, "Could not list " + directory + ": " + AtomicFiles.describe(e),
                        false));
                continue;
            }
            Entry entry = current.apply(id);
            // An unreadable current document says no version: its history is left to whoever fixes it.
            Map<Long, Path> orphans = entry == null ? revisions
                    : entry.summary == null ? Map.of() : revisions.tailMap(entry.summary.version(), false);
            if (!orphans.isEmpty()) {
                problems.add(new StoreProblem(directory, orphanMessage(id, directory, entry, orphans.keySet()), false));
            }
        }
        return problems;
    }

    private static String orphanMessage(String id, Path directory, Entry entry, Collection<Long> versions) {
        String which = "revision files " + versions.stream().map(v -> v + StoreLayout.DOCUMENT_SUFFIX)
                .collect(Collectors.joining(", "));
        String current = StoreLayout.fileName(id);
        long first = versions.iterator().next();
        if (entry == null && first == 1) {
            return directory + " holds " + which + " of a convention that has no current document " + current
                    + ": a save was interrupted after its commit point. Opening a store, the next write of " + id
                    + " or removeOrphanRevisions() rewrites " + current + " from the newest revision.";
        }
        if (entry == null) {
            return directory + " holds " + which + " of a convention that has no current document " + current
                    + " nor revision 1, left by a delete or a restore that was interrupted. They are not served; the"
                    + " next save of " + id + " or removeOrphanRevisions() removes them (and only them).";
        }
        long version = entry.summary.version();
        if (first == version + 1) {
            return directory + " holds " + which + " above the current version " + version + ": " + current
                    + " is behind its history, left by a save that was interrupted after its commit point. Opening a"
                    + " store, the next write of " + id + " or removeOrphanRevisions() rewrites it from the newest"
                    + " revision; the history stays as it is.";
        }
        return directory + " holds " + which + " above the current version " + version + ", out of sequence (no"
                + " save writes them): they are not served; the next save of " + id
                + " or removeOrphanRevisions() removes them (and only them).";
    }

    /** Each link among the entries of {@code directory}: the store reads nothing through them. */
    private static void linksIn(Path directory, List<StoreProblem> problems) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory, Files::isSymbolicLink)) {
            for (Path link : entries) {
                problems.add(new StoreProblem(link, Links.describe(link, "The store neither reads nor removes it;"
                        + " replace it with what it points to, or remove it."), false));
            }
        } catch (NoSuchFileException e) {
            // no history
        } catch (IOException e) {
            problems.add(new StoreProblem(directory, "Could not list " + directory + ": " + AtomicFiles.describe(e),
                    false));
        }
    }
}
