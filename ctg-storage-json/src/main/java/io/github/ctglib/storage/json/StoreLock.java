package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * The store's write lock, across threads and processes (the model of Lucene's {@code NativeFSLockFactory}):
 * a lock per store directory shared by every store object of this JVM, then an OS lock
 * ({@link FileChannel#lock()}) on a sidecar file that nothing else writes. Never on a document: a rename
 * replaces those, and a lock on the replaced file would guard nothing.
 *
 * <p>The JVM lock comes first because OS locks belong to the process: two threads of one JVM would both
 * "hold" them, and closing any channel on the file drops every lock the process has on it.
 */
final class StoreLock {

    /** By the lock file's real path, so that two paths to one directory (a symlink) share the lock. */
    private static final ConcurrentMap<Path, ReentrantLock> JVM_LOCKS = new ConcurrentHashMap<>();

    private final Path lockFile;
    private final ReentrantLock jvmLock;

    private StoreLock(Path lockFile, ReentrantLock jvmLock) {
        this.lockFile = lockFile;
        this.jvmLock = jvmLock;
    }

    /**
     * The lock of the store whose sidecar is {@code lockFile}, created when missing (and never deleted). The file
     * is opened to create it under the JVM lock: closing that channel while another thread of this JVM held the
     * OS lock would drop it for the whole process.
     */
    static StoreLock on(Path lockFile) {
        if (Files.isSymbolicLink(lockFile)) {
            throw new StorageException(Links.describe(lockFile, "Remove the link; the store creates its own lock file."));
        }
        try {
            Path real = lockFile.getParent().toRealPath().resolve(lockFile.getFileName());
            ReentrantLock jvmLock = JVM_LOCKS.computeIfAbsent(real, p -> new ReentrantLock());
            jvmLock.lock();
            try {
                open(real).close();
            } finally {
                jvmLock.unlock();
            }
            return new StoreLock(real, jvmLock);
        } catch (IOException e) {
            throw new StorageException("Could not create the lock file " + lockFile + ": " + AtomicFiles.describe(e)
                    + ". The store directory must be writable.", e);
        }
    }

    /** Runs {@code action} holding the lock; waits while another thread or process holds it. */
    <T> T exclusive(Supplier<T> action) {
        jvmLock.lock();
        try (FileChannel channel = open(lockFile)) {
            FileLock held = channel.lock();
            try {
                return action.get();
            } finally {
                held.release();
            }
        } catch (IOException e) {
            throw new StorageException("Could not lock the store with " + lockFile + ": " + AtomicFiles.describe(e)
                    + ". Nothing was changed. The store's file system must support file locks (a local disk does).",
                    e);
        } finally {
            jvmLock.unlock();
        }
    }

    /** Never through a link: a link to a file outside the store would lock, or create, that file. */
    private static FileChannel open(Path lockFile) throws IOException {
        return FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }
}
