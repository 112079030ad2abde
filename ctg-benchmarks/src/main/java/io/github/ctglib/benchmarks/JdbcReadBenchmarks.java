package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Reads from a schema holding the national portfolio (imported once per trial, in a fresh schema), each
 * against plain JDBC reading the same documents ({@link RawJdbc#read}: one query, each document parsed by
 * plain Jackson into a tree, no model built). Over a pool of open connections, as an application runs.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class JdbcReadBenchmarks {

    @State(Scope.Benchmark)
    public static class NationalSchema {
        @Param({"h2mem", "postgresql"})
        public String database;
        /** Blank: $CTG_TEST_POSTGRES_URL, else the local default (see {@link ScratchDatabase}). */
        @Param({""})
        public String pgUrl;

        ScratchDatabase scratch;
        JdbcConventionRepository repository;
        String id;

        @Setup(Level.Trial)
        public void importPortfolio() {
            scratch = ScratchDatabase.create(database, pgUrl);
            repository = scratch.repository();
            repository.saveAll(NationalData.portfolio(), NationalData.IMPORT);
            scratch.analyze();
            id = NationalData.one().getId();
        }

        @TearDown(Level.Trial)
        public void drop() {
            scratch.close();
        }

        long raw(RawJdbc.Keys keys) throws SQLException {
            return RawJdbc.read(scratch.dataSource(), keys);
        }
    }

    @Benchmark
    public Convention loadOne(NationalSchema s) {
        return s.repository.findById(s.id).orElseThrow();
    }

    @Benchmark
    public long rawLoadOne(NationalSchema s) throws SQLException {
        return s.raw(RawJdbc.Keys.byId(s.scratch.schema(), s.id));
    }

    /** The same row read by hand, its document read into the model by the interchange format. */
    @Benchmark
    public Convention rawLoadOneIntoTheModel(NationalSchema s) throws SQLException {
        return RawJdbc.readOne(s.scratch.dataSource(), RawJdbc.Keys.byId(s.scratch.schema(), s.id));
    }

    @Benchmark
    public List<Convention> searchByCommune(NationalSchema s) {
        return s.repository.search(NationalData.byCommune());
    }

    @Benchmark
    public long rawSearchByCommune(NationalSchema s) throws SQLException {
        return s.raw(RawJdbc.Keys.byCommune(s.scratch.schema(), NationalData.COMMUNE));
    }

    /** The CAF of Hérault's conventions in force on a day. */
    @Benchmark
    public List<Convention> searchInForce(NationalSchema s) {
        return s.repository.search(NationalData.inForceInDepartement());
    }

    @Benchmark
    public long rawSearchInForce(NationalSchema s) throws SQLException {
        return s.raw(RawJdbc.Keys.inForce(s.scratch.schema(), NationalData.DEPARTEMENT, NationalData.DAY));
    }

    /** Every convention in force nation-wide on a day: most of the portfolio, read whole. */
    @Benchmark
    public List<Convention> searchInForceNationally(NationalSchema s) {
        return s.repository.search(NationalData.inForceNationally());
    }

    @Benchmark
    public long rawSearchInForceNationally(NationalSchema s) throws SQLException {
        return s.raw(RawJdbc.Keys.inForce(s.scratch.schema(), null, NationalData.DAY));
    }
}
