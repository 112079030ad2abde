package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.CommitOutcomeUnknownException;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Saves, restores and deletes. A write claims the version on the {@code convention} row first (the
 * optimistic lock: an {@code UPDATE … WHERE version = ?} that must hit one row, or the {@code INSERT} of a
 * new id), then inserts the revision's document and replaces the search rows, each statement batched over
 * every convention of the write: at most {@value #MAX_STATEMENTS_PER_WRITE} statements and the commit,
 * whatever the size of the conventions.
 */
final class ConventionWrites {
    private static final Logger LOG = LoggerFactory.getLogger(ConventionWrites.class);

    /** The claim, the documents, and the delete and insert of the communes, of the EPCIs and of the fields. */
    static final int MAX_STATEMENTS_PER_WRITE = 8;
    /** Conventions saved per transaction by {@link #saveAll}. */
    static final int CONVENTIONS_PER_TRANSACTION = 100;

    private final Transactions transactions;
    private final ConventionStatements sql;
    private final ConventionJson json;
    private final SqlFailures failures;
    private final ToLongFunction<String> currentVersion;

    ConventionWrites(Transactions transactions, ConventionStatements sql, ConventionJson json, SqlFailures failures,
            ToLongFunction<String> currentVersion) {
        this.transactions = transactions;
        this.sql = sql;
        this.json = json;
        this.failures = failures;
        this.currentVersion = currentVersion;
    }

    /** A convention's row to write and the version the writer read (0: a new id). */
    private record Claim(ConventionRow row, long expected) {}

    Convention save(Convention convention, Change change) {
        Objects.requireNonNull(convention, "convention");
        Objects.requireNonNull(change, "change");
        String id = ConventionIds.requireSafe(convention.getId());
        Convention stored = nextRevision(convention);
        ConventionRow row = ConventionRow.of(stored, revision(stored, change), json);
        try {
            transactions.write("saving convention " + id,
                    c -> write(c, List.of(new Claim(row, convention.getVersion())), List.of(row)));
        } catch (VersionMismatch mismatch) {
            throw conflict(id, convention.getVersion());
        }
        return stored;
    }

    /**
     * Saves the conventions {@value #CONVENTIONS_PER_TRANSACTION} to a transaction, each statement batched
     * over them all. When a group cannot be saved together (a version conflict, a value that does not fit,
     * an id twice), that group is saved one by one, so the failure is raised for the right convention with
     * those before it saved. In the host's transaction, which a failed statement may have spoilt, they are
     * saved one by one from the start.
     */
    List<Convention> saveAll(List<Convention> conventions, Change change) {
        Objects.requireNonNull(conventions, "conventions");
        Objects.requireNonNull(change, "change");
        List<Convention> saved = new ArrayList<>(conventions.size());
        boolean oneByOne = transactions.inHostTransaction();
        for (int from = 0; from < conventions.size(); from += CONVENTIONS_PER_TRANSACTION) {
            List<Convention> group = conventions.subList(from,
                    Math.min(conventions.size(), from + CONVENTIONS_PER_TRANSACTION));
            Optional<List<Convention>> together = oneByOne ? Optional.empty() : saveTogether(group, change);
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
        List<Claim> claims = new ArrayList<>(group.size());
        List<ConventionRow> rows = new ArrayList<>(group.size());
        Set<String> ids = new HashSet<>();
        try {
            for (Convention convention : group) {
                String id = ConventionIds.requireSafe(Objects.requireNonNull(convention, "convention").getId());
                if (!ids.add(id)) {
                    return Optional.empty();
                }
                Convention next = nextRevision(convention);
                ConventionRow row = ConventionRow.of(next, revision(next, change), json);
                stored.add(next);
                claims.add(new Claim(row, convention.getVersion()));
                rows.add(row);
            }
        } catch (RuntimeException invalid) {
            return Optional.empty(); // saved one by one, the same failure is raised for its convention
        }
        try {
            transactions.write("saving " + group.size() + " conventions from " + group.get(0).getId(),
                    c -> write(c, claims, rows));
            return Optional.of(stored);
        } catch (VersionMismatch mismatch) {
            return Optional.empty();
        } catch (CommitOutcomeUnknownException unknown) {
            throw unknown;
        } catch (StorageException failure) {
            LOG.debug("Saving {} conventions together failed; saving them one by one", group.size(), failure);
            return Optional.empty();
        }
    }

    void restore(List<StoredRevision> revisions) {
        String id = StoredRevision.requireComplete(revisions);
        List<ConventionRow> rows = new ArrayList<>(revisions.size());
        for (StoredRevision stored : revisions) {
            rows.add(ConventionRow.of(stored.convention(), stored.revision(), json));
        }
        try {
            transactions.write("restoring convention " + id,
                    c -> write(c, List.of(new Claim(rows.get(rows.size() - 1), 0)), rows));
        } catch (VersionMismatch mismatch) {
            throw conflict(id, 0);
        }
    }

    /** Deletes the convention row; the database deletes its revisions and search rows with it. */
    void delete(String id, long expectedVersion) {
        ConventionIds.requireSafe(id);
        try {
            transactions.write("deleting convention " + id, c -> {
                try (PreparedStatement delete = c.prepareStatement(sql.deleteConvention)) {
                    delete.setString(1, id);
                    delete.setLong(2, expectedVersion);
                    if (delete.executeUpdate() == 0) {
                        throw new VersionMismatch();
                    }
                }
            });
        } catch (VersionMismatch mismatch) {
            long actual = currentVersion.applyAsLong(id);
            if (actual == 0) {
                throw new ConventionNotFoundException(id);
            }
            throw new ConcurrencyConflictException(id, expectedVersion, actual);
        }
    }

    /** Claims the versions, inserts the revisions' documents, and replaces the claimed conventions' search rows. */
    private void write(Connection c, List<Claim> claims, List<ConventionRow> revisions) throws SQLException {
        claim(c, claims);
        batch(c, sql.insertRevision, revisions, (s, row) -> {
            s.setString(1, row.id());
            s.setLong(2, row.version());
            s.setString(3, row.document());
        });
        List<ConventionRow> replaced = claims.stream().filter(claim -> claim.expected() != 0).map(Claim::row).toList();
        List<ConventionRow> current = claims.stream().map(Claim::row).toList();
        batch(c, sql.deleteCommunes, replaced, (s, row) -> s.setString(1, row.id()));
        batch(c, sql.insertCommune, pairs(current, ConventionRow::communeCodes), ConventionWrites::bindPair);
        batch(c, sql.deleteEpcis, replaced, (s, row) -> s.setString(1, row.id()));
        batch(c, sql.insertEpci, pairs(current, ConventionRow::epciSirens), ConventionWrites::bindPair);
        batch(c, sql.deleteFields, replaced, (s, row) -> s.setString(1, row.id()));
        batch(c, sql.insertField, pairs(current, ConventionRow::fieldKinds), ConventionWrites::bindPair);
    }

    /** Moves each convention from its read version to the next, in one statement per kind of claim. */
    private void claim(Connection c, List<Claim> claims) throws SQLException {
        List<Claim> created = claims.stream().filter(claim -> claim.expected() == 0).toList();
        List<Claim> updated = claims.stream().filter(claim -> claim.expected() != 0).toList();
        try {
            batch(c, sql.insertConvention, created, (s, claim) -> ConventionStatements.bindInsert(s, claim.row()));
        } catch (SQLException e) {
            if (failures.isDuplicateKey(e)) {
                throw new VersionMismatch();
            }
            throw e;
        }
        if (updated.size() == 1) {
            try (PreparedStatement update = c.prepareStatement(sql.updateConvention)) {
                ConventionStatements.bindUpdate(update, updated.get(0).row(), updated.get(0).expected());
                if (update.executeUpdate() != 1) {
                    throw new VersionMismatch();
                }
            }
        } else if (!updated.isEmpty()) {
            try (PreparedStatement update = c.prepareStatement(sql.updateConvention)) {
                for (Claim claim : updated) {
                    ConventionStatements.bindUpdate(update, claim.row(), claim.expected());
                    update.addBatch();
                }
                for (int count : update.executeBatch()) {
                    if (count != 1) { // 0: a conflict; SUCCESS_NO_INFO: unknown, so saved one by one
                        throw new VersionMismatch();
                    }
                }
            }
        }
    }

    @FunctionalInterface
    private interface Binder<T> {
        void bind(PreparedStatement statement, T value) throws SQLException;
    }

    /** One round trip for all {@code values}, none when there are none. */
    private static <T> void batch(Connection c, String statement, List<T> values, Binder<T> binder) throws SQLException {
        if (values.isEmpty()) {
            return;
        }
        try (PreparedStatement s = c.prepareStatement(statement)) {
            if (values.size() == 1) {
                binder.bind(s, values.get(0));
                s.executeUpdate();
                return;
            }
            for (T value : values) {
                binder.bind(s, value);
                s.addBatch();
            }
            s.executeBatch();
        }
    }

    private static List<Map.Entry<String, String>> pairs(List<ConventionRow> rows,
            Function<ConventionRow, Set<String>> values) {
        List<Map.Entry<String, String>> pairs = new ArrayList<>();
        for (ConventionRow row : rows) {
            for (String value : values.apply(row)) {
                pairs.add(Map.entry(row.id(), value));
            }
        }
        return pairs;
    }

    private static void bindPair(PreparedStatement s, Map.Entry<String, String> pair) throws SQLException {
        s.setString(1, pair.getKey());
        s.setString(2, pair.getValue());
    }

    private static Convention nextRevision(Convention convention) {
        return ImmutableConvention.copyOf(convention).withVersion(convention.getVersion() + 1);
    }

    private static Revision revision(Convention stored, Change change) {
        return new Revision(stored.getVersion(), change.at(), change.actor(), change.summary());
    }

    private ConcurrencyConflictException conflict(String id, long expected) {
        return new ConcurrencyConflictException(id, expected, currentVersion.applyAsLong(id));
    }

    /** Thrown inside a write when the stored version is not the expected one: the write is rolled back. */
    static final class VersionMismatch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        VersionMismatch() {
            super(null, null, false, false);
        }
    }
}
