package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.lifecycle.ImportResult;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.ChildJvm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a JDBC store keeps when the process writing to it dies: child JVMs running {@link KillChild} (saving one
 * by one, saving in batches, importing through the lifecycle) are killed with SIGKILL at random moments; after
 * each kill the store opens, every acknowledged convention is there as it was saved, every revision reads back
 * whole, the {@code convention} row, its current revision and its search rows agree, a batch is all there or
 * not at all, and the import the kill cut short finishes when run again. Each variant says how to reach its
 * database; the figures are printed. {@code -Dctg.kill.trials=N} and {@code -Dctg.kill.h2Settings=…} (H2
 * only) change the run, to measure.
 */
@Tag("kill")
abstract class KillTest {

    /** Kills per store, the three kinds of child in turn: a JVM start is most of the cost of one. */
    private static final int TRIALS = Integer.getInteger("ctg.kill.trials", 24);
    /** The longest a child writes before it is killed, after it said READY. */
    private static final int MAX_LIFE_MILLIS = 250;
    /**
     * On a machine so busy that a child's first write takes longer, the bound doubles after each child that
     * acknowledged nothing (up to this), so that kills still fall among writes, not all before the first ack.
     */
    private static final int MAX_LIFE_UNDER_LOAD_MILLIS = 4_000;
    private static final List<String> SAVED = List.of("kill-a", "kill-b", "kill-c");
    private static final List<String> BATCH = List.of("batch-a", "batch-b", "batch-c", "batch-d", "batch-e");

    @TempDir
    static Path work;

    /** The URL a child connects to; the same store at every call. */
    abstract String childUrl();

    /** A data source on the store, for the checks between two children; {@link #closeDataSource} after. */
    abstract DataSource openDataSource();

    void closeDataSource(DataSource dataSource) {}

    /** What the figures are printed under. */
    abstract String storeName();

    /**
     * How many acknowledged revisions a kill may take with it: none for a store that promises durability on
     * commit; a store that does not (H2) states its allowance, and is still held to nothing half-written.
     */
    int revisionsAKillMayLose() {
        return 0;
    }

