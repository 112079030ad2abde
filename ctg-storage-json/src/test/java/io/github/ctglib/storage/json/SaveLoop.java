package io.github.ctglib.storage.json;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ImmutableActionSheet;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Need;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The child process of the durability tests: saves in a loop and reports on standard output, one line per
 * event, so that the parent knows what was acknowledged when it kills the process.
 *
 * <ul>
 *   <li>{@code crash <store> <id>...}: warms up, prints {@code READY}, then forever, round the ids: {@code SAVING id v},
 *       saves version v of {@link #content}, {@code ACK id v}.
 *   <li>{@code warm-up <store>}: a few saves, a search and a history, then exits: the run from which the tests
 *       record the classes to share between child JVMs (class data sharing), so that each starts faster.
 *   <li>{@code race <store> <name> <updates> <id>...}: prints {@code READY}, waits for a line on standard
 *       input, then makes {@code updates} successful updates round the ids, each adding a need named
 *       {@code name:n}; prints {@code ACK id v name:n} for each success, {@code CONFLICT id expected actual}
 *       for each conflict (then re-reads and retries), {@code DONE} at the end.
 * </ul>
 */
public final class SaveLoop {

    private SaveLoop() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        JsonConventionRepository store = JsonConventionRepository.open(Path.of(args[1]));
        switch (args[0]) {
            case "crash" -> crash(store, Arrays.asList(args).subList(2, args.length), out);
            case "warm-up" -> warmUp(store);
            case "race" -> race(store, args[2], Integer.parseInt(args[3]), Arrays.asList(args).subList(4, args.length),
                    out);
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }

    /** Version {@code version} of convention {@code id} in the crash test: known to parent and child alike. */
    static ImmutableConvention content(String id, long version) {
        ImmutableConvention draft = Samples.frontignan(id);
        List<ActionSheet> actions = new ArrayList<>(draft.getActions());
        // The objective's length varies with the version, so that documents differ in size too.
        actions.set(0, ImmutableActionSheet.copyOf(actions.get(0))
                .withObjectives("Révision " + version + " " + "x".repeat((int) (version * 37 % 400))));
        return draft.withTitle("Convention " + id + ", version " + version).withActions(actions).withVersion(version);
    }

    private static void crash(JsonConventionRepository store, List<String> ids, PrintStream out) {
        // Load and initialise the codec first, so that the kills fall among saves rather than before the first.
        ConventionJson json = ConventionJson.standard();
        json.fromBytes(json.toBytes(content("warm-up", 1), Optional.empty()), "warm-up");
        out.println("READY");
        out.flush();
        // Each child starts at a random id, so that short-lived children save every id in turn.
        for (long turn = new java.util.Random().nextInt(ids.size()); ; turn++) {
            String id = ids.get((int) (turn % ids.size()));
            long stored = store.findById(id).map(Convention::getVersion).orElse(0L);
            out.println("SAVING " + id + " " + (stored + 1));
            out.flush();
            store.save(content(id, stored + 1).withVersion(stored), change("crash"));
            out.println("ACK " + id + " " + (stored + 1));
            out.flush();
        }
    }

    private static void warmUp(JsonConventionRepository store) {
        Convention saved = store.save(content("warm-up", 1).withVersion(0), change("warm-up"));
        store.save(content("warm-up", 2).withVersion(saved.getVersion()), change("warm-up"));
        store.search(io.github.ctglib.ports.ConventionQuery.byCommune(Frontignan.COMMUNE));
        store.history("warm-up");
    }

    private static void race(JsonConventionRepository store, String name, int updates, List<String> ids, PrintStream out)
            throws Exception {
        out.println("READY");
        out.flush();
        new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        for (int n = 0; n < updates; n++) {
            String id = ids.get(n % ids.size());
            String marker = name + ":" + n;
            while (true) {
                Convention current = store.findById(id).orElseThrow();
                Diagnostic diagnostic = Diagnostic.builder().from(current.getDiagnostic())
                        .addNeed(Need.of(Frontignan.CHILDHOOD, marker)).build();
                try {
                    Convention saved = store.save(Samples.copy(current).withDiagnostic(diagnostic), change(marker));
                    out.println("ACK " + id + " " + saved.getVersion() + " " + marker);
                    out.flush();
                    break;
                } catch (ConcurrencyConflictException e) {
                    out.println("CONFLICT " + id + " " + e.expectedVersion() + " " + e.actualVersion());
                    out.flush();
                }
            }
        }
        out.println("DONE");
        out.flush();
    }

    private static Change change(String summary) {
        return new Change("agent:" + ProcessHandle.current().pid(), Instant.parse("2026-11-26T10:00:00Z"), summary);
    }
}
