package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Need;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.SchemaCheck;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.ChildJvm;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the store promises when processes die or race, checked with real processes: child JVMs running
 * {@link SaveLoop}, killed with {@link ChildJvm#kill()} (SIGKILL: no shutdown hook, no flush) at random
 * moments. Tagged so that it can be run or left out on its own; it runs with the others by default.
 */
@Tag("durability")
class DurabilityTest {

    private static final int KILLS = 200;
    /** Child JVMs killed side by side, each on its own store: a JVM start is the cost of a kill. */
    private static final int WORKERS = 2;
    /** The longest a child saves before it is killed; most saves take a few milliseconds. */
    private static final int MAX_LIFE_MILLIS = 30;
    /**
     * On a machine so busy that a child's first save takes longer, the bound doubles after each child that
     * acknowledged nothing (up to this), so that kills still fall among saves, not all before the first ack.
     */
    private static final int MAX_LIFE_UNDER_LOAD_MILLIS = 2_000;
    private static final List<String> IDS = List.of("crash-a", "crash-b", "crash-c");

    @TempDir
    static Path work;

    private static ChildJvm.Launcher launcher;

    @BeforeAll
    static void prepareChildren() {
        launcher = ChildJvm.Launcher.withSharedClasses(work, SaveLoop.class, "warm-up",
                work.resolve("warm-up-store").toString());
    }

    @Test
    void aProcessKilledWhileSavingLeavesOnlyWholeAcknowledgedOrInFlightVersions() throws Exception {
        long seed = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(WORKERS);
        List<Future<SaveLog>> workers = new ArrayList<>();
        for (int w = 0; w < WORKERS; w++) {
            Path store = work.resolve("crash-" + w);
            Random random = new Random(seed + w);
            workers.add(pool.submit(() -> killRepeatedly(store, (KILLS + WORKERS - 1) / WORKERS, random)));
        }
        pool.shutdown();
        int kills = 0;
        int midSave = 0;
        try {
            for (Future<SaveLog> worker : workers) {
                SaveLog log = worker.get();
                kills += log.kills;
                midSave += log.killsMidSave;
                verifyAfterKills(log, "seed " + seed);
            }
        } finally {
            // A failure stops the other workers and their children, so that it is the one reported (a child still
            // saving would also keep the temporary directory from being deleted).
            pool.shutdownNow();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }

        assertThat(kills).isGreaterThanOrEqualTo(KILLS);
        // Most kills should interrupt a save: otherwise the test would prove little.
        assertThat(midSave).as("kills in the middle of a save, of %d", kills).isGreaterThanOrEqualTo(kills / 4);
        System.out.println("DurabilityTest: " + kills + " kills, " + midSave + " in the middle of a save");
    }

    @Test
    void twoProcessesRacingOnTheSameConventionsLoseNoUpdateAndReportEveryConflict() throws Exception {
        Path store = work.resolve("race");
        List<String> ids = List.of("race-a", "race-b");
        JsonConventionRepository setUp = JsonConventionRepository.open(store);
        ids.forEach(id -> setUp.save(Samples.frontignan(id), Samples.change("Création")));
        int updates = 60;
        Path errors = work.resolve("race-errors.log");

        List<String> linesA;
        List<String> linesB;
        try (ChildJvm a = ChildJvm.start(launcher, errors, "race", store.toString(), "A", "" + updates, ids.get(0),
                ids.get(1));
                ChildJvm b = ChildJvm.start(launcher, errors, "race", store.toString(), "B", "" + updates, ids.get(0),
                        ids.get(1))) {
            awaitReady(a, errors);
            awaitReady(b, errors);
            a.send("GO");
            b.send("GO");
            linesA = a.remainingLines();
            linesB = b.remainingLines();
            assertThat(a.waitFor()).as(tail(errors)).isZero();
            assertThat(b.waitFor()).as(tail(errors)).isZero();
        }

        List<String> all = new ArrayList<>(linesA);
        all.addAll(linesB);
        assertThat(linesA).last().isEqualTo("DONE");
        assertThat(linesB).last().isEqualTo("DONE");
        List<String[]> acks = all.stream().filter(l -> l.startsWith("ACK ")).map(l -> l.split(" "))
                .collect(Collectors.toList());
        List<String[]> conflicts = all.stream().filter(l -> l.startsWith("CONFLICT ")).map(l -> l.split(" "))
                .collect(Collectors.toList());
        assertThat(acks).hasSize(2 * updates);
        assertThat(conflicts).as("the two processes raced").isNotEmpty();
        assertThat(conflicts).allSatisfy(c -> assertThat(Long.parseLong(c[3])).as(String.join(" ", c))
                .isGreaterThan(Long.parseLong(c[2])));

        JsonConventionRepository after = JsonConventionRepository.open(store);
        for (String id : ids) {
            Map<Long, String> markerByVersion = new TreeMap<>();
            acks.stream().filter(ack -> ack[1].equals(id))
                    .forEach(ack -> assertThat(markerByVersion.put(Long.parseLong(ack[2]), ack[3]))
                            .as("version %s of %s acknowledged twice", ack[2], id).isNull());
            Convention last = after.findById(id).orElseThrow();
            assertThat(last.getVersion()).as("every acknowledged update of " + id + " is stored")
                    .isEqualTo(1 + markerByVersion.size());
            assertThat(markerByVersion.keySet()).containsExactlyElementsOf(
                    Stream.iterate(2L, v -> v + 1).limit(markerByVersion.size()).collect(Collectors.toList()));
            List<String> needs = last.getDiagnostic().getNeeds().stream().map(Need::getDescription)
                    .filter(d -> d.startsWith("A:") || d.startsWith("B:")).collect(Collectors.toList());
            assertThat(needs).containsExactlyElementsOf(markerByVersion.values());
            assertThat(after.history(id).stream().skip(1).map(Revision::summary).collect(Collectors.toList()))
                    .containsExactlyElementsOf(markerByVersion.values());
        }
        assertEveryDocumentIsWholeAndConforms(store);
    }

    /** Starts a saving child, lets it save for a random moment, kills it; again and again. */
    private static SaveLog killRepeatedly(Path store, int kills, Random random) throws Exception {
        SaveLog log = new SaveLog(store);
        Path errors = store.resolveSibling(store.getFileName() + "-errors.log");
        List<String> args = new ArrayList<>(List.of("crash", store.toString()));
        args.addAll(IDS);
        int maxLife = MAX_LIFE_MILLIS;
        for (int k = 0; k < kills; k++) {
            try (ChildJvm child = ChildJvm.start(launcher, errors, args.toArray(String[]::new))) {
                awaitReady(child, errors);
                int ackedBefore = log.acks;
                long killAt = System.nanoTime() + random.nextInt(maxLife + 1) * 1_000_000L;
                for (long left = killAt - System.nanoTime(); left > 0; left = killAt - System.nanoTime()) {
                    String line = child.poll(Math.max(1, left / 1_000_000));
                    if (ChildJvm.END.equals(line)) {
                        throw new AssertionError("A saving child ended by itself: " + tail(errors));
                    }
                    log.record(line);
                }
                child.kill();
                child.remainingLines().forEach(log::record);
                log.killed();
                maxLife = log.acks > ackedBefore ? maxLife : Math.min(2 * maxLife, MAX_LIFE_UNDER_LOAD_MILLIS);
            }
        }
        return log;
    }

    private static void verifyAfterKills(SaveLog log, String context) throws IOException {
        assertWholeButTheRevisionInFlight(log.store, context);
        JsonConventionRepository store = JsonConventionRepository.open(log.store);
        assertEveryDocumentIsWholeAndConforms(log.store);
        // A kill in the middle of a save may leave its revision file without the current document that would
        // point to it: reported, never served, and removed by the repair; nothing else may be wrong.
        assertThat(store.problems()).as(context).allSatisfy(p -> {
            assertThat(p.served()).isFalse();
            assertThat(p.message()).containsAnyOf("left by a save that was interrupted", "has no current document");
        });
        store.removeOrphanRevisions();
        assertThat(JsonConventionRepository.open(log.store).problems()).as(context + ", after the repair").isEmpty();
        assertThat(files(log.store)).as("temp files are gone once a store opens")
                .noneMatch(AtomicFiles::isTemp);
        assertThat(log.acked).as("the children saved").isNotEmpty();
        for (String id : IDS) {
            Set<Long> attempted = log.announced.getOrDefault(id, Set.of());
            Optional<Convention> stored = store.findById(id);
            if (stored.isEmpty()) {
                assertThat(log.acked).as(context + ": %s was acknowledged but is not stored", id).doesNotContainKey(id);
                continue;
            }
            long version = stored.get().getVersion();
            assertThat(version).as(context + ": %s keeps every acknowledged version", id)
                    .isGreaterThanOrEqualTo(log.acked.getOrDefault(id, 0L));
            assertThat(attempted).as(context + ": %s holds a version a child was saving", id).contains(version);
            assertThat(stored.get()).as(context).isEqualTo(SaveLoop.content(id, version));
            assertThat(store.history(id)).hasSize((int) version);
            for (long v = 1; v < version; v++) {
                assertThat(store.findRevision(id, v)).as(context + ": %s version %d", id, v)
                        .contains(SaveLoop.content(id, v));
            }
        }
    }

    /**
     * Before a store opens after the last kill: every current document is whole, and so is every revision but
     * possibly the newest of an id, which a kill between its creation and its commit leaves cut or empty (a save
     * writes it under its name) — never acknowledged, and removed when a store opens (checked right after).
     */
    private static void assertWholeButTheRevisionInFlight(Path store, String context) throws IOException {
        for (Path document : documents(store)) {
            byte[] bytes = Files.readAllBytes(document);
            Path directory = document.getParent();
            boolean newestRevision = directory.getParent().getFileName().toString().equals(StoreLayout.HISTORY)
                    && !Files.exists(directory.resolve((Long.parseLong(StoreLayout.idOf(
                            document.getFileName().toString())) + 1) + StoreLayout.DOCUMENT_SUFFIX));
            if (newestRevision && StoreWrites.isUnfinished(bytes)) {
                continue;
            }
            ConventionJson.standard().fromBytes(bytes, document.toString());
            assertThat(SchemaCheck.errors(bytes)).as(context + ": " + document).isEmpty();
        }
    }

    /** Every document on disk, current or in the history, parses and conforms to the schema. */
    private static void assertEveryDocumentIsWholeAndConforms(Path store) throws IOException {
        for (Path document : documents(store)) {
            byte[] bytes = Files.readAllBytes(document);
            ConventionJson.standard().fromBytes(bytes, document.toString());
            assertThat(SchemaCheck.errors(bytes)).as(document.toString()).isEmpty();
        }
    }

    /** The documents on disk, current and in the history; there is at least one. */
    private static List<Path> documents(Path store) throws IOException {
        List<Path> documents = files(store).stream()
                .filter(f -> f.getFileName().toString().endsWith(".json") && !AtomicFiles.isTemp(f))
                .collect(Collectors.toList());
        assertThat(documents).isNotEmpty();
        return documents;
    }

    private static void awaitReady(ChildJvm child, Path errors) throws InterruptedException {
        String line = child.nextLine(60);
        if (!"READY".equals(line)) {
            throw new AssertionError("A child did not start: " + line + "\n" + tail(errors));
        }
    }

    private static List<Path> files(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toList());
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    /** What the children of one store said: the versions they started to save, and those saved. */
    private static final class SaveLog {
        final Path store;
        final Map<String, Set<Long>> announced = new HashMap<>();
        final Map<String, Long> acked = new HashMap<>();
        int kills;
        int acks;
        /** Kills that fell between a SAVING and its ACK: in the middle of a save. */
        int killsMidSave;
        private boolean saving;

        SaveLog(Path store) {
            this.store = store;
        }

        /** A line cut by the kill, or any other, is ignored: only whole SAVING and ACK lines count. */
        void record(String line) {
            if (line == null) {
                return;
            }
            String[] parts = line.split(" ");
            if (parts.length != 3 || !parts[2].matches("[0-9]+")) {
                return;
            }
            long version = Long.parseLong(parts[2]);
            if (parts[0].equals("SAVING")) {
                announced.computeIfAbsent(parts[1], id -> new TreeSet<>()).add(version);
                saving = true;
            } else if (parts[0].equals("ACK")) {
                acked.merge(parts[1], version, Math::max);
                acks++;
                saving = false;
            }
        }

        void killed() {
            kills++;
            if (saving) {
                killsMidSave++;
            }
            saving = false;
        }
    }
}
