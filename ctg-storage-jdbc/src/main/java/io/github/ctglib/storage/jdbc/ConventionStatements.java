package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionQuery;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of the repository for one schema, prefix and dialect, built once; and the binding of a
 * {@link ConventionRow}'s search columns. Every value is a bound parameter: the only text put into SQL is the
 * checked schema and prefix.
 */
final class ConventionStatements {

    /** A search as SQL over the current revisions, with its parameters. */
    record Search(String text, List<Object> parameters) {}

    final String insertConvention;
    final String updateConvention;
    final String deleteConvention;
    final String currentVersion;
    final String insertRevision;
    final String deleteCommunes;
    final String insertCommune;
    final String deleteEpcis;
    final String insertEpci;
    final String deleteFields;
    final String insertField;
    final String currentDocument;
    final String revisionDocument;
    final String historyDocuments;

    private final SqlNames names;
    private final Dialect dialect;
    private final String currentDocuments;

    ConventionStatements(SqlNames names, Dialect dialect) {
        this.names = names;
        this.dialect = dialect;
        String convention = names.qualified("convention");
        String revision = names.qualified("convention_revision");
        insertConvention = "INSERT INTO " + convention + " (" + String.join(", ", ConventionRow.CONVENTION_COLUMNS)
                + ") VALUES (?" + ", ?".repeat(ConventionRow.CONVENTION_COLUMNS.size() - 1) + ")";
        updateConvention = "UPDATE " + convention + " SET version = ?, caf_departement = ?, epci_siren = ?, stage = ?,"
                + " is_signed = ?, valid_to = ?, effective_from = ?, effective_to = ? WHERE id = ? AND version = ?";
        deleteConvention = "DELETE FROM " + convention + " WHERE id = ? AND version = ?";
        currentVersion = "SELECT version FROM " + convention + " WHERE id = ?";
        insertRevision = "INSERT INTO " + revision + " (convention_id, version, document) VALUES (?, ?, "
                + dialect.documentParameter() + ")";
        deleteCommunes = "DELETE FROM " + names.qualified("convention_commune") + " WHERE convention_id = ?";
        insertCommune = "INSERT INTO " + names.qualified("convention_commune") + " (convention_id, commune_code)"
                + " VALUES (?, ?)";
        deleteEpcis = "DELETE FROM " + names.qualified("convention_epci_siren") + " WHERE convention_id = ?";
        insertEpci = "INSERT INTO " + names.qualified("convention_epci_siren") + " (convention_id, epci_siren) VALUES (?, ?)";
        deleteFields = "DELETE FROM " + names.qualified("convention_field") + " WHERE convention_id = ?";
        insertField = "INSERT INTO " + names.qualified("convention_field") + " (convention_id, kind) VALUES (?, ?)";
        currentDocuments = "SELECT c.id, r.document FROM " + convention + " c JOIN " + revision
                + " r ON r.convention_id = c.id AND r.version = c.version";
        currentDocument = currentDocuments + " WHERE c.id = ?";
        revisionDocument = "SELECT document FROM " + revision + " WHERE convention_id = ? AND version = ?";
        historyDocuments = "SELECT document FROM " + revision + " WHERE convention_id = ? ORDER BY version";
    }

    /** The current documents of ids after {@code afterId} (all when null), the first {@code count} by id. */
    String page(boolean after, int count) {
        return currentDocuments + (after ? " WHERE c.id > ?" : "") + " ORDER BY c.id" + dialect.firstRows(count);
    }

    /**
     * The current documents that {@code query} may match, ordered by id: each criterion is the SQL form of
     * {@link ConventionQuery#matches} on the columns {@link ConventionRow#of} derived. "In force" is a range
     * check on the effective period (NULL while unsigned).
     */
    Search search(ConventionQuery query) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        query.getCafDepartement().ifPresent(d -> {
            conditions.add("c.caf_departement = ?");
            parameters.add(d);
        });
        query.getCommuneCode().ifPresent(code -> {
            conditions.add("EXISTS (SELECT 1 FROM " + names.qualified("convention_commune") + " t"
                    + " WHERE t.convention_id = c.id AND t.commune_code = ?)");
            parameters.add(code);
        });
        query.getEpciSiren().ifPresent(siren -> {
            conditions.add("EXISTS (SELECT 1 FROM " + names.qualified("convention_epci_siren") + " e"
                    + " WHERE e.convention_id = c.id AND e.epci_siren = ?)");
            parameters.add(siren);
        });
        query.getStage().ifPresent(stage -> {
            conditions.add("c.stage = ?");
            parameters.add(stage.name());
        });
        query.getInForceOn().ifPresent(day -> {
            conditions.add("c.effective_from <= ? AND c.effective_to >= ?");
            parameters.add(day);
            parameters.add(day);
        });
        query.getEndingFrom().ifPresent(day -> {
            conditions.add("c.valid_to >= ?");
            parameters.add(day);
        });
        query.getEndingTo().ifPresent(day -> {
            conditions.add("c.valid_to <= ?");
            parameters.add(day);
        });
        query.getField().ifPresent(kind -> {
            conditions.add("EXISTS (SELECT 1 FROM " + names.qualified("convention_field") + " f"
                    + " WHERE f.convention_id = c.id AND f.kind = ?)");
            parameters.add(kind.name());
        });
        return new Search(currentDocuments + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY c.id", List.copyOf(parameters));
    }

    /** Binds the columns of {@link #insertConvention}. */
    static void bindInsert(PreparedStatement insert, ConventionRow row) throws SQLException {
        insert.setString(1, row.id());
        insert.setLong(2, row.version());
        bindSearchColumns(insert, 3, row);
    }

    /** Binds {@link #updateConvention}: to {@code row}'s version from {@code expected}. */
    static void bindUpdate(PreparedStatement update, ConventionRow row, long expected) throws SQLException {
        update.setLong(1, row.version());
        bindSearchColumns(update, 2, row);
        update.setString(9, row.id());
        update.setLong(10, expected);
    }

    private static void bindSearchColumns(PreparedStatement s, int first, ConventionRow row) throws SQLException {
        s.setString(first, row.cafDepartement());
        if (row.firstEpciSiren().isPresent()) {
            s.setString(first + 1, row.firstEpciSiren().get());
        } else {
            s.setNull(first + 1, Types.VARCHAR);
        }
        s.setString(first + 2, row.stage());
        s.setBoolean(first + 3, row.signed());
        s.setObject(first + 4, row.validTo());
        if (row.effectiveFrom().isPresent()) {
            s.setObject(first + 5, row.effectiveFrom().get());
            s.setObject(first + 6, row.effectiveTo().orElseThrow());
        } else {
            s.setNull(first + 5, Types.DATE);
            s.setNull(first + 6, Types.DATE);
        }
    }
}
