package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Durable file operations: a write lands whole or not at all, and once it returns it survives a crash of the
 * process or of the machine (as far as the file system keeps its fsync promises). The sequence is that of
 * Lucene's {@code IOUtils.fsync} and Kafka's {@code Utils.atomicMoveWithFallback}, without their fallback:
 * temp file in the target's directory, write, fsync, atomic rename over the target, fsync the directory. A
 * file system that cannot rename atomically gets an error, never a copy that a crash could tear.
 */
final class AtomicFiles {
    private static final Logger LOG = LoggerFactory.getLogger(AtomicFiles.class);

    /** Temp files start with '.', which no convention id does, so they never pass for a document. */
    private static final String TEMP_SUFFIX = ".tmp";

    private static final boolean WINDOWS =
            System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");

    /** Windows cannot open a directory to fsync it; NTFS journals renames itself. */
    private static final boolean DIRECTORY_FSYNC = !WINDOWS;

    private AtomicFiles() {}

    static boolean isTemp(Path file) {
        String name = file.getFileName().toString();
        return name.startsWith(".") && name.endsWith(TEMP_SUFFIX);
    }

    /** Replaces {@code target} with {@code content}, durably: readers see the old file or the new one whole. */
    static void write(Path target, byte[] content) {
        place(target, content, true);
        fsyncDirectory(target.getParent());
    }

    /**
     * Puts {@code content} in place as {@code target} with its data on disk, but not the directory entry:
     * {@link #fsyncDirectory} of the parent makes it durable, once for many files (a group commit).
     */
    static void writeFile(Path target, byte[] content) {
        place(target, content, true);
    }

    /**
     * Replaces {@code target} with {@code content} whole without any fsync: the old file is removed, then a temp
     * file renamed into its place, so a reader sees the old file, none, or the new one whole, never part of one;
     * a machine crash may lose it or leave it empty or cut. For the current documents, which the history
     * rebuilds in each of those cases (and readers that find none serve the history meanwhile).
     *
     * <p>Why not rename over the old file: ext4 (and btrfs) take a rename over an existing file for an
     * application's atomic replace and start writing the new file's data at once (ext4's {@code auto_da_alloc}),
     * which the next fsync — the next save's commit — then waits for: it cost about a durable write per save.
     * A rename to a free name is left to the normal writeback. Windows keeps the rename over the old file: a file
     * deleted while another process reads it keeps its name there until closed.
     */
    static void writeUnsynced(Path target, byte[] content) {
        place(target, content, false);
    }

    private static void place(Path target, byte[] content, boolean force) {
        boolean freeTheName = !force && !WINDOWS;
        Path directory = target.getParent();
        Path temp = directory.resolve("." + target.getFileName() + "."
                + Long.toHexString(ThreadLocalRandom.current().nextLong()) + TEMP_SUFFIX);
        try {
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(content);
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                if (force) {
                    channel.force(true);
                }
            }
            if (freeTheName) {
                Files.deleteIfExists(target);
            }
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            deleteQuietly(temp);
            throw new StorageException("Could not write " + target + ": the file system cannot rename a file"
                    + " atomically, so a crash could leave it half-written. Keep the store on a local file system"
                    + " (ext4, xfs, btrfs, APFS, NTFS).", e);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new StorageException("Could not write " + target + ": " + describe(e)
                    + ". Nothing was changed; check the disk space and the permissions of " + directory + ".", e);
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
        } catch (java.nio.file.FileAlreadyExistsException e) {
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
     * parent once for many ({@link #fsyncDirectory}). True when it was created, false when it existed.
     */
    static boolean createDirectoryUnsynced(Path directory) {
        if (Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        try {
            Files.createDirectory(directory);
            return true;
        } catch (java.nio.file.FileAlreadyExistsException e) {
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                throw new StorageException("Could not create the directory " + directory
                        + ": a file of that name is in the way; move it elsewhere", e);
            }
            return false;
        } catch (IOException e) {
            throw new StorageException("Could not create the directory " + directory + ": " + describe(e), e);
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

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Could not remove the temp file {} after a failed write; the store removes it when next opened",
                    temp, e);
        }
    }

    static String describe(IOException e) {
        String kind = e.getClass().getSimpleName().replace("Exception", "");
        return e.getMessage() == null ? kind : kind + " (" + e.getMessage() + ")";
    }
}
