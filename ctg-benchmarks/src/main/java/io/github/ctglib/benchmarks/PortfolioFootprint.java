package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.storage.json.JsonConventionRepository;
import io.github.ctglib.territory.Geography;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The heap the national portfolio holds, measured as the heap in use after full collections, before and
 * after each structure is built and while it is still reachable. JMH's {@code -prof gc} counts what is
 * allocated, not what stays, hence this small program. Run it in a JVM of its own (run.sh does):
 *
 * <pre>java -Xmx4g -cp ctg-benchmarks/target/benchmarks.jar io.github.ctglib.benchmarks.PortfolioFootprint</pre>
 *
 * <p>Figures: the bundled geography (loaded first, cold); the portfolio as generated (its constant texts are
 * shared by every convention, so it is the lower bound); a JSON store of it, just opened (an index of
 * summaries) and once every convention has been read (each text parsed into a string of its own: what an
 * application that reads them all holds; the store keeps them through soft references, which a full
 * collection leaves while the heap has room); and two raw baselines of the same data: its JSON documents as
 * UTF-8 bytes (what the data weighs as text) and the same documents as Jackson trees (a generic in-memory
 * form, no model).
 */
public final class PortfolioFootprint {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static final double MB = 1024.0 * 1024.0;

    private PortfolioFootprint() {}

    public static void main(String[] args) throws Exception {
        long before = retainedHeap();
        long started = System.nanoTime();
        Geography geography = Geography.bundled();
        long geographyMillis = (System.nanoTime() - started) / 1_000_000;
        long withGeography = retainedHeap();
        print("Geography.bundled() (cold load " + geographyMillis + " ms, " + geography.epcis().size() + " EPCIs)",
                withGeography - before);

        List<Convention> portfolio = NationalData.portfolio();
        long withPortfolio = retainedHeap();
        print("National portfolio as generated (" + portfolio.size() + " conventions)", withPortfolio - withGeography);

        List<byte[]> documents = new ArrayList<>(portfolio.size());
        long bytes = 0;
        for (Convention convention : portfolio) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
            ConventionDocuments.write(convention, out);
            documents.add(out.toByteArray());
            bytes += out.size();
        }
        long withDocuments = retainedHeap();
        print("Raw: the same as JSON documents, UTF-8 bytes (" + String.format(Locale.ROOT, "%.1f", bytes / MB)
                + " MB of text)", withDocuments - withPortfolio);

        JsonMapper mapper = JsonMapper.builder().build();
        List<JsonNode> trees = new ArrayList<>(documents.size());
        for (byte[] document : documents) {
            trees.add(mapper.readTree(document));
        }
        long withTrees = retainedHeap();
        print("Raw: the same documents as Jackson trees", withTrees - withDocuments);

        Path directory = TemporaryFiles.directory("ctg-footprint-");
        try {
            writeStore(directory, portfolio);
            long beforeStore = retainedHeap();
            JsonConventionRepository store = JsonConventionRepository.open(directory);
            long opened = retainedHeap();
            print("JSON store of the national portfolio, just opened (its index of summaries)", opened - beforeStore);
            // Every convention handed out once, as by a report over the whole store: the store keeps them softly.
            long conventions = store.streamAll().count();
            long withStore = retainedHeap();
            print("JSON store of the national portfolio, every convention read once (" + conventions
                    + " conventions, kept softly, with its index)", withStore - beforeStore);
            reachable(store);
        } finally {
            TemporaryFiles.delete(directory);
        }
        reachable(geography);
        reachable(portfolio);
        reachable(documents);
        reachable(trees);
    }

    /** In a method of its own, so that nothing of the writing store stays reachable from main's frame. */
    private static void writeStore(Path directory, List<Convention> portfolio) {
        JsonConventionRepository.open(directory).saveAll(portfolio, NationalData.IMPORT);
    }

    private static void print(String what, long heapBytes) {
        System.out.printf(Locale.ROOT, "%8.1f MB  %s%n", heapBytes / MB, what);
    }

    /** The heap in use once nothing unreachable is left: full collections until it stops falling. */
    private static long retainedHeap() throws InterruptedException {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 10; i++) {
            System.gc();
            Thread.sleep(100);
            long now = MEMORY.getHeapMemoryUsage().getUsed();
            if (now >= used) {
                return Math.min(used, now);
            }
            used = now;
        }
        return used;
    }

    /** Keeps {@code o} reachable up to here, so a collection before cannot free it. */
    private static void reachable(Object o) {
        java.lang.ref.Reference.reachabilityFence(o);
    }
}
