package io.github.ctglib.storage.jdbc;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcConnectionPool;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Where a test's stores live. Each {@link #newDataSource()} is a fresh, empty database (H2) or schema
 * (PostgreSQL); {@link #close()} removes them all.
 */
abstract class TestDatabase implements AutoCloseable {

    /** The environment variable with the JDBC URL of the test PostgreSQL; its tests are skipped without it. */
    static final String POSTGRES_URL = "CTG_TEST_POSTGRES_URL";
    static final String POSTGRES_DISABLED = "Set CTG_TEST_POSTGRES_URL (e.g."
            + " jdbc:postgresql://127.0.0.1:5432/test?user=postgres) to run the PostgreSQL tests";

    /** The environment variable with the JDBC URL of the test MariaDB; its tests are skipped without it. */
    static final String MARIADB_URL = "CTG_TEST_MARIADB_URL";
    static final String MARIADB_DISABLED = "Set CTG_TEST_MARIADB_URL (e.g."
            + " jdbc:mariadb://127.0.0.1:3306/test?user=root) to run the MariaDB tests";

    private static final AtomicInteger COUNTER = new AtomicInteger();

    abstract DataSource newDataSource();

    /** The URL of the last {@link #newDataSource()}, for a child JVM: only a database server has one. */
    String lastUrl() {
        throw new UnsupportedOperationException("no URL for another process: " + getClass().getSimpleName());
    }

    /** The schema {@link #newDataSource()}'s connections start in (where a repository without option goes). */
    abstract String defaultSchema();

    @Override
    public abstract void close();

    static String uniqueName(String prefix) {
        return prefix + COUNTER.incrementAndGet() + "_" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** H2 in memory, kept open by a small pool until closed. */
    static TestDatabase h2Memory() {
        return new H2(name -> "jdbc:h2:mem:" + name);
    }

    /** H2 in files under {@code directory}. */
    static TestDatabase h2File(Path directory) {
        return new H2(name -> "jdbc:h2:file:" + directory.resolve(name).toAbsolutePath());
    }

    static TestDatabase postgres() {
        String url = System.getenv(POSTGRES_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(POSTGRES_DISABLED);
        }
        return new Postgres(url);
    }

    static TestDatabase mariadb() {
        String url = System.getenv(MARIADB_URL);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(MARIADB_DISABLED);
        }
        return new MariaDb(url);
    }

    private static final class H2 extends TestDatabase {
        private final java.util.function.Function<String, String> url;
        private final List<JdbcConnectionPool> pools = new ArrayList<>();

        H2(java.util.function.Function<String, String> url) {
            this.url = url;
        }

        @Override
        synchronized DataSource newDataSource() {
            JdbcConnectionPool pool = JdbcConnectionPool.create(url.apply(uniqueName("ctg")), "sa", "");
            pool.setMaxConnections(40);
            pools.add(pool);
            return pool;
        }

        @Override
        String defaultSchema() {
            return "PUBLIC";
        }

        @Override
        public synchronized void close() {
            pools.forEach(JdbcConnectionPool::dispose);
            pools.clear();
        }
    }

    /** One schema per data source, created up front and dropped at close; connections start in it. */
    static final class Postgres extends TestDatabase {
        private final String url;
        private final List<String> schemas = new ArrayList<>();
        private String lastSchema;

        Postgres(String url) {
            this.url = url;
        }

        @Override
        synchronized DataSource newDataSource() {
            String schema = uniqueName("ctg_test_");
            execute("CREATE SCHEMA " + schema);
            schemas.add(schema);
            lastSchema = schema;
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            dataSource.setCurrentSchema(schema);
            return dataSource;
        }

        @Override
        synchronized String lastUrl() {
            return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + lastSchema;
        }

        /** A data source whose connections start in the default schema (public): for schema options. */
        DataSource plainDataSource() {
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setURL(url);
            return dataSource;
        }

        /** Registers a schema the test creates through an option, to drop it at close. */
        synchronized String newSchemaName() {
            String schema = uniqueName("ctg_test_");
            schemas.add(schema);
            return schema;
        }

        @Override
        synchronized String defaultSchema() {
            return lastSchema;
        }

        @Override
        public synchronized void close() {
            for (String schema : schemas) {
                execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            schemas.clear();
        }

        private void execute(String sql) {
            try (Connection c = plainDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run " + sql + " on " + url, e);
            }
        }
    }

    /**
     * One database (MariaDB's schema) per data source, created up front and dropped at close; connections start
     * in it. The URL names the server; its database part is replaced.
     */
    static final class MariaDb extends TestDatabase {
        private final String server;
        private final String options;
        private final List<String> databases = new ArrayList<>();
        private String lastDatabase;

        MariaDb(String url) {
            int query = url.indexOf('?');
            String withoutOptions = query < 0 ? url : url.substring(0, query);
            options = query < 0 ? "" : url.substring(query);
            int slash = withoutOptions.indexOf('/', "jdbc:mariadb://".length());
            server = slash < 0 ? withoutOptions : withoutOptions.substring(0, slash);
        }

        @Override
        synchronized DataSource newDataSource() {
            String database = newSchemaName();
            execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4");
            lastDatabase = database;
            return dataSource(database);
        }

        /** A data source whose connections start in the server's {@code test} database: for schema options. */
        DataSource plainDataSource() {
            return dataSource("test");
        }

        /** Registers a database the test creates through an option, to drop it at close. */
        synchronized String newSchemaName() {
            String database = uniqueName("ctg_test_");
            databases.add(database);
            return database;
        }

        @Override
        synchronized String lastUrl() {
            return server + "/" + lastDatabase + options;
        }

        private DataSource dataSource(String database) {
            try {
                return new org.mariadb.jdbc.MariaDbDataSource(server + "/" + database + options);
            } catch (SQLException e) {
                throw new IllegalStateException("Bad MariaDB URL " + server + "/" + database + options, e);
            }
        }

        @Override
        synchronized String defaultSchema() {
            return lastDatabase;
        }

        @Override
        public synchronized void close() {
            for (String database : databases) {
                execute("DROP DATABASE IF EXISTS " + database);
            }
            databases.clear();
        }

        private void execute(String sql) {
            try (Connection c = plainDataSource().getConnection(); Statement s = c.createStatement()) {
                s.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not run " + sql + " on " + server, e);
            }
        }
    }
}
