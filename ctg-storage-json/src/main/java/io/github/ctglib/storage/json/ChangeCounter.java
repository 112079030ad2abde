package io.github.ctglib.storage.json;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A store-wide counter that tells a store object whether any process changed the store since it last looked,
 * without listing the directory: one small file read per query.
 *
 * <p>A sequence lock: under the store lock a writer makes the counter odd before its first file change and
 * even after its last. A reader that sees the same even value as at its last scan knows nothing changed; an
 * odd value means a write is under way (or its process died in it), so the reader rescans and does not trust
 * the value. The counter is a hint and not fsynced: after a machine crash every store is opened anew.
 */
final class ChangeCounter {

    /** Read when the file is missing or unreadable: never equal to a value seen, so it forces a rescan. */
    static final long UNKNOWN = -1;

    private final Path file;

    ChangeCounter(Path file) {
        this.file = file;
    }

    long read() {
        try {
            return Long.parseLong(new String(Files.readAllBytes(file), StandardCharsets.US_ASCII).trim());
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException | NumberFormatException e) {
            return UNKNOWN;
        }
    }

    static boolean isSettled(long value) {
        return value >= 0 && value % 2 == 0;
    }

    /**
     * Marks a write as started; call under the store lock, before the first file change.
     *
     * @return the settled value before the write, to pass to {@link #endWrite}
     */
    long beginWrite() {
        long settled = settled(read());
        store(settled + 1);
        return settled;
    }

    /** Marks the write begun at {@code settled} as finished, whether it succeeded or not. */
    long endWrite(long settled) {
        store(settled + 2);
        return settled + 2;
    }

    /** Settles a counter left odd by a process that died mid-write; call under the store lock. */
    void settle() {
        long value = read();
        if (!isSettled(value)) {
            store(settled(value));
        }
    }

    /**
     * {@code value} if settled. Odd: a writer died mid-write, so the next even value. Unknown: the file was
     * damaged, so a random even value, that no reader mistakes for the value it saw last.
     */
    private static long settled(long value) {
        if (value == UNKNOWN) {
            return ThreadLocalRandom.current().nextLong(1L << 40) * 2;
        }
        return value + value % 2;
    }

    private void store(long value) {
        AtomicFiles.writeHint(file, (value + "\n").getBytes(StandardCharsets.US_ASCII));
    }
}
