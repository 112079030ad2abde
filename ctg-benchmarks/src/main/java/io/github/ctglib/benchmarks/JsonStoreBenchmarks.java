package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.storage.json.JsonConventionRepository;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON file store, each figure against the fastest thing that does the same work by hand: a save against
 * one durable write of the same bytes, a document read against Jackson's tree of the same bytes, opening the
 * national store against parsing its files into trees, a commune search against a hash map built by hand.
 * Files go to {@code java.io.tmpdir}: the figures are those of its disk.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JsonStoreBenchmarks {

    private static final Change EDIT = new Change("benchmark", Instant.parse("2026-06-01T09:00:00Z"), "edit");

    /** One convention: saved again and again in a store, and its document as bytes. */
    @State(Scope.Benchmark)
    public static class OneConvention {
        Path directory;
        JsonConventionRepository store;
        Convention current;
        /** The current document as the store wrote it: the bytes of the raw durable write. */
        byte[] storedDocument;
        /** Where the raw writes go: a document, and a history directory for {@link #storeFileSequence}. */
        Path rawTarget;
        Path rawHistory;
        long rawRevision;
        /** The convention exported ({@link ConventionDocuments#write}): the bytes read. */
        byte[] exported;
        final JsonMapper mapper = JsonMapper.builder().build();
        /** Parses as the store's codec does: duplicate names detected, decimals exact. */
        final JsonMapper strictMapper = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            directory = TemporaryFiles.directory("ctg-bench-json-");
            store = JsonConventionRepository.open(directory.resolve("store"));
            current = store.save(NationalData.one(), NationalData.IMPORT);
            storedDocument = Files.readAllBytes(directory.resolve("store").resolve(current.getId() + ".json"));
            rawTarget = Files.createDirectories(directory.resolve("raw")).resolve(current.getId() + ".json");
            rawHistory = Files.createDirectories(directory.resolve("raw").resolve("history"));
            exported = exported(current);
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            TemporaryFiles.delete(directory);
        }
    }

    /** {@code convention} exported as a document ({@link ConventionDocuments#write}). */
    private static byte[] exported(Convention convention) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ConventionDocuments.write(convention, out);
        return out.toByteArray();
    }

    /** A new revision of one convention: its version checked against the stored one, then written durably. */
    @Benchmark
    public Convention save(OneConvention s) {
        s.current = s.store.save(s.current, EDIT);
        return s.current;
    }

    /**
     * A convention read from its document before each save, so that none of its parts is the object the store
     * wrote last time: every part is serialised (the {@link #save} above copies the bytes of the parts it did
     * not change). A save after reading the convention from another store object, or from a file, costs this.
     */
    @State(Scope.Benchmark)
    public static class ReadBeforeEachSave {
        Path directory;
        JsonConventionRepository store;
        byte[] document;
        Convention next;

        @Setup(Level.Trial)
        public void setUp() throws IOException {
            directory = TemporaryFiles.directory("ctg-bench-json-read-");
            store = JsonConventionRepository.open(directory);
            next = store.save(NationalData.one(), NationalData.IMPORT);
            document = exported(next);
        }

        /** Not timed: the next convention to save, read anew from its document, at the stored version. */
        @Setup(Level.Invocation)
        public void readAgain() {
            Convention read = ConventionDocuments.read(new ByteArrayInputStream(document), "benchmark.json");
            next = ImmutableConvention.copyOf(read).withVersion(next.getVersion());
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            TemporaryFiles.delete(directory);
        }
    }

    /** A save of a convention that shares no part with the one saved before it: everything serialised. */
    @Benchmark
    public Convention saveReadConvention(ReadBeforeEachSave s) {
        s.next = s.store.save(s.next, EDIT);
        return s.next;
    }

    /** The same bytes written as durably: temp file, write, fsync, atomic rename, fsync of the directory. */
    @Benchmark
    public Path rawDurableWrite(OneConvention s) throws IOException {
        return replace(s.rawTarget, s.storedDocument, true);
    }

    /**
     * The ratio with both halves side by side in time, not only in one run: each invocation makes one save
     * and one raw durable write of the same bytes ({@link #rawDurableWrite}), in turn, the order swapped each
     * time, and times each alone. {@link #save} and {@link #rawDurableWrite} run one after the other, minutes
     * apart, and creating a file on this project's disk (ext4 without a journal) costs two or three times more in
     * the minutes after many files were deleted (BENCHMARKS.md, issue 17, seventh pass), so their ratio measures
     * what ran before each as much as the store. The figures are the secondary results of {@link SideBySide}; the
     * primary score is the pair's time.
     */
    @Benchmark
    public Convention saveBesideRawWrite(OneConvention s, SideBySide pair) throws IOException {
        return pair.pair(() -> s.current = s.store.save(s.current, EDIT), () -> rawDurableWrite(s));
    }

    /**
     * Diagnostic, not the baseline: the same bytes written durably into a new file each time, every one
     * kept (a file of its own, its fsync, its directory's fsync), as a store that never rewrites its history must:
     * the raw write above frees the previous file each time, and on some disks allocating new space costs far
     * more than reusing what was just freed (see BENCHMARKS.md, issue 17, fifth pass).
     */
    @Benchmark
    public Path rawDurableWriteKeepingEach(OneConvention s) throws IOException {
        Path file = s.rawHistory.resolve("kept-" + ++s.rawRevision + ".json");
        return writeKept(file, s.storedDocument);
    }

    /**
     * Diagnostic, not a baseline: the file-system work of one save as the store does it, by hand, in turn (the
     * store writes the copy on another thread during the fsyncs) and without its CPU work: the change counter
     * overwritten in place, the revision written under its name (a new file: fsync of the file and of its
     * directory), the current document's copy written into a temp file without fsync, the old one removed and
     * the temp renamed into the free name, and the counter again.
     */
    @Benchmark
    public Path storeFileSequence(OneConvention s) throws IOException {
        Path counter = s.rawTarget.resolveSibling(".changes");
        overwrite(counter, COUNTER);
        Path revision = s.rawHistory.resolve(++s.rawRevision + ".json");
        writeKept(revision, s.storedDocument);
        Files.deleteIfExists(s.rawTarget);
        replace(s.rawTarget, s.storedDocument, false);
        return overwrite(counter, COUNTER);
    }

    /** Writes {@code content} into the new file {@code file} durably: its fsync, then its directory's. */
    private static Path writeKept(Path file, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(true);
        }
        try (FileChannel dir = FileChannel.open(file.getParent(), StandardOpenOption.READ)) {
            dir.force(true);
        }
        return file;
    }

    private static final byte[] COUNTER = (" ".repeat(18) + "42 0000000000000000\n")
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII);

    private static Path overwrite(Path target, byte[] content) throws IOException {
        try (FileChannel channel = FileChannel.open(target, StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            channel.write(ByteBuffer.wrap(content), 0);
        }
        return target;
    }

    private static Path replace(Path target, byte[] content, boolean durable) throws IOException {
        Path directory = target.getParent();
        Path temp = directory.resolve("." + target.getFileName() + ".tmp");
        try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            ByteBuffer buffer = ByteBuffer.wrap(content);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            if (durable) {
                channel.force(true);
            }
        }
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        if (durable) {
            try (FileChannel dir = FileChannel.open(directory, StandardOpenOption.READ)) {
                dir.force(true);
            }
        }
        return target;
    }

    /**
     * Diagnostic, not a baseline: the CPU part of a save, the convention and its revision written as the
     * store's document bytes ({@code ConventionJson.toBytes}).
     */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public byte[] serialise(OneConvention s) {
        return ConventionJson.standard().toBytes(s.current, Optional.of(REVISION));
    }

    private static final Revision REVISION = new Revision(2, EDIT.at(), EDIT.actor(), EDIT.summary());

    /** One document read into a convention: parsed, format and fields checked, model built. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public Convention load(OneConvention s) {
        return ConventionDocuments.read(new ByteArrayInputStream(s.exported), "benchmark.json");
    }

    /** The same bytes parsed into Jackson's tree, and nothing more. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public JsonNode rawJacksonTree(OneConvention s) {
        return s.mapper.readTree(new ByteArrayInputStream(s.exported));
    }

    /** Diagnostic, not a baseline: the tree with the store's parser settings, to split {@link #load}'s time. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public JsonNode strictJacksonTree(OneConvention s) {
        return s.strictMapper.readTree(new ByteArrayInputStream(s.exported));
    }

    /** A store holding the national portfolio, written once per trial. */
    @State(Scope.Benchmark)
    public static class NationalStore {
        Path directory;
        JsonConventionRepository store;
        Map<String, List<Convention>> rawCommuneIndex;
        final JsonMapper mapper = JsonMapper.builder().build();

        @Setup(Level.Trial)
        public void setUp() {
            directory = TemporaryFiles.directory("ctg-bench-json-national-");
            JsonConventionRepository.open(directory).saveAll(NationalData.portfolio(), NationalData.IMPORT);
            store = JsonConventionRepository.open(directory);
            rawCommuneIndex = new HashMap<>();
            store.streamAll().forEach(c -> c.getTerritory().getCommuneCodes()
                    .forEach(code -> rawCommuneIndex.computeIfAbsent(code, k -> new ArrayList<>(1)).add(c)));
        }

        @TearDown(Level.Trial)
        public void tearDown() {
            TemporaryFiles.delete(directory);
        }
    }

    /**
     * Opening the national store (files in the OS cache): every document listed and the head of each scanned
     * for the fields a search needs; conventions are read whole when first asked for.
     */
    @Benchmark
    public JsonConventionRepository openNational(NationalStore s) {
        return JsonConventionRepository.open(s.directory);
    }

    /** Opening it and reading every convention whole once, as a report over the whole store does. */
    @Benchmark
    public long openNationalAndReadAll(NationalStore s) {
        return JsonConventionRepository.open(s.directory).streamAll().count();
    }

    /** Every document of the same directory parsed into a Jackson tree, on all cores as the store does. */
    @Benchmark
    public long rawOpenNational(NationalStore s) throws IOException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> documents = Files.newDirectoryStream(s.directory, "*.json")) {
            documents.forEach(files::add);
        }
        return files.parallelStream().map(file -> {
            try (InputStream in = Files.newInputStream(file)) {
                return s.mapper.readTree(in);
            } catch (IOException e) {
                throw new IllegalStateException("Could not read " + file, e);
            }
        }).filter(JsonNode::isObject).count();
    }

    /** The conventions covering a commune, through the store's index. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Convention> searchByCommune(NationalStore s) {
        return s.store.search(NationalData.byCommune());
    }

    /** The same answer from a hash map by commune built by hand. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Convention> rawCommuneLookup(NationalStore s) {
        return s.rawCommuneIndex.getOrDefault(NationalData.COMMUNE, List.of());
    }

    /** The same answer from a scan of every convention with the query's reference semantics, no index. */
    @Benchmark
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public long rawCommuneScan(NationalStore s) {
        return NationalData.portfolio().stream().filter(NationalData.byCommune()::matches).count();
    }
}
