package io.github.ctglib.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;

/**
 * A fresh, empty ctg schema behind a connection pool, removed by {@link #close()}: an embedded H2 database of
 * its own, in memory or in a file, or a schema of its own in a PostgreSQL database.
 */
final class ScratchDatabase implements AutoCloseable {

    /** The benchmarks' PostgreSQL unless {@code -p pgUrl=…} or this environment variable names another. */
    static final String POSTGRES_URL_VARIABLE = "CTG_TEST_POSTGRES_URL";
    static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test?user=postgres";

    private final HikariDataSource pool;
    private final String schema;
    /** The H2 file's directory, deleted at close; null in memory and on PostgreSQL. */
    private final Path h2Directory;
    private final boolean h2;

    private ScratchDatabase(HikariDataSource pool, String schema, Path h2Directory, boolean h2) {
        this.pool = pool;
        this.schema = schema;
        this.h2Directory = h2Directory;
        this.h2 = h2;
    }

    /**
     * @param kind  "h2mem" (in memory), "h2file" (in a file) or "postgresql"
     * @param pgUrl the PostgreSQL JDBC URL; blank for the environment's or the default
     */
    static ScratchDatabase create(String kind, String pgUrl) {
        String schema = "ctg_bench_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
        switch (kind) {
            case "h2mem" -> {
                // Kept while the JVM runs, not until its last connection closes: the pool may renew them all.
                return new ScratchDatabase(pool("jdbc:h2:mem:" + schema + ";DB_CLOSE_DELAY=-1", "sa"), schema, null,
                        true);
            }
            case "h2file" -> {
                Path directory = TemporaryFiles.directory("ctg-bench-h2-");
                return new ScratchDatabase(pool("jdbc:h2:file:" + directory.resolve("ctg").toAbsolutePath(), "sa"),
                        schema, directory, true);
            }
            case "postgresql" -> {
                String url = pgUrl == null || pgUrl.isBlank() ? postgresUrl() : pgUrl;
                return new ScratchDatabase(pool(url, null), schema, null, false);
            }
            default -> throw new IllegalArgumentException("Unknown database \"" + kind
                    + "\": use -p database=h2mem, h2file or postgresql");
        }
    }

    private static String postgresUrl() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        return url == null || url.isBlank() ? DEFAULT_POSTGRES_URL : url;
    }

    private static HikariDataSource pool(String url, String user) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        if (user != null) {
            config.setUsername(user);
        }
        config.setMaximumPoolSize(4);
        config.setPoolName("ctg-bench");
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new IllegalStateException("Could not connect to " + url + ": " + e.getMessage() + ". Start the"
                    + " database, give another URL with -p pgUrl=… (or " + POSTGRES_URL_VARIABLE
                    + "), or run H2 only with -p database=h2", e);
        }
    }

    /** The adapter on this schema, which it creates (mode MIGRATE, as by default). */
    JdbcConventionRepository repository() {
        return JdbcConventionRepository.builder(pool).schema(schema).build();
    }

    /**
     * Updates the planner's statistics, as PostgreSQL's autovacuum does within a minute of a bulk import;
     * without them the first queries on a fresh schema get plans for empty tables.
     */
    void analyze() {
        try (Connection c = pool.getConnection(); Statement analyze = c.createStatement()) {
            analyze.execute("ANALYZE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not analyze the schema " + schema + ": " + e.getMessage(), e);
        }
    }

    /** How the database takes a JSON document given as a string, as the adapter's dialect binds it. */
    String documentParameter() {
        return h2 ? "?" : "CAST(? AS JSONB)";
    }

    DataSource dataSource() {
        return pool;
    }

    String schema() {
        return schema;
    }

    @Override
    public void close() {
        try (Connection c = pool.getConnection(); Statement drop = c.createStatement()) {
            // H2: everything in the database of this object alone (an empty one stays in memory); PostgreSQL: the schema.
            drop.execute(h2 ? "DROP ALL OBJECTS" : "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not drop the schema " + schema + ": " + e.getMessage(), e);
        } finally {
            pool.close();
            if (h2Directory != null) {
                TemporaryFiles.delete(h2Directory);
            }
        }
    }
}