    @Test
    void aKilledWriterLosesNothingAcknowledgedAndLeavesNothingHalfWritten() throws Exception {
        ChildJvm.Launcher launcher = ChildJvm.Launcher.withSharedClasses(work, KillChild.class, "warm-up",
                childUrl());
        Path errors = work.resolve("kill-errors.log");
        long seed = System.nanoTime();
        Random random = new Random(seed);
        Figures figures = new Figures();
        Map<String, Long> acked = new HashMap<>();
        Map<String, Set<Long>> announced = new HashMap<>();
        Set<String> imported = new HashSet<>();
        int midWrite = 0;
        int maxLife = MAX_LIFE_MILLIS;
        for (int trial = 0; trial < TRIALS; trial++) {
            long acknowledgedBefore = figures.acknowledged;
            String mode = List.of("save", "batch", "import").get(trial % 3);
            String prefix = "imp" + trial;
            List<String> args = new ArrayList<>(List.of(mode, childUrl()));
            args.addAll(switch (mode) {
                case "save" -> SAVED;
                case "batch" -> BATCH;
                default -> List.of(prefix);
            });
            Long cutShort = null;
            boolean writing = false;
            long childPid;
            List<String> lines = new ArrayList<>();
            try (ChildJvm child = ChildJvm.start(launcher, errors, args.toArray(String[]::new))) {
                childPid = child.pid();
                String ready = child.nextLine(60);
                assertThat(ready).as("a child starts: %s", tail(errors)).isEqualTo("READY");
                long killAt = System.nanoTime() + random.nextInt(maxLife + 1) * 1_000_000L;
                for (long left = killAt - System.nanoTime(); left > 0; left = killAt - System.nanoTime()) {
                    String line = child.poll(Math.max(1, left / 1_000_000));
                    assertThat(line).as("a writing child ended by itself: %s", tail(errors)).isNotEqualTo(ChildJvm.END);
                    if (line != null) {
                        lines.add(line);
                    }
                }
                child.kill();
                lines.addAll(child.remainingLines());
                for (String line : lines) {
                    // A line cut by the kill is ignored: only whole lines count.
                    String[] parts = line.split(" ");
                    if (parts.length == 3 && parts[2].matches("[0-9]+") && parts[0].equals("SAVING")) {
                        announced.computeIfAbsent(parts[1], id -> new TreeSet<>()).add(Long.parseLong(parts[2]));
                        writing = true;
                    } else if (parts.length == 3 && parts[2].matches("[0-9]+") && parts[0].equals("ACK")) {
                        acked.merge(parts[1], Long.parseLong(parts[2]), Math::max);
                        figures.acknowledged++;
                        writing = false;
                    } else if (parts.length == 2 && parts[0].equals("IMPORTING") && parts[1].matches("[0-9]+")) {
                        cutShort = Long.parseLong(parts[1]);
                        writing = true;
                    } else if (parts.length == 2 && parts[0].equals("IMPORTED") && parts[1].matches("[0-9]+")) {
                        long n = Long.parseLong(parts[1]);
                        IntStream.range(0, KillChild.IMPORTED_TOGETHER)
                                .forEach(k -> imported.add(KillChild.importId(prefix, n, k)));
                        figures.acknowledged += KillChild.IMPORTED_TOGETHER;
                        cutShort = null;
                        writing = false;
                    }
                }
            }
            maxLife = figures.acknowledged > acknowledgedBefore ? maxLife
                    : Math.min(2 * maxLife, MAX_LIFE_UNDER_LOAD_MILLIS);
            midWrite += writing ? 1 : 0;
            figures.trials++;
            verify(figures, acked, announced, imported, cutShort == null ? null : prefix, cutShort, childPid,
                    "trial " + trial + " (" + mode + ", child " + childPid + ", its last lines "
                            + lines.subList(Math.max(0, lines.size() - 3), lines.size()) + "), seed " + seed);
        }

        System.out.println("KillTest[" + storeName() + "]: " + figures + ", " + midWrite + " kills in a write");
        assertThat(figures.acknowledged).as("the children wrote").isPositive();
        assertThat(midWrite).as("kills in the middle of a write, of %d", figures.trials)
                .isGreaterThanOrEqualTo(figures.trials / 4);
        assertThat(figures.problems).as(storeName() + ": " + figures).isEmpty();
    }

    /** The actor of revision {@code version} of {@code id}: the child that wrote it ({@link KillChild#actor}). */
    private static Optional<String> writerOf(JdbcConventionRepository store, String id, long version) {
        List<io.github.ctglib.ports.Revision> history = store.history(id);
        return history.size() >= version ? Optional.of(history.get((int) version - 1).actor()) : Optional.empty();
    }

