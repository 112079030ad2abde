package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.testsupport.ChildJvm;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The OS lock as another process sees it: held for as long as a thread of this JVM is in the store's lock. */
class StoreLockTest {

    @TempDir
    Path dir;

    @Test
    void aStoreOpenedWhileAnotherThreadHoldsTheLockDoesNotReleaseItForOtherProcesses() throws Exception {
        Path lockFile = dir.resolve(".ctg-store.lock");
        StoreLock lock = StoreLock.on(lockFile);
        String seenByAnotherProcess = lock.exclusive(() -> {
            // Another store object of the same directory opened meanwhile, as a host's second thread would.
            CompletableFuture<StoreLock> opening = CompletableFuture.supplyAsync(() -> StoreLock.on(lockFile));
            try {
                opening.get(2, TimeUnit.SECONDS);
            } catch (Exception waitedForTheLock) {
                // what the fix does: the opening waits for this thread to leave the lock
            }
            return otherProcessTries(lockFile);
        });
        assertThat(seenByAnotherProcess).isEqualTo("held");
        assertThat(otherProcessTries(lockFile)).isEqualTo("free");
    }

    @Test
    void anotherProcessWaitsForTheLockAndGetsItOnceReleased() throws Exception {
        Path lockFile = dir.resolve(".ctg-store.lock");
        StoreLock lock = StoreLock.on(lockFile);
        assertThat(lock.exclusive(() -> otherProcessTries(lockFile))).isEqualTo("held");
        assertThat(otherProcessTries(lockFile)).isEqualTo("free");
    }

    /** "held" when another process finds the lock file locked, "free" when it could lock it. */
    private String otherProcessTries(Path lockFile) {
        try (ChildJvm child = ChildJvm.start(ChildJvm.Launcher.plain(TryLock.class), dir.resolve("child.err"),
                lockFile.toString())) {
            String answer = child.nextLine(60);
            assertThat(child.waitFor()).as("the child's exit code").isZero();
            return answer;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** The other process: tries the lock once and says what it found. */
    public static final class TryLock {
        public static void main(String[] args) throws Exception {
            try (FileChannel channel = FileChannel.open(Path.of(args[0]), StandardOpenOption.WRITE)) {
                FileLock got = channel.tryLock();
                System.out.println(got == null ? "held" : "free");
            }
        }
    }
}
