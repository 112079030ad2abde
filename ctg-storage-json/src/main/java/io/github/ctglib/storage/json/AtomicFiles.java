package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store's file operations. A durable write ({@link #writeNew}) is a new file written and fsynced, then its
 * directory fsynced: once that returns it survives a crash of the process or of the machine (as far as the file
 * system keeps its fsync promises). A replacement that readers must never see half-done ({@link #writeUnsynced},
 * {@link #stage}) goes through a temp file in the target's directory and an atomic rename; a file system that
 * cannot rename atomically gets an error, never a copy that a crash could tear.
 */
final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    /** Temp files start with '.', which no convention id does, so they never pass for a document. */
    private static final String TEMP_SUFFIX = ".tmp";

    static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    /** Windows cannot open a directory to fsync it; NTFS journals renames itself. */
    private static final boolean DIRECTORY_FSYNC = !WINDOWS;

    private AtomicFiles() {}

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /**
     * Writes {@code content} into the new file {@code target}, fsyncs it when {@code force} (a group commit
     * fsyncs many such files at once instead, {@link #fsyncFile} on other threads), without a temp file nor a
     * rename; {@link #fsyncDirectory} of the parent makes its name durable. It must not exist
     * ({@code CREATE_NEW}, which never follows a link either). Until that directory fsync returns, a crash may
     * leave the file cut or empty under its name: its readers must tell an unfinished file from a finished one,
     * as the store's history does (a revision above the current document that is not whole JSON was never
     * acknowledged, and is removed: {@link StoreWrites#committedVersion}). A temp file and a rename would spare
     * them that, for a directory write more per save.
     *
     * <p>{@code beforeFsync} runs once the content is written and before the file's own fsync: a save starts
     * its directory's fsync there, on another thread, so that the two flushes overlap (0.2 → 0.04 ms on this
     * project's disk). Their order does not matter: each makes durable what was written before it began, and
     * the file's name was written when the file was created.
     */
    static void writeNew(Path target, ByteBuffer content, boolean force, Runnable beforeFsync) {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (content.hasRemaining()) {
                channel.write(content);
            }
            beforeFsync.run();
            if (force) {
                channel.force(true);
            }
        } catch (FileAlreadyExistsException e) {
            throw new StorageException("Could not write " + target + ": a file (or a link) of that name is already"
                    + " there, which the store did not write. Nothing was changed; move it out of the store.", e);
        } catch (IOException e) {
            deleteQuietly(target);
            throw new StorageException("Could not write " + target + ": " + describe(e)
                    + ". Nothing was changed; check the disk space and the permissions of " + target.getParent() + ".", e);
        }
    }

    /**
     * Replaces {@code target} with {@code content} whole without any fsync: the old file is moved aside, then a
     * temp file renamed into its place, so a reader sees the old file, none, or the new one whole, never part of
     * one; a machine crash may lose it or leave it empty or cut. For the current documents, which the history
     * rebuilds in each of those cases (and readers that find none serve the history meanwhile).
     *
     * <p>Why not rename over the old file: ext4 (and btrfs) take a rename over an existing file for an
     * application's atomic replace and start writing the new file's data at once (ext4's {@code auto_da_alloc}),
     * which the next fsync — the next save's commit — then waits for: it cost about a durable write per save.
     * A rename to a free name is left to the normal writeback. Windows keeps the rename over the old file: a file
     * deleted while another process reads it keeps its name there until closed.
     */
    static void writeUnsynced(Path target, byte[] content) {
        publish(writeTemp(target, ByteBuffer.wrap(content)), target, !WINDOWS);
    }

    /**
     * A current document written into a temp file beside its target, not yet in place: a save stages it while
     * its revision is made durable (on another thread: the two writes overlap), then {@linkplain #publish()
     * publishes} it once committed, or {@linkplain #discard() discards} it. Nothing is fsynced, as for
     * {@link #writeUnsynced}.
     */
    static final class Staged {
        private final Path target;
        private final Path temp;

        private Staged(Path target, Path temp) {
            this.target = target;
            this.temp = temp;
        }

        /**
         * Puts the staged file in place as {@link #writeUnsynced} does. The new file takes the name before the
         * old one is freed, so it never gets the old one's inode number.
         */
        void publish() {
            AtomicFiles.publish(temp, target, !WINDOWS);
        }

        void discard() {
            deleteQuietly(temp);
        }
    }

    static Staged stage(Path target, ByteBuffer content) {
        return new Staged(target, writeTemp(target, content));
    }

    /** Writes {@code content} into a new temp file beside {@code target}, without fsync. */
    private static Path writeTemp(Path target, ByteBuffer content) {
        Path temp = tempBeside(target);
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            while (content.hasRemaining()) {
                channel.write(content);
            }
            return temp;
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StorageException("Could not write " + target + ": " + describe(e)
                    + ". Nothing was changed; check the disk space and the permissions of " + target.getParent() + ".", e);
        }
    }

    private static Path tempBeside(Path target) {
        return target.resolveSibling("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
    }

    /**
     * Renames {@code temp} onto {@code target}: over it, or (with {@code freeTheName}) into its name once the old
     * file is moved aside to a temp name, then deletes the old file. A rename never follows a link: a link in the
     * way is moved aside as it is. The old file is deleted before this returns, so that a host listing the store
     * right after a save meets no temp file; one left by a crash goes when a store next opens.
     */
    private static void publish(Path temp, Path target, boolean freeTheName) {
        Path aside = null;
        try {
            if (freeTheName) {
                aside = tempBeside(target);
                try {
                    Files.move(target, aside, StandardCopyOption.ATOMIC_MOVE);
                } catch (NoSuchFileException e) {
                    aside = null; // nothing in the way
                }
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            putBack(aside, target);
            deleteQuietly(temp);
            throw new StorageException("Could not write " + target + ": the file system cannot rename a file"
                    + " atomically, so a crash could leave it half-written. Keep the store on a local file system"
                    + " (ext4, xfs, btrfs, APFS, NTFS).", e);
        } catch (IOException e) {
            putBack(aside, target);
            deleteQuietly(temp);
            throw new StorageException("Could not write " + target + ": " + describe(e)
                    + ". Nothing was changed; check the disk space and the permissions of " + target.getParent() + ".", e);
        }
        if (aside != null) {
            deleteQuietly(aside);
        }
    }

    /** After a failed publish, the old file back under its name, if it was moved aside. */
    private static void putBack(Path aside, Path target) {
        if (aside == null) {
            return;
        }
        try {
            Files.move(aside, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            LOG.warn("Could not put {} back as {}: {}; the store rebuilds it from the history when next opened",
                    aside, target, describe(e));
        }
    }

    /** Deletes {@code file} durably; false when it did not exist. */
    static boolean delete(Path file) {
        try {
            boolean deleted = Files.deleteIfExists(file);
            if (deleted) {
                fsyncDirectory(file.getParent());
            }
            return deleted;
        } catch (IOException e) {
            throw new StorageException("Could not delete " + file + ": " + describe(e), e);
        }
    }

    /** Creates {@code directory} and its missing parents, each made durable in its own parent. */
    static void createDirectories(Path directory) {
        if (Files.isDirectory(directory)) {
            return;
        }
        Path parent = directory.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            Files.createDirectory(directory);
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory)) {
                throw new StorageException("Could not create the directory " + directory
                        + ": a file of that name is in the way; move it elsewhere", e);
            }
            return; // created meanwhile by another thread or process
        } catch (IOException e) {
            throw new StorageException("Could not create the directory " + directory + ": " + describe(e), e);
        }
        if (parent != null) {
            fsyncDirectory(parent);
        }
    }

    /**
     * Creates {@code directory} (its parent must exist) without making its entry durable: the caller fsyncs the
     * parent once for many ({@link #fsyncDirectory}). True when it was created, false when it existed;
     * {@code likelyNew} only decides which is tried first.
     */
    static boolean createDirectoryUnsynced(Path directory, boolean likelyNew) {
        // A look first when it is likely there; when not, the creation is the look (no exception for a miss).
        if (!likelyNew && Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectory(directory);
            return true;
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new StorageException("Could not create the directory " + directory
                        + ": a file of that name is in the way; move it elsewhere", e);
            }
            return false;
        } catch (IOException e) {
            throw new StorageException("Could not create the directory " + directory + ": " + describe(e), e);
        }
    }

    /**
     * Waits for every one of {@code syncs} (fsyncs a group commit runs many at a time, {@link #fsyncFile} and
     * {@link #fsyncDirectory}), then throws the first failure if there was one.
     */
    static void awaitAll(Collection<CompletableFuture<Void>> syncs) {
        StorageException failed = null;
        for (CompletableFuture<Void> sync : syncs) {
            try {
                sync.join();
            } catch (CompletionException e) {
                if (failed == null) {
                    failed = e.getCause() instanceof StorageException cause ? cause
                            : new StorageException("Could not flush to disk: " + e.getCause(), e.getCause());
                }
            }
        }
        if (failed != null) {
            throw failed;
        }
    }

    /** Makes the data of {@code file}, written earlier without fsync ({@link #writeNew}), durable. */
    static void fsyncFile(Path file) {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException("Could not flush " + file + " to disk: " + describe(e)
                    + ". Nothing was acknowledged; check the disk.", e);
        }
    }

    /** Makes the entries of {@code directory} (created, renamed, deleted files) durable. */
    static void fsyncDirectory(Path directory) {
        if (!DIRECTORY_FSYNC) {
            return;
        }
        try (FileChannel channel = FileChannel.open(directory, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            throw new StorageException("Could not flush the directory " + directory + " to disk: " + describe(e)
                    + ". The last change is visible but may not survive a power failure; check the disk.", e);
        }
    }

    /**
     * Deletes the temp files that a process killed in the middle of a write left in {@code directory}. Call it
     * only under the store's lock: then no live writer owns one.
     *
     * @return the files removed
     */
    static List<Path> removeStaleTemps(Path directory) {
        List<Path> removed = new ArrayList<>();
        // A filter rather than a glob: a glob compiles a pattern per call, and opening calls this per convention.
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, AtomicFiles::isTemp)) {
            for (Path file : files) {
                if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        } catch (NoSuchFileException e) {
            return removed;
        } catch (IOException e) {
            throw new StorageException("Could not remove the temp files left in " + directory + ": " + describe(e), e);
        }
        if (!removed.isEmpty()) {
            fsyncDirectory(directory);
        }
        return removed;
    }

    /** Deletes a temp file; one it cannot delete goes when a store next opens ({@link #removeStaleTemps}). */
    static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not remove the temp file {}; the store removes it when next opened", temp, e);
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