    /** Opens the store and checks everything; a problem is counted and kept, to give the figures of a run. */
    private void verify(Figures figures, Map<String, Long> acked, Map<String, Set<Long>> announced,
            Set<String> imported, String prefix, Long cutShort, long childPid, String context) throws SQLException {
        DataSource dataSource = openDataSource();
        long lostBefore = figures.lost;
        List<String> losses = new ArrayList<>();
        try {
            JdbcConventionRepository store = JdbcConventionRepository.builder(dataSource).build();
            List<String> half = halfWritten(store, dataSource);
            half.forEach(h -> figures.problem(context + ": half-written: " + h));
            figures.halfWritten += half.size();
            for (String id : acked.keySet()) {
                long version = store.findById(id).map(Convention::getVersion).orElse(0L);
                if (version < acked.get(id)) {
                    figures.lost += acked.get(id) - version;
                    losses.add(context + ": " + id + " acknowledged at " + acked.get(id) + ", stored at " + version);
                    acked.put(id, version); // counted once
                } else if (version > 0 && !announced.get(id).contains(version)) {
                    // Version 0 is none stored, a loss counted above (H2's allowance). The announced versions and
                    // the revision's writer are named, so that a failure says which process made that version.
                    figures.problem(context + ": " + id + " at version " + version + ", which no child saved"
                            + " (announced " + ranges(announced.get(id)) + ", acknowledged up to " + acked.get(id)
                            + "; written by " + writerOf(store, id, version).orElse("?") + ", this trial's child is "
                            + KillChild.actor(childPid) + ")");
                }
                // Whole conventions compared, the current one and every revision before it.
                for (long v = 1; v <= version; v++) {
                    Optional<Convention> revision = v == version ? store.findById(id) : store.findRevision(id, v);
                    if (!revision.equals(Optional.of(KillChild.content(id, v)))) {
                        figures.problem(context + ": " + id + " version " + v + " is not as saved");
                    }
                }
            }
            Set<Long> batchVersions = BATCH.stream().map(id -> store.findById(id).map(Convention::getVersion)
                    .orElse(0L)).collect(Collectors.toSet());
            if (batchVersions.size() > 1) {
                figures.halfWritten++;
                figures.problem(context + ": a batch written in part, versions " + batchVersions);
            }
            for (String id : imported) {
                Optional<Convention> stored = store.findById(id);
                if (stored.isEmpty()) {
                    figures.lost++;
                    losses.add(context + ": imported " + id + " is not stored");
                } else if (!stored.get().equals(KillChild.content(id, 1))) {
                    figures.problem(context + ": imported " + id + " is not as imported");
                }
            }
            if (figures.lost - lostBefore > revisionsAKillMayLose()) {
                losses.forEach(figures::problem);
            } else {
                figures.tolerated += figures.lost - lostBefore;
            }
            if (cutShort != null) {
                rerunImport(store, figures, imported, prefix, cutShort, context);
            }
        } finally {
            closeDataSource(dataSource);
        }
    }

    /** {@code versions} as ranges: "1-143, 150". */
    static String ranges(Set<Long> versions) {
        StringBuilder out = new StringBuilder();
        Long start = null;
        Long previous = null;
        for (long v : new TreeSet<>(versions)) {
            if (previous != null && v == previous + 1) {
                previous = v;
                continue;
            }
            appendRange(out, start, previous);
            start = v;
            previous = v;
        }
        appendRange(out, start, previous);
        return out.length() == 0 ? "none" : out.toString();
    }

    private static void appendRange(StringBuilder out, Long start, Long end) {
        if (start == null) {
            return;
        }
        out.append(out.length() == 0 ? "" : ", ").append(start).append(start.equals(end) ? "" : "-" + end);
    }

    /** Runs the import the kill cut short again: it finishes, and says what the earlier run stored. */
    private static void rerunImport(JdbcConventionRepository store, Figures figures, Set<String> imported,
            String prefix, long n, String context) {
        List<String> ids = IntStream.range(0, KillChild.IMPORTED_TOGETHER).mapToObj(k -> KillChild.importId(prefix, n, k))
                .toList();
        Set<String> there = ids.stream().filter(id -> store.findById(id).isPresent()).collect(Collectors.toSet());
        ImportResult result = KillChild.lifecycle(store).importDocuments(KillChild.documents(prefix, n), "agent:rerun");
        assertThat(result.resumed()).as(context + ": the rerun recognises what the first run stored")
                .isEqualTo(there);
        assertThat(result.resumesAnEarlierRun()).isEqualTo(!there.isEmpty());
        for (String id : ids) {
            assertThat(store.findById(id)).as(context).contains(KillChild.content(id, 1));
            assertThat(store.history(id)).as(context).hasSize(1);
        }
        figures.reruns++;
        imported.addAll(ids);
    }

