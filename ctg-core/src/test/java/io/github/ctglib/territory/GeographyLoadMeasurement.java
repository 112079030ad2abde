package io.github.ctglib.territory;

/**
 * Measures, in this fresh JVM, the cold load time of the bundled geography and the heap it retains.
 * Not a test; run it on its own, once per fresh JVM, for example:
 *
 * <pre>
 * ./mvnw -q -o -pl ctg-core test-compile
 * java -cp ctg-core/target/test-classes:ctg-core/target/classes:$HOME/.m2/repository/org/slf4j/slf4j-api/2.0.18/slf4j-api-2.0.18.jar \
 *     io.github.ctglib.territory.GeographyLoadMeasurement
 * </pre>
 *
 * (add an slf4j-simple jar and {@code -Dorg.slf4j.simpleLogger.defaultLogLevel=debug} to see the load logged.)
 *
 * The retained heap is the difference of {@code totalMemory - freeMemory} after {@link System#gc()}
 * before and after loading, with the instance kept reachable: an estimate, good to a megabyte or so.
 */
public final class GeographyLoadMeasurement {

    private GeographyLoadMeasurement() {
    }

    public static void main(String[] args) {
        long before = usedAfterGc();
        long start = System.nanoTime();
        Geography geography = Geography.bundled();
        long loadNanos = System.nanoTime() - start;
        long after = usedAfterGc();

        int communes = geography.departements().stream().mapToInt(d -> geography.communesOf(d.code()).size()).sum();
        System.out.printf("%s: %d communes, %d EPCIs, %d departements, %d former communes%n",
                geography.vintage(), communes, geography.epcis().size(), geography.departements().size(),
                geography.formerCommunes().size());
        System.out.printf("cold load: %.1f ms%n", loadNanos / 1e6);
        System.out.printf("retained heap: %.2f MB%n", (after - before) / (1024.0 * 1024.0));

        long warmStart = System.nanoTime();
        Geography again = BundledGeography.load(BundledGeography.RESOURCE);
        System.out.printf("second (warm) parse: %.1f ms (%s)%n", (System.nanoTime() - warmStart) / 1e6, again);
        java.lang.ref.Reference.reachabilityFence(geography);
    }

    private static long usedAfterGc() {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 4; i++) {
            System.gc();
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
