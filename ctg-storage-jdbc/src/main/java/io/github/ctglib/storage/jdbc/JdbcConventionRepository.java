package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Conventions in a relational database (H2 or PostgreSQL) reached through the host's {@link DataSource}, in
 * normalised tables that SQL and BI tools can read (see the module's README). Every revision is kept whole:
 * rows are keyed by (convention id, version) and never updated; the {@code convention} table points at
 * the current version, and optimistic locking is one {@code UPDATE … WHERE version = ?} on it.
 *
 * <p>A save is one transaction whose statements are batched per table: a constant number of round trips
 * whatever the number of rows (at most {@link #MAX_STATEMENTS_PER_SAVE}, 20, and the commit). Thread-safe; it
 * holds no connection between calls. Build it with {@link #builder(DataSource)}.
 */
public final class JdbcConventionRepository implements ConventionRepository {
    private static final Logger LOG = LoggerFactory.getLogger(JdbcConventionRepository.class);

    /** The version claim and one batch per table of a revision. */
    static final int MAX_STATEMENTS_PER_SAVE = 1 + Tables.REVISION_TABLES.size();
    /** Conventions saved per transaction by {@link #saveAll}. */
    static final int CONVENTIONS_PER_TRANSACTION = 100;
    /** Conventions read per query by searches and {@link #streamAll()}. */
    static final int CONVENTIONS_PER_READ = 64;

    private final DataSource dataSource;
    private final Dialect dialect;
    private final SqlNames names;
    private final Map<Table, String> inserts = new IdentityHashMap<>();
    private final Map<Table, String> selects = new IdentityHashMap<>();

    private JdbcConventionRepository(DataSource dataSource, Dialect dialect, SqlNames names) {
        this.dataSource = dataSource;
        this.dialect = dialect;
        this.names = names;
        for (Table table : Tables.REVISION_TABLES) {
            inserts.put(table, "INSERT INTO " + names.table(table) + " (" + table.columnList() + ") VALUES ("
                    + "?, ".repeat(table.columns.size() - 1) + "?)");
            selects.put(table, "SELECT " + table.columnList() + " FROM " + names.table(table));
        }
    }

    /** Starts configuring a repository on the host's data source (the adapter never pools connections). */
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

        private Builder(DataSource dataSource) {
            this.dataSource = dataSource;
        }

        /**
         * The schema of the tables, a plain identifier (e.g. {@code ctg}); created by {@link SchemaMode#MIGRATE}
         * when missing. Default: the connection's current schema ({@code PUBLIC} on H2, usually {@code public}
         * on PostgreSQL).
         */
        public Builder schema(String schema) {
            this.schema = SqlNames.requireIdentifier(schema, "schema", SqlNames.MAX_SCHEMA);
            return this;
        }

        /** A prefix for every table name (e.g. {@code ctg_}), to share a schema with other tables. Default none. */
        public Builder tablePrefix(String tablePrefix) {
            Objects.requireNonNull(tablePrefix, "tablePrefix");
            if (!tablePrefix.isEmpty()) {
                SqlNames.requireIdentifier(tablePrefix, "tablePrefix", SqlNames.MAX_PREFIX);
            }
            this.tablePrefix = tablePrefix;
            return this;
        }

        /** What to do with the schema on {@link #build()}. Default {@link SchemaMode#MIGRATE}. */
        public Builder mode(SchemaMode mode) {
            this.mode = Objects.requireNonNull(mode, "mode");
            return this;
        }

        /** The clock of the migration history's timestamps. Default UTC system clock. */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** How long {@link SchemaMode#MIGRATE} waits for another application migrating the same schema. */
        public Builder migrationLockWait(Duration wait) {
            this.migrationLockWait = Objects.requireNonNull(wait, "wait");
            return this;
        }

        /**
         * Connects once to find the database and the default schema, then migrates or validates the schema
         * as {@link #mode(SchemaMode)} says.
         *
         * @throws StorageException when the database cannot be reached, is not H2 or PostgreSQL, or its schema
         *     is not as the mode requires
         */
        public JdbcConventionRepository build() {
            Dialect dialect;
            String resolvedSchema = schema;
            try (Connection c = dataSource.getConnection()) {
                dialect = Dialect.detect(c.getMetaData());
                if (resolvedSchema == null) {
                    String current = c.getSchema();
                    if (current == null) {
                        throw new StorageException("The connection has no current schema: name one with schema(…)");
                    }
                    resolvedSchema = SqlNames.requireIdentifier(current, "schema (the connection's current one;"
                            + " name another with schema(…))", SqlNames.MAX_SCHEMA);
                }
            } catch (SQLException e) {
                throw SqlFailures.failed("connecting to set up the ctg repository", e, false);
            }
            SqlNames names = new SqlNames(resolvedSchema, tablePrefix);
            SchemaMigrator migrator = new SchemaMigrator(dataSource, dialect, names, clock, migrationLockWait);
            switch (mode) {
                case MIGRATE -> migrator.migrate();
                case VALIDATE -> migrator.validate();
                case NONE -> LOG.debug("Schema mode NONE: the ctg schema {} is left to the host", names.schema());
            }
            return new JdbcConventionRepository(dataSource, dialect, names);
        }
    }

    // ---------------------------------------------------------------------------------------------- writes

    @Override
    public Convention save(Convention convention, Change change) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(change, "change");
        String id = ConventionIds.requireSafe(convention.getId());
        Convention stored = nextRevision(convention);
        Rows rows = new Rows();
        RevisionWriter.write(stored, revision(stored, change), rows);
        try {
            write("saving convention " + id, c -> {
                claim(c, id, convention.getVersion(), stored.getVersion());
                insert(c, rows);
            });
        } catch (VersionMismatch mismatch) {
            throw conflict(id, convention.getVersion());
        }
        return stored;
    }

    /**
     * Saves the conventions {@value #CONVENTIONS_PER_TRANSACTION} to a transaction, each table's rows of
     * them all in one batch. When a group cannot be saved together (a version conflict, a value that does
     * not fit, an id twice), that group is saved one by one, so the failure is raised for the right
     * convention with those before it saved, as {@link ConventionRepository#saveAll} says.
     */
    @Override
    public List<Convention> saveAll(List<Convention> conventions, Change change) {
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(change, "change");
        List<Convention> saved = new ArrayList<>(conventions.size());
        for (int from = 0; from < conventions.size(); from += CONVENTIONS_PER_TRANSACTION) {
            List<Convention> group = conventions.subList(from,
                    Math.min(conventions.size(), from + CONVENTIONS_PER_TRANSACTION));
            Optional<List<Convention>> together = saveTogether(group, change);
            if (together.isPresent()) {
                saved.addAll(together.get());
            } else {
                for (Convention convention : group) {
                    saved.add(save(convention, change));
                }
            }
        }
        return saved;
    }

    /** Saves a group in one transaction, or returns empty having written nothing when it cannot. */
    private Optional<List<Convention>> saveTogether(List<Convention> group, Change change) {
        List<Convention> stored = new ArrayList<>(group.size());
        Rows rows = new Rows();
        Set<String> ids = new HashSet<>();
        try {
            for (Convention convention : group) {
                String id = ConventionIds.requireSafe(Objects.requireNonNull(convention, "convention").getId());
                if (!ids.add(id)) {
                    return Optional.empty();
                }
                Convention next = nextRevision(convention);
                RevisionWriter.write(next, revision(next, change), rows);
                stored.add(next);
            }
        } catch (RuntimeException invalid) {
            return Optional.empty(); // saved one by one, the same failure is raised for its convention
        }
        try {
            write("saving " + group.size() + " conventions from " + group.get(0).getId(), c -> {
                claimAll(c, group);
                insert(c, rows);
            });
            return Optional.of(stored);
        } catch (VersionMismatch mismatch) {
            return Optional.empty();
        } catch (SqlFailures.OutcomeUnknownException unknown) {
            throw unknown;
        } catch (StorageException failure) {
            LOG.debug("Saving {} conventions together failed; saving them one by one", group.size(), failure);
            return Optional.empty();
        }
    }

    @Override
    public void delete(String id, long expectedVersion) {
        ConventionIds.requireSafe(id);
        try {
            write("deleting convention " + id, c -> {
                try (PreparedStatement delete = c.prepareStatement(
                        "DELETE FROM " + names.table(Tables.CONVENTION) + " WHERE id = ? AND version = ?")) {
                    delete.setString(1, id);
                    delete.setLong(2, expectedVersion);
                    if (delete.executeUpdate() == 0) {
                        throw new VersionMismatch();
                    }
                }
            });
        } catch (VersionMismatch mismatch) {
            long actual = currentVersion(id);
            if (actual == 0) {
                throw new ConventionNotFoundException(id);
            }
            throw new ConcurrencyConflictException(id, expectedVersion, actual);
        }
    }

    @Override
    public void restore(List<StoredRevision> revisions) {
        String id = StoredRevision.requireComplete(revisions);
        Rows rows = new Rows();
        for (StoredRevision stored : revisions) {
            RevisionWriter.write(stored.convention(), stored.revision(), rows);
        }
        try {
            write("restoring convention " + id, c -> {
                claim(c, id, 0, revisions.size());
                insert(c, rows);
            });
        } catch (VersionMismatch mismatch) {
            throw conflict(id, 0);
        }
    }

    private static Convention nextRevision(Convention convention) {
        return ImmutableConvention.copyOf(convention).withVersion(convention.getVersion() + 1);
    }

    private static Revision revision(Convention stored, Change change) {
        return new Revision(stored.getVersion(), change.at(), change.actor(), change.summary());
    }

    private ConcurrencyConflictException conflict(String id, long expected) {
        return new ConcurrencyConflictException(id, expected, currentVersion(id));
    }

    /** Thrown inside a write when the stored version is not the expected one: the write is rolled back. */
    private static final class VersionMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VersionMismatch() {
            super(null, null, false, false);
        }
    }

    /** Moves the convention's current version from {@code expected} to {@code next}, or creates it at 0. */
    private void claim(Connection c, String id, long expected, long next) throws SQLException {
        if (expected == 0) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + names.table(Tables.CONVENTION) + " (id, version) VALUES (?, ?)")) {
                insert.setString(1, id);
                insert.setLong(2, next);
                insert.executeUpdate();
            } catch (SQLException e) {
                if (SqlFailures.isUniqueViolation(e)) {
                    throw new VersionMismatch();
                }
                throw e;
            }
        } else {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + names.table(Tables.CONVENTION) + " SET version = ? WHERE id = ? AND version = ?")) {
                update.setLong(1, next);
                update.setString(2, id);
                update.setLong(3, expected);
                if (update.executeUpdate() == 0) {
                    throw new VersionMismatch();
                }
            }
        }
    }

    /** {@link #claim} for a group: one batch of inserts (new ones) and one of updates. */
    private void claimAll(Connection c, List<Convention> group) throws SQLException {
        List<Convention> created = group.stream().filter(g -> g.getVersion() == 0).toList();
        List<Convention> updated = group.stream().filter(g -> g.getVersion() != 0).toList();
        if (!created.isEmpty()) {
            try (PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO " + names.table(Tables.CONVENTION) + " (id, version) VALUES (?, 1)")) {
                for (Convention convention : created) {
                    insert.setString(1, convention.getId());
                    insert.addBatch();
                }
                insert.executeBatch();
            } catch (SQLException e) {
                if (SqlFailures.isUniqueViolation(e)) {
                    throw new VersionMismatch();
                }
                throw e;
            }
        }
        if (!updated.isEmpty()) {
            try (PreparedStatement update = c.prepareStatement(
                    "UPDATE " + names.table(Tables.CONVENTION) + " SET version = ? WHERE id = ? AND version = ?")) {
                for (Convention convention : updated) {
                    update.setLong(1, convention.getVersion() + 1);
                    update.setString(2, convention.getId());
                    update.setLong(3, convention.getVersion());
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count != 1) { // 0: a conflict; SUCCESS_NO_INFO: unknown, so checked one by one
                        throw new VersionMismatch();
                    }
                }
            }
        }
    }

    /** Inserts the rows, one batch per table, parents first. */
    private void insert(Connection c, Rows rows) throws SQLException {
        for (Table table : Tables.REVISION_TABLES) {
            List<Object[]> tableRows = rows.of(table);
            if (tableRows.isEmpty()) {
                continue;
            }
            try (PreparedStatement insert = c.prepareStatement(inserts.get(table))) {
                for (Object[] values : tableRows) {
                    bind(insert, table, values);
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    private static void bind(PreparedStatement statement, Table table, Object[] values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            ColumnType type = table.columns.get(i).type();
            int index = i + 1;
            if (value == null) {
                statement.setNull(index, type.sqlType);
                continue;
            }
            switch (type) {
                case TEXT -> statement.setString(index, (String) value);
                case INTEGER, SCALE -> statement.setInt(index, (Integer) value);
                case BIGINT -> statement.setLong(index, (Long) value);
                case BOOLEAN -> statement.setBoolean(index, (Boolean) value);
                case DECIMAL, MONEY -> statement.setBigDecimal(index, (java.math.BigDecimal) value);
                case DATE, TIMESTAMP -> statement.setObject(index, value);
            }
        }
    }

    // ----------------------------------------------------------------------------------------------- reads

    @Override
    public Optional<Convention> findById(String id) {
        ConventionIds.requireSafe(id);
        return read("reading convention " + id, c -> {
            long version = currentVersion(c, id);
            return version == 0 ? Optional.<Convention>empty() : load(c, List.of(new Key(id, version))).stream().findFirst();
        });
    }

    @Override
    public Optional<Convention> findRevision(String id, long version) {
        ConventionIds.requireSafe(id);
        return read("reading revision " + version + " of convention " + id,
                c -> load(c, List.of(new Key(id, version))).stream().findFirst());
    }

    @Override
    public List<Revision> history(String id) {
        ConventionIds.requireSafe(id);
        return read("reading the history of convention " + id, c -> {
            List<Revision> revisions = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement("SELECT " + Tables.REVISION.columnList() + " FROM "
                    + names.table(Tables.REVISION) + " WHERE convention_id = ? ORDER BY version")) {
                select.setString(1, id);
                for (StoredRow row : rows(select, Tables.REVISION)) {
                    revisions.add(RevisionReader.revision(row));
                }
            }
            return revisions;
        });
    }

    @Override
    public List<Convention> search(ConventionQuery query) {
        Objects.requireNonNull(query, "query");
        return read("searching conventions", c -> {
            List<Key> keys = new ArrayList<>();
            SearchSql sql = SearchSql.of(query, names);
            try (PreparedStatement select = c.prepareStatement(sql.text())) {
                for (int i = 0; i < sql.parameters().size(); i++) {
                    select.setObject(i + 1, sql.parameters().get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        keys.add(new Key(rs.getString(1), rs.getLong(2)));
                    }
                }
            }
            return load(c, keys);
        });
    }

    /**
     * Every convention in its current revision, ordered by id, read {@value #CONVENTIONS_PER_READ} at a time
     * as the stream is consumed (no connection is held between pages). A convention saved meanwhile may
     * appear in its new revision; one deleted meanwhile may be missing.
     */
    @Override
    public Stream<Convention> streamAll() {
        Iterator<Convention> pages = new Iterator<>() {
            private final List<Convention> page = new ArrayList<>();
            private int next;
            private String lastId;
            private boolean exhausted;

            @Override
            public boolean hasNext() {
                while (next == page.size() && !exhausted) {
                    page.clear();
                    next = 0;
                    readPage();
                }
                return next < page.size();
            }

            @Override
            public Convention next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                return page.get(next++);
            }

            private void readPage() {
                page.addAll(read("reading all conventions", c -> {
                    List<Key> keys = new ArrayList<>();
                    try (PreparedStatement select = c.prepareStatement("SELECT id, version FROM "
                            + names.table(Tables.CONVENTION) + (lastId == null ? "" : " WHERE id > ?")
                            + " ORDER BY id FETCH FIRST " + CONVENTIONS_PER_READ + " ROWS ONLY")) {
                        if (lastId != null) {
                            select.setString(1, lastId);
                        }
                        try (ResultSet rs = select.executeQuery()) {
                            while (rs.next()) {
                                keys.add(new Key(rs.getString(1), rs.getLong(2)));
                            }
                        }
                    }
                    exhausted = keys.size() < CONVENTIONS_PER_READ;
                    if (!keys.isEmpty()) {
                        lastId = keys.get(keys.size() - 1).id();
                    }
                    return load(c, keys);
                }));
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    private long currentVersion(String id) {
        return read("reading the version of convention " + id, c -> currentVersion(c, id));
    }

    private long currentVersion(Connection c, String id) throws SQLException {
        try (PreparedStatement select = c.prepareStatement(
                "SELECT version FROM " + names.table(Tables.CONVENTION) + " WHERE id = ?")) {
            select.setString(1, id);
            try (ResultSet rs = select.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }
    }

    /**
     * The conventions of the given revisions, in the same order; revisions no longer stored are left out.
     * Rows of a revision are never updated, so reading them table by table is consistent without a
     * transaction.
     */
    private List<Convention> load(Connection c, List<Key> keys) throws SQLException {
        List<Convention> conventions = new ArrayList<>(keys.size());
        for (int from = 0; from < keys.size(); from += CONVENTIONS_PER_READ) {
            List<Key> chunk = keys.subList(from, Math.min(keys.size(), from + CONVENTIONS_PER_READ));
            Map<Table, Map<Key, List<StoredRow>>> rows = new IdentityHashMap<>();
            for (Table table : Tables.REVISION_TABLES) {
                rows.put(table, loadTable(c, table, chunk));
            }
            RevisionReader reader = new RevisionReader(rows);
            for (Key key : chunk) {
                reader.convention(key).ifPresent(conventions::add);
            }
        }
        return conventions;
    }

    private Map<Key, List<StoredRow>> loadTable(Connection c, Table table, List<Key> keys) throws SQLException {
        boolean idPrefix = dialect == Dialect.H2 && keys.size() > 1;
        try (PreparedStatement select = c.prepareStatement(selectOf(table, keys.size(), idPrefix))) {
            int index = 1;
            if (idPrefix) {
                for (Key key : keys) {
                    select.setString(index++, key.id());
                }
            }
            for (Key key : keys) {
                select.setString(index++, key.id());
                select.setLong(index++, key.version());
            }
            Map<Key, List<StoredRow>> byKey = new LinkedHashMap<>();
            for (StoredRow row : rows(select, table)) {
                byKey.computeIfAbsent(new Key(row.text("convention_id"), row.bigint("version")),
                        k -> new ArrayList<>()).add(row);
            }
            byKey.values().forEach(revisionRows -> revisionRows.sort(StoredRow::compareKeyTo));
            return byKey;
        }
    }

    /**
     * The rows of {@code count} revisions, one parameter pair per key (so the text varies with the count: at
     * most {@value #CONVENTIONS_PER_READ} texts per table). Unordered: the rows are sorted once grouped, which
     * spares PostgreSQL a sort per table. On H2 a redundant {@code convention_id IN (…)} comes first: the row
     * {@code IN} alone is no usable prefix of a primary key to H2, which then may scan the table (it did on 9
     * tables when sorting by key); PostgreSQL plans the row {@code IN} on the primary key, and worse with the
     * redundant list.
     */
    private String selectOf(Table table, int count, boolean idPrefix) {
        if (count == 1) {
            return selects.get(table) + " WHERE convention_id = ? AND version = ?";
        }
        return selects.get(table) + " WHERE "
                + (idPrefix ? "convention_id IN (?" + ", ?".repeat(count - 1) + ") AND " : "")
                + "(convention_id, version) IN ((?, ?)" + ", (?, ?)".repeat(count - 1) + ")";
    }

    private static List<StoredRow> rows(PreparedStatement select, Table table) throws SQLException {
        List<StoredRow> rows = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                Object[] values = new Object[table.columns.size()];
                for (int i = 0; i < values.length; i++) {
                    ColumnType type = table.columns.get(i).type();
                    values[i] = switch (type) {
                        case TEXT -> rs.getString(i + 1);
                        case DECIMAL, MONEY -> rs.getBigDecimal(i + 1);
                        default -> rs.getObject(i + 1, type.javaType);
                    };
                }
                rows.add(new StoredRow(table, values));
            }
        }
        return rows;
    }

    // ------------------------------------------------------------------------------------- transactions

    @FunctionalInterface
    private interface SqlWork {
        void run(Connection c) throws SQLException;
    }

    @FunctionalInterface
    private interface SqlQuery<T> {
        T run(Connection c) throws SQLException;
    }

    /** Runs {@code work} in one transaction: committed whole, or rolled back whole on any failure. */
    private void write(String doing, SqlWork work) {
        Connection c;
        try {
            c = dataSource.getConnection();
        } catch (SQLException e) {
            throw SqlFailures.failed(doing, e, true);
        }
        Boolean autoCommit = null;
        try {
            try {
                autoCommit = c.getAutoCommit();
                c.setAutoCommit(false);
                work.run(c);
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw SqlFailures.failed(doing, e, true);
            } catch (RuntimeException | Error e) {
                rollbackQuietly(c, e);
                throw e;
            }
            try {
                c.commit();
            } catch (SQLException e) {
                rollbackQuietly(c, e);
                throw SqlFailures.commitFailed(doing, e);
            }
        } finally {
            release(c, autoCommit);
        }
    }

    private <T> T read(String doing, SqlQuery<T> query) {
        try (Connection c = dataSource.getConnection()) {
            return query.run(c);
        } catch (SQLException e) {
            throw SqlFailures.failed(doing, e, false);
        }
    }

    private static void rollbackQuietly(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** Gives the host's connection back as it came (a pool may not reset auto-commit), then closes it. */
    private static void release(Connection c, Boolean autoCommit) {
        try {
            if (autoCommit != null && !c.isClosed()) {
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            LOG.warn("Could not restore auto-commit on a connection after a write", e);
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.warn("Could not close a connection after a write", e);
        }
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
