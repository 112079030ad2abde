package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.ConventionIds;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Reads: each is one query that returns the documents wanted, read back through the interchange format.
 * Searches select on the search columns and keep {@link ConventionQuery#matches} as the last word.
 */
final class ConventionReads {
    /** Conventions read per query by {@link #streamAll()}. */
    static final int CONVENTIONS_PER_READ = 64;

    private final Transactions transactions;
    private final ConventionStatements sql;
    private final ConventionJson json;

    ConventionReads(Transactions transactions, ConventionStatements sql, ConventionJson json) {
        this.transactions = transactions;
        this.sql = sql;
        this.json = json;
    }

    Optional<Convention> findById(String id) {
        ConventionIds.requireSafe(id);
        return transactions.read("reading convention " + id, c -> {
            try (PreparedStatement select = c.prepareStatement(sql.currentDocument)) {
                select.setString(1, id);
                return documents(select, 2).stream().findFirst().map(d -> convention(d, id));
            }
        });
    }

    Optional<Convention> findRevision(String id, long version) {
        ConventionIds.requireSafe(id);
        return transactions.read("reading revision " + version + " of convention " + id, c -> {
            try (PreparedStatement select = c.prepareStatement(sql.revisionDocument)) {
                select.setString(1, id);
                select.setLong(2, version);
                return documents(select, 1).stream().findFirst().map(d -> convention(d, id));
            }
        });
    }

    /** The revision metadata from the head of each document, which is read no further. */
    List<Revision> history(String id) {
        ConventionIds.requireSafe(id);
        return transactions.read("reading the history of convention " + id, c -> {
            List<Revision> revisions = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(sql.historyDocuments)) {
                select.setString(1, id);
                for (String document : documents(select, 1)) {
                    revisions.add(json.scanSummary(stream(document), source(id)).revision().orElseThrow(
                            () -> new StorageException("A stored revision of convention " + id + " has no revision"
                                    + " metadata: it was not written by ctg")));
                }
            }
            return revisions;
        });
    }

    List<Convention> search(ConventionQuery query) {
        Objects.requireNonNull(query, "query");
        ConventionStatements.Search search = sql.search(query);
        return transactions.read("searching conventions", c -> {
            try (PreparedStatement select = c.prepareStatement(search.text())) {
                for (int i = 0; i < search.parameters().size(); i++) {
                    select.setObject(i + 1, search.parameters().get(i));
                }
                return conventions(select).stream().filter(query::matches).toList();
            }
        });
    }

    /**
     * Every convention in its current revision, ordered by id, read {@value #CONVENTIONS_PER_READ} at a time
     * as the stream is consumed (no connection is held between pages). A convention saved meanwhile may
     * appear in its new revision; one deleted meanwhile may be missing.
     */
    Stream<Convention> streamAll() {
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
                page.addAll(transactions.read("reading all conventions", c -> {
                    try (PreparedStatement select = c.prepareStatement(sql.page(lastId != null, CONVENTIONS_PER_READ))) {
                        if (lastId != null) {
                            select.setString(1, lastId);
                        }
                        return conventions(select);
                    }
                }));
                exhausted = page.size() < CONVENTIONS_PER_READ;
                if (!page.isEmpty()) {
                    lastId = page.get(page.size() - 1).getId();
                }
            }
        };
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(pages,
                Spliterator.ORDERED | Spliterator.NONNULL | Spliterator.DISTINCT), false);
    }

    /** The version of the current revision, 0 when none has that id. */
    long currentVersion(String id) {
        return transactions.read("reading the version of convention " + id, c -> {
            try (PreparedStatement select = c.prepareStatement(sql.currentVersion)) {
                select.setString(1, id);
                try (ResultSet rs = select.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    /** The conventions of rows (id, document). */
    private List<Convention> conventions(PreparedStatement select) throws SQLException {
        List<Convention> conventions = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                conventions.add(convention(rs.getString(2), rs.getString(1)));
            }
        }
        return conventions;
    }

    private static List<String> documents(PreparedStatement select, int column) throws SQLException {
        List<String> documents = new ArrayList<>();
        try (ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                documents.add(rs.getString(column));
            }
        }
        return documents;
    }

    private Convention convention(String document, String id) {
        return json.readContent(stream(document), source(id)).convention();
    }

    private static ByteArrayInputStream stream(String document) {
        return new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8));
    }

    private static String source(String id) {
        return "the stored document of convention " + id;
    }
}
