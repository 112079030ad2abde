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
 * Importing the national portfolio (1,255 conventions: a document and its search rows each) into an empty
 * schema: the adapter's {@code saveAll} against plain JDBC batches of the same rows ({@link RawJdbc#insert}).
 * One import per iteration, each into a fresh schema.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms3g", "-Xmx3g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 2)
@Measurement(iterations = 5)
public class JdbcImportBenchmarks {

    @State(Scope.Benchmark)
    public static class EmptySchema {
        @Param({"h2mem", "postgresql"})
        public String database;
        /** Blank: $CTG_TEST_POSTGRES_URL, else the local default (see {@link ScratchDatabase}). */
        @Param({""})
        public String pgUrl;

        final List<Convention> portfolio = NationalData.portfolio();
        ScratchDatabase scratch;
        JdbcConventionRepository repository;

        @Setup(Level.Iteration)
        public void create() {
            scratch = ScratchDatabase.create(database, pgUrl);
            repository = scratch.repository();
        }

        @TearDown(Level.Iteration)
        public void drop() {
            scratch.close();
        }
    }

    @Benchmark
    public List<Convention> bulkImport(EmptySchema s) {
        return s.repository.saveAll(s.portfolio, NationalData.IMPORT);
    }

    @Benchmark
    public int rawBatchInsert(EmptySchema s) throws SQLException {
        return RawJdbc.insert(s.scratch.dataSource(), s.scratch.schema(), s.scratch.documentParameter(), s.portfolio,
                NationalData.IMPORT);
    }
}
