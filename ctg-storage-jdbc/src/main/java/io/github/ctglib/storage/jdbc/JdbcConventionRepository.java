package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conventions in a relational database (H2, PostgreSQL or MariaDB) reached through the host's
 * {@link DataSource}. Each revision is kept whole as its interchange document ({@link ConventionJson}) in a
 * JSON column, beside the few columns and rows the searches need (see the module's README); rows of a revision
 * are never updated, and optimistic locking is one {@code UPDATE … WHERE version = ?} on the convention's row.
 *
 * <p>A save is one transaction of at most {@value ConventionWrites#MAX_STATEMENTS_PER_WRITE} statements and the
 * commit, whatever the size of the convention; in the host's transaction (a {@link ConnectionProvider}) it
 * joins it and does not commit. Thread-safe; it holds no connection between calls. Build it with
 * {@link #builder(DataSource)}.
 */
public final class JdbcConventionRepository implements ConventionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcConventionRepository.class);

    private final Dialect dialect;
    private final SqlNames names;
    private final ConventionReads reads;
    private final ConventionWrites writes;

    private JdbcConventionRepository(ConnectionProvider connections, Dialect dialect, SqlNames names) {
        this.dialect = dialect;
        this.names = names;
        SqlFailures failures = new SqlFailures(dialect);
        Transactions transactions = new Transactions(connections, failures);
        ConventionStatements sql = new ConventionStatements(names, dialect);
        ConventionJson json = ConventionJson.standard();
        this.reads = new ConventionReads(transactions, sql, json);
        this.writes = new ConventionWrites(transactions, sql, json, failures, reads::currentVersion);
    }

    /**
     * Starts configuring a repository on the host's data source (the adapter never pools connections).
     *
     * @param dataSource the host's data source, pooled by the host
     * @return the builder
     */
    public static Builder builder(DataSource dataSource) {
        return new Builder(Objects.requireNonNull(dataSource, "dataSource"));
    }

    /** The options of a {@link JdbcConventionRepository}. */
    public static final class Builder {
        private final DataSource dataSource;
        private String schema;
        private String tablePrefix = "";
        private SchemaMode mode = SchemaMode.MIGRATE;
        private Clock clock = Clock.systemUTC();
        private Duration migrationLockWait = Duration.ofMinutes(2);
        private ConnectionProvider connections;

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * The schema of the tables, a plain identifier (e.g. {@code ctg}); created by {@link SchemaMode#MIGRATE}
         * when missing. Default: the connection's current schema ({@code PUBLIC} on H2, usually {@code public}
         * on PostgreSQL).
         *
         * @param schema the schema's name
         * @return this builder
         */
        public Builder schema(String schema) {
            this.schema = SqlNames.requireIdentifier(schema, "schema", SqlNames.MAX_SCHEMA);
            return this;
        }

        /**
         * A prefix for every table name (e.g. {@code ctg_}), to share a schema with other tables. Default none.
         *
         * @param tablePrefix the prefix, a plain identifier, or {@code ""} for none
         * @return this builder
         */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (!tablePrefix.isEmpty()) {
                SqlNames.requireIdentifier(tablePrefix, "tablePrefix", SqlNames.MAX_PREFIX);
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /**
         * What to do with the schema on {@link #build()}. Default {@link SchemaMode#MIGRATE}.
         *
         * @param mode migrate, validate or leave the schema to the host
         * @return this builder
         */
        public Builder mode(SchemaMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /**
         * The clock of the migration history's timestamps. Default UTC system clock.
         *
         * @param clock the clock the migration history's timestamps are read from
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * How long {@link SchemaMode#MIGRATE} waits for another application migrating the same schema.
         *
         * @param wait the longest wait; default 2 minutes
         * @return this builder
         */
        public Builder migrationLockWait(Duration wait) {
            this.migrationLockWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * Where reads and writes get their connection, to take part in the host's transactions (see
         * {@link ConnectionProvider}). Default: a connection of the data source per operation, in a transaction
         * of its own. Migration always uses the data source, one connection at a time.
         *
         * @param connections the host's provider
         * @return this builder
         */
        public Builder connectionProvider(ConnectionProvider connections) {
            this.connections = Objects.requireNonNull(connections, "connections");
            return this;
        }

        /**
         * Connects once to find the database and the default schema, then migrates or validates the schema
         * as {@link #mode(SchemaMode)} says.
         *
         * @return the repository
         * @throws StorageException when the database cannot be reached, is not H2, PostgreSQL or MariaDB, or its schema
         *     is not as the mode requires
         */
        public JdbcConventionRepository build() {
            Dialect dialect;
            String resolvedSchema = schema;
            try (Connection c = dataSource.getConnection()) {
                dialect = Dialect.detect(c.getMetaData());
                if (resolvedSchema == null) {
                    String current = dialect.currentSchema(c);
                    if (current == null) {
                        throw new StorageException("The connection has no current schema: name one with schema(…)");
                    }
                    resolvedSchema = SqlNames.requireIdentifier(current, "schema (the connection's current one;"
                            + " name another with schema(…))", SqlNames.MAX_SCHEMA);
                }
            } catch (SQLException e) {
                throw SqlFailures.anyDialect().failed("connecting to set up the ctg repository", e, false);
            }
            SqlNames names = new SqlNames(resolvedSchema, tablePrefix);
            SchemaMigrator migrator = new SchemaMigrator(dataSource, dialect, names, clock, migrationLockWait);
            switch (mode) {
                case MIGRATE -> migrator.migrate();
                case VALIDATE -> migrator.validate();
                case NONE -> LOG.debug("Schema mode NONE: the ctg schema {} is left to the host", names.schema());
            }
            return new JdbcConventionRepository(
                    connections == null ? ConnectionProvider.of(dataSource) : connections, dialect, names);
        }
    }

    @Override
    public Convention save(Convention convention, Change change) {
        return writes.save(convention, change);
    }

    @Override
    public List<Convention> saveAll(List<Convention> conventions, Change change) {
        return writes.saveAll(conventions, change);
    }

    @Override
    public void delete(String id, long expectedVersion) {
        writes.delete(id, expectedVersion);
    }

    @Override
    public void restore(List<StoredRevision> revisions) {
        writes.restore(revisions);
    }

    @Override
    public Optional<Convention> findById(String id) {
        return reads.findById(id);
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        return reads.findRevision(id, version);
    }

    @Override
    public List<Revision> history(String id) {
        return reads.history(id);
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        return reads.search(query);
    }

    @Override
    public Stream<Convention> streamAll() {
        return reads.streamAll();
    }

    /** For tests: the qualified name of a table. */
    String tableName(String baseName) {
        return names.qualified(baseName);
    }

    @Override
    public String toString() {
        return "JdbcConventionRepository[" + dialect + ", schema " + names.schema()
                + (names.prefix().isEmpty() ? "" : ", prefix " + names.prefix()) + "]";
    }
}
