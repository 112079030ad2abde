package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Saving the national portfolio (1,255 conventions, 109 MB of documents) into an empty JSON store with
 * {@code saveAll}, against writing the same documents durably by hand as one group commit: each file written
 * to a temp file, fsynced and renamed into one directory, then one fsync of that directory. One import per
 * iteration, each into a fresh directory under {@code java.io.tmpdir}.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
public class JsonImportBenchmarks {

    @State(Scope.Benchmark)
    public static class EmptyStore {
        final List<Convention> portfolio = NationalData.portfolio();
        /** The documents as the store writes them (version 1, with their revision): the bytes of the raw import. */
        List<byte[]> documents;
        List<String> names;
        Path root;
        Path directory;

        @Setup(Level.Trial)
        public void documents() throws IOException {
            root = TemporaryFiles.directory("ctg-bench-json-import-");
            Path written = root.resolve("model");
            JsonConventionRepository.open(written).saveAll(portfolio, NationalData.IMPORT);
            documents = new ArrayList<>();
            names = new ArrayList<>();
            try (DirectoryStream<Path> files = Files.newDirectoryStream(written, "*.json")) {
                for (Path file : files) {
                    names.add(file.getFileName().toString());
                    documents.add(Files.readAllBytes(file));
                }
            }
            TemporaryFiles.delete(written);
        }

        @Setup(Level.Iteration)
        public void emptyDirectory() {
            directory = TemporaryFiles.directory("ctg-bench-json-import-");
        }

        @TearDown(Level.Iteration)
        public void removeDirectory() {
            TemporaryFiles.delete(directory);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            TemporaryFiles.delete(root);
        }
    }

    /** The store's bulk import: every revision and current document, committed as one batch. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public List<Convention> saveAll(EmptyStore s) {
        return JsonConventionRepository.open(s.directory.resolve("store")).saveAll(s.portfolio, NationalData.IMPORT);
    }

    /** The same documents written durably by hand, with one directory fsync for the batch. */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 5)
    public Path rawGroupCommit(EmptyStore s) throws IOException {
        return writeByHand(s);
    }

    /**
     * The ratio with both halves side by side in time: each iteration imports the portfolio with
     * {@code saveAll} and writes it by hand as {@link #rawGroupCommit} does, one right after the other, the order
     * swapped each iteration, each timed alone (see {@code JsonStoreBenchmarks.saveBesideRawWrite} for why). The
     * figures are the secondary results of {@link SideBySide}.
     */
    @Benchmark
    @Warmup(iterations = 1)
    @Measurement(iterations = 6)
    public List<Convention> saveAllBesideRawGroupCommit(EmptyStore s, SideBySide pair) throws IOException {
        return pair.pair(() -> JsonConventionRepository.open(s.directory.resolve("store"))
                .saveAll(s.portfolio, NationalData.IMPORT), () -> writeByHand(s));
    }

    /** Each document into a temp file, fsynced and renamed into one new directory, then that directory fsynced. */
    private static Path writeByHand(EmptyStore s) throws IOException {
        Path target = Files.createDirectory(s.directory.resolve("raw"));
        for (int i = 0; i < s.documents.size(); i++) {
            Path file = target.resolve(s.names.get(i));
            Path temp = target.resolve("." + s.names.get(i) + ".tmp");
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(s.documents.get(i));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
        }
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.READ)) {
            channel.force(true);
        }
        return target;
    }
}
