package io.github.ctglib.storage.json;

import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A store-wide counter that tells a store object whether any process changed the store since it last looked,
 * without listing the directory: one small file read per query.
 *
 * <p>A sequence lock: under the store lock a writer makes the counter odd before its first file change and
 * even after its last. A reader that sees the same even value as at its last scan knows nothing changed; an
 * odd value means a write is under way (or its process died in it), so the reader rescans and does not trust
 * the value. The counter is a hint and not fsynced: after a machine crash every store is opened anew.
 *
 * <p>It is rewritten in place (a temp file and a rename cost a millisecond, twice per save), always as one
 * record of {@link #RECORD_LENGTH} bytes at offset 0: the value right-aligned, then a check of it. A reader that
 * meets a record torn by a concurrent write — old and new bytes mixed — finds the check wrong and takes the
 * value as {@link #UNKNOWN}, so it rescans: a mix of digits could otherwise spell an older value it saw. A bare
 * number at the start of the file (a counter written by hand or by an older ctg) is read as it is.
 */
final class ChangeCounter {

    /** Read when the file is missing or unreadable: never equal to a value seen, so it forces a rescan. */
    static final long UNKNOWN = -1;

    /** Twenty columns hold any long; then a space, sixteen hex digits of the check and a line end. */
    static final int RECORD_LENGTH = 20 + 1 + 16 + 1;

    /** Longer than this, the file is not a counter (a record, or a bare number and a line end, fit). */
    private static final int MAX_LENGTH = 2 * RECORD_LENGTH;

    /** An odd constant: multiplying by it mixes every digit of the value into the check, and is one-to-one. */
    private static final long CHECK_FACTOR = 0x9E3779B97F4A7C15L;

    private final Path file;

    ChangeCounter(Path file) {
        this.file = file;
    }

    long read() {
        // Never through a link (it reads as unknown, so readers rescan), nor more than a counter can be long.
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] head = in.readNBytes(MAX_LENGTH + 1);
            return head.length > MAX_LENGTH ? UNKNOWN : parse(new String(head, StandardCharsets.US_ASCII));
        } catch (NoSuchFileException e) {
            return 0;
        } catch (IOException e) {
            return UNKNOWN;
        }
    }

    /** The value of a record, or {@link #UNKNOWN} when it is not whole (torn, truncated, damaged). */
    static long parse(String text) {
        String[] parts = text.trim().split(" +", -1);
        // A record starts with spaces; a bare number that does too is the head of a record still being written.
        boolean bare = parts.length == 1;
        if (bare && text.startsWith(" ")) {
            return UNKNOWN;
        }
        try {
            long value = Long.parseLong(parts[0]);
            if (value < 0 || parts.length > 2 || !bare && Long.parseUnsignedLong(parts[1], 16) != check(value)) {
                return UNKNOWN;
            }
            return value;
        } catch (NumberFormatException e) {
            return UNKNOWN;
        }
    }

    /** "%20d %016x\n" of the value and its check, without a Formatter: this runs twice per save. */
    static String record(long value) {
        String digits = Long.toString(value);
        String check = Long.toHexString(check(value));
        return " ".repeat(20 - digits.length()) + digits + " " + "0".repeat(16 - check.length()) + check + "\n";
    }

    private static long check(long value) {
        return value * CHECK_FACTOR;
    }

    static boolean isSettled(long value) {
        return value >= 0 && value % 2 == 0;
    }

    /**
     * Open on the counter from {@link #beginWrite} to {@link #endWrite}, which run under the store lock: a write
     * reads and writes its two records through one open file (opening one costs more than its reads and writes).
     */
    private FileChannel writing;

    /**
     * Marks a write as started; call under the store lock, before the first file change.
     *
     * @return the settled value before the write, to pass to {@link #endWrite}
     */
    long beginWrite() {
        closeQuietly(writing); // left open by a write that never ended
        writing = null;
        FileChannel channel = open();
        try {
            ByteBuffer head = ByteBuffer.allocate(MAX_LENGTH + 1);
            channel.read(head, 0); // one read: a regular file this short comes whole (or as empty)
            long value = head.position() > MAX_LENGTH ? UNKNOWN
                    : parse(new String(head.array(), 0, head.position(), StandardCharsets.US_ASCII));
            long settled = settled(value);
            write(channel, settled + 1, head.position() > RECORD_LENGTH);
            writing = channel;
            return settled;
        } catch (IOException e) {
            closeQuietly(channel);
            throw cannotWrite(e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    /** Marks the write begun at {@code settled} as finished, whether it succeeded or not. */
    long endWrite(long settled) {
        FileChannel channel = writing;
        writing = null;
        if (channel == null) {
            store(settled + 2);
        } else {
            try (channel) {
                write(channel, settled + 2, false);
            } catch (IOException e) {
                throw cannotWrite(e);
            }
        }
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

    /** Overwrites the record in place; a longer file (damaged, or hand-written) is cut to one record after. */
    private void store(long value) {
        try (FileChannel channel = open()) {
            write(channel, value, channel.size() > RECORD_LENGTH);
        } catch (IOException e) {
            throw cannotWrite(e);
        }
    }

    private static void write(FileChannel channel, long value, boolean cut) throws IOException {
        ByteBuffer record = ByteBuffer.wrap(record(value).getBytes(StandardCharsets.US_ASCII));
        long position = 0;
        while (record.hasRemaining()) {
            position += channel.write(record, position);
        }
        if (cut) {
            channel.truncate(RECORD_LENGTH);
        }
    }

    /** Never through a link (a link to a file outside the store would have it written). */
    private FileChannel open() {
        try {
            return FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            if (Files.isSymbolicLink(file)) {
                throw new StorageException(Links.describe(file, "Remove the link; the store creates its own counter."), e);
            }
            throw cannotWrite(e);
        }
    }

    private StorageException cannotWrite(IOException e) {
        return new StorageException("Could not write the change counter " + file + ": " + AtomicFiles.describe(e)
                + "; check the permissions and the disk space of the store", e);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // only read and written in place, nothing to lose: the next write opens it anew
        }
    }
}
