package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.IncomingDocument;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child process of {@link KillTest}: writes to the store a JDBC URL names, in a loop, printing a line
 * before each write and an acknowledgement only once the call returned, until it is killed.
 *
 * <ul>
 *   <li>{@code save <url> <id>...}: round the ids, {@code SAVING id v}, {@link ConventionRepository#save},
 *       {@code ACK id v}.
 *   <li>{@code batch <url> <id>...}: all the ids together, one {@code SAVING id v} each, one
 *       {@link ConventionRepository#saveAll} (one transaction), one {@code ACK id v} each.
 *   <li>{@code import <url> <prefix>}: {@code IMPORTING n}, {@link ConventionLifecycle#importDocuments} of
 *       {@link #IMPORTED_TOGETHER} documents {@link #importId}, {@code IMPORTED n}; n counts up.
 *   <li>{@code warm-up <url>}: one of each, then exits (the run the class data archive is recorded from).
 * </ul>
 * Every line starts after {@code READY}. The H2 database is held open by one connection for the child's life
 * and each operation takes a connection of its own, as the CLI does.
 */
public final class KillChild {

    /** The documents of one import. */
    static final int IMPORTED_TOGETHER = 6;

    private KillChild() {}

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        DataSource dataSource = dataSource(args[1]);
        // Holds an H2 file open for the whole life of the child: closing it would write everything.
        java.sql.Connection held = dataSource.getConnection();
        JdbcConventionRepository store = JdbcConventionRepository.builder(dataSource).build();
        List<String> rest = List.of(args).subList(2, args.length);
        switch (args[0]) {
            case "save" -> saveLoop(store, rest, out);
            case "batch" -> batchLoop(store, rest, out);
            case "import" -> importLoop(store, rest.get(0), out);
            case "warm-up" -> {
                store.save(content("warm-up", 1).withVersion(0), change());
                store.saveAll(List.of(content("warm-up", 2).withVersion(1)), change());
                lifecycle(store).importDocuments(documents("warm-up", 0), "agent:warm-up");
                held.close();
            }
            default -> throw new IllegalArgumentException("Unknown mode " + args[0]);
        }
    }

    /** A data source for the URL, of the driver it names. */
    static DataSource dataSource(String url) throws SQLException {
        if (url.startsWith("jdbc:h2:")) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL(url);
            h2.setUser("sa");
            return h2;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            return postgres;
        }
        return new MariaDbDataSource(url);
    }

    /** Version {@code version} of convention {@code id}: known to parent and child alike; sizes vary. */
    static ImmutableConvention content(String id, long version) {
        ImmutableConvention sample = ImmutableConvention.copyOf(SampleConventions.frontignan());
        return sample.withId(id).withTitle("Convention " + id + ", version " + version + " "
                + "x".repeat((int) (version * 37 % 400))).withVersion(version);
    }

    /** The id of the {@code k}th document of import {@code n}. */
    static String importId(String prefix, long n, int k) {
        return prefix + "-" + n + "-" + k;
    }

    /** The documents of import {@code n}: drafts of Frontignan, which may cover the same commune. */
    static List<IncomingDocument> documents(String prefix, long n) {
        List<IncomingDocument> documents = new ArrayList<>();
        for (int k = 0; k < IMPORTED_TOGETHER; k++) {
            String id = importId(prefix, n, k);
            documents.add(new IncomingDocument(id + ".json", content(id, 1).withVersion(0)));
        }
        return documents;
    }

    static ConventionLifecycle lifecycle(ConventionRepository store) {
        return ConventionLifecycle.builder(store).build();
    }

    private static void saveLoop(JdbcConventionRepository store, List<String> ids, PrintStream out) {
        ready(out);
        for (long turn = new java.util.Random().nextInt(ids.size()); ; turn++) {
            String id = ids.get((int) (turn % ids.size()));
            long stored = store.findById(id).map(Convention::getVersion).orElse(0L);
            print(out, "SAVING " + id + " " + (stored + 1));
            store.save(content(id, stored + 1).withVersion(stored), change());
            print(out, "ACK " + id + " " + (stored + 1));
        }
    }

    private static void batchLoop(JdbcConventionRepository store, List<String> ids, PrintStream out) {
        ready(out);
        while (true) {
            List<Convention> batch = new ArrayList<>();
            StringBuilder saving = new StringBuilder();
            StringBuilder acks = new StringBuilder();
            for (String id : ids) {
                long stored = store.findById(id).map(Convention::getVersion).orElse(0L);
                batch.add(content(id, stored + 1).withVersion(stored));
                saving.append("SAVING ").append(id).append(' ').append(stored + 1).append('\n');
                acks.append("ACK ").append(id).append(' ').append(stored + 1).append('\n');
            }
            print(out, saving.toString().strip());
            store.saveAll(batch, change());
            print(out, acks.toString().strip());
        }
    }

    private static void importLoop(JdbcConventionRepository store, String prefix, PrintStream out) {
        ConventionLifecycle ctg = lifecycle(store);
        ready(out);
        for (long n = 0; ; n++) {
            print(out, "IMPORTING " + n);
            ctg.importDocuments(documents(prefix, n), "agent:kill");
            print(out, "IMPORTED " + n);
        }
    }

    private static void ready(PrintStream out) {
        print(out, "READY");
    }

    private static void print(PrintStream out, String lines) {
        out.println(lines);
        out.flush();
    }

    private static Change change() {
        return new Change(actor(ProcessHandle.current().pid()), Instant.parse("2026-11-26T10:00:00Z"), "kill");
    }

    /**
     * The actor of the revisions the child {@code pid} writes: it names the writer of each version, what a failure
     * needs to tell a lost output line from a made-up version.
     */
    static String actor(long pid) {
        return "agent:kill-" + pid;
    }
}