    /**
     * Every convention whose row, revisions and search rows disagree: the row's version is its last revision's,
     * every revision reads back whole and numbered 1…version, and the search columns and the commune and field
     * rows are those of the current revision.
     */
    private static List<String> halfWritten(JdbcConventionRepository store, DataSource dataSource)
            throws SQLException {
        List<String> half = new ArrayList<>();
        ConventionJson json = ConventionJson.standard();
        try (Connection c = dataSource.getConnection()) {
            Map<String, List<String>> rows = new HashMap<>();
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT id, version, caf_departement,"
                    + " stage, is_signed FROM " + store.tableName("convention"))) {
                while (r.next()) {
                    rows.put(r.getString(1), List.of(r.getString(2), r.getString(3), r.getString(4),
                            String.valueOf(r.getBoolean(5))));
                }
            }
            for (Map.Entry<String, List<String>> row : rows.entrySet()) {
                String id = row.getKey();
                long version = Long.parseLong(row.getValue().get(0));
                List<Long> versions = longs(c, "SELECT version FROM " + store.tableName("convention_revision")
                        + " WHERE convention_id = ? ORDER BY version", id);
                if (!versions.equals(IntStream.rangeClosed(1, (int) version).mapToObj(v -> (long) v).toList())) {
                    half.add(id + " at version " + version + " has revisions " + versions);
                    continue;
                }
                Optional<Convention> current = store.findById(id);
                List<Revision> history = store.history(id);
                if (current.isEmpty() || current.get().getVersion() != version || history.size() != version) {
                    half.add(id + " at version " + version + " reads back as " + current.map(Convention::getVersion));
                    continue;
                }
                for (long v = 1; v < version; v++) {
                    if (store.findRevision(id, v).map(Convention::getVersion).orElse(0L) != v) {
                        half.add(id + " version " + v + " does not read back");
                    }
                }
                ConventionRow expected = ConventionRow.of(current.get(), history.get(history.size() - 1), json);
                List<String> columns = List.of(String.valueOf(version), expected.cafDepartement(), expected.stage(),
                        String.valueOf(expected.signed()));
                Set<String> communes = strings(c, "SELECT commune_code FROM " + store.tableName("convention_commune")
                        + " WHERE convention_id = ?", id);
                Set<String> fields = strings(c, "SELECT kind FROM " + store.tableName("convention_field")
                        + " WHERE convention_id = ?", id);
                Set<String> epcis = strings(c, "SELECT epci_siren FROM " + store.tableName("convention_epci_siren")
                        + " WHERE convention_id = ?", id);
                if (!row.getValue().equals(columns) || !communes.equals(expected.communeCodes())
                        || !fields.equals(expected.fieldKinds()) || !epcis.equals(expected.epciSirens())) {
                    half.add(id + ": row " + row.getValue() + ", communes " + communes + ", EPCIs " + epcis
                            + ", fields " + fields + " are not those of its current revision");
                }
            }
        }
        return half;
    }

    private static List<Long> longs(Connection c, String sql, String id) throws SQLException {
        return strings(c, sql, id, new ArrayList<>()).stream().map(Long::parseLong).toList();
    }

    private static Set<String> strings(Connection c, String sql, String id) throws SQLException {
        return strings(c, sql, id, new TreeSet<>());
    }

    private static <C extends java.util.Collection<String>> C strings(Connection c, String sql, String id, C out)
            throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    out.add(r.getString(1));
                }
            }
        }
        return out;
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (java.io.IOException e) {
            return "(no error log: " + e.getMessage() + ")";
        }
    }

    /** The figures of a run, and each problem found. */
    private static final class Figures {
        int trials;
        long acknowledged;
        long lost;
        int halfWritten;
        int reruns;
        /** Lost commits within the store's stated allowance. */
        long tolerated;
        final List<String> problems = new ArrayList<>();

        void problem(String problem) {
            problems.add(problem);
        }

        @Override
        public String toString() {
            return trials + " kills, " + acknowledged + " acknowledged, " + lost + " lost (" + tolerated
                    + " within the store's stated allowance), " + halfWritten
                    + " half-written, " + reruns + " interrupted imports rerun";
        }
    }
}
