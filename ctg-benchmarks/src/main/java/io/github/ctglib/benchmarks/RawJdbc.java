package io.github.ctglib.benchmarks;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import javax.sql.DataSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The raw JDBC baselines: what a hand-written importer and reader would do on the adapter's tables
 * ({@code db/ctg/common/V1__init.sql} of ctg-storage-jdbc), with plain {@link PreparedStatement}s. The import
 * writes exactly the rows the adapter writes for revision 1 (a test compares them), the document made by the
 * same interchange format; it checks nothing, claims no version and commits once. A read selects the
 * documents in one query and parses each with plain Jackson into a tree (no model built).
 */
final class RawJdbc {

    /** Conventions whose rows go in one round of batches, as the adapter's saveAll groups them. */
    private static final int CONVENTIONS_PER_BATCH = 100;
    private static final ConventionJson JSON = ConventionJson.standard();
    private static final JsonMapper JACKSON = JsonMapper.builder().build();

    /** The adapter's tables, parents first. */
    static final List<String> TABLES = List.of("convention", "convention_revision", "convention_commune",
            "convention_epci_siren", "convention_field");

    private RawJdbc() {}

    // ------------------------------------------------------------------------------------------------ import

    /**
     * Inserts revision 1 of every convention, 100 conventions per round of batches (one batch per table), in
     * one transaction.
     *
     * @param documentParameter how the database takes a JSON document given as a string
     * @return the number of rows inserted
     */
    static int insert(DataSource dataSource, String schema, String documentParameter, List<Convention> conventions,
            Change change) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement convention = c.prepareStatement("INSERT INTO " + schema + ".convention (id, version,"
                    + " caf_departement, epci_siren, stage, is_signed, valid_to, effective_from, effective_to)"
                    + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
                    PreparedStatement revision = c.prepareStatement("INSERT INTO " + schema
                            + ".convention_revision (convention_id, version, document) VALUES (?, 1, "
                            + documentParameter + ")");
                    PreparedStatement commune = c.prepareStatement("INSERT INTO " + schema
                            + ".convention_commune (convention_id, commune_code) VALUES (?, ?)");
                    PreparedStatement epci = c.prepareStatement("INSERT INTO " + schema
                            + ".convention_epci_siren (convention_id, epci_siren) VALUES (?, ?)");
                    PreparedStatement field = c.prepareStatement("INSERT INTO " + schema
                            + ".convention_field (convention_id, kind) VALUES (?, ?)")) {
                int rows = 0;
                for (int from = 0; from < conventions.size(); from += CONVENTIONS_PER_BATCH) {
                    for (Convention draft : conventions.subList(from,
                            Math.min(conventions.size(), from + CONVENTIONS_PER_BATCH))) {
                        Convention stored = ImmutableConvention.copyOf(draft).withVersion(1);
                        String id = stored.getId();
                        Optional<DateRange> effective = stored.effectivePeriod();
                        convention.setString(1, id);
                        convention.setString(2, stored.getCaf().getDepartementCode());
                        convention.setString(3, stored.getTerritory().getEpciSirens().stream().findFirst().orElse(null));
                        convention.setString(4, stored.getStage().name());
                        convention.setBoolean(5, stored.getStage().isSigned());
                        convention.setObject(6, stored.getValidity().getTo());
                        convention.setObject(7, effective.map(DateRange::getFrom).orElse(null), Types.DATE);
                        convention.setObject(8, effective.map(DateRange::getTo).orElse(null), Types.DATE);
                        convention.addBatch();
                        revision.setString(1, id);
                        revision.setString(2, new String(JSON.toBytes(stored, Optional.of(
                                new Revision(1, change.at(), change.actor(), change.summary()))), StandardCharsets.UTF_8));
                        revision.addBatch();
                        rows += 2;
                        for (String code : stored.getTerritory().getCommuneCodes()) {
                            commune.setString(1, id);
                            commune.setString(2, code);
                            commune.addBatch();
                            rows++;
                        }
                        for (String siren : stored.getTerritory().getEpciSirens()) {
                            epci.setString(1, id);
                            epci.setString(2, siren);
                            epci.addBatch();
                            rows++;
                        }
                        for (String kind : kinds(stored)) {
                            field.setString(1, id);
                            field.setString(2, kind);
                            field.addBatch();
                            rows++;
                        }
                    }
                    convention.executeBatch();
                    revision.executeBatch();
                    commune.executeBatch();
                    epci.executeBatch();
                    field.executeBatch();
                }
                c.commit();
                return rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static TreeSet<String> kinds(Convention c) {
        TreeSet<String> kinds = new TreeSet<>();
        for (FieldOfAction field : c.getFields()) {
            kinds.add(field.getKind().name());
        }
        return kinds;
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** Which current documents a raw read fetches: a query giving (id, document), with its parameters. */
    record Keys(String sql, List<Object> parameters) {

        private static String current(String schema) {
            return "SELECT c.id, r.document FROM " + schema + ".convention c JOIN " + schema
                    + ".convention_revision r ON r.convention_id = c.id AND r.version = c.version";
        }

        static Keys byId(String schema, String id) {
            return new Keys(current(schema) + " WHERE c.id = ?", List.of(id));
        }

        static Keys byCommune(String schema, String code) {
            return new Keys(current(schema) + " JOIN " + schema + ".convention_commune t ON t.convention_id = c.id"
                    + " WHERE t.commune_code = ?", List.of(code));
        }

        /** In force on {@code day}, in the CAF {@code departement} or anywhere when it is null. */
        static Keys inForce(String schema, String departement, LocalDate day) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder(current(schema) + " WHERE ");
            if (departement != null) {
                sql.append("c.caf_departement = ? AND ");
                parameters.add(departement);
            }
            sql.append("c.effective_from <= ? AND c.effective_to >= ?");
            parameters.add(day);
            parameters.add(day);
            return new Keys(sql.toString(), parameters);
        }
    }

    /** Reads the first document {@code keys} selects into the model, with the interchange format. */
    static Convention readOne(DataSource dataSource, Keys keys) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(keys.sql())) {
            for (int i = 0; i < keys.parameters().size(); i++) {
                select.setObject(i + 1, keys.parameters().get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                rs.next();
                return JSON.read(new java.io.ByteArrayInputStream(rs.getString(2).getBytes(StandardCharsets.UTF_8)),
                        rs.getString(1));
            }
        }
    }

    /**
     * Reads the documents {@code keys} selects in one query and parses each with plain Jackson.
     *
     * @return the number of top-level fields of the documents read
     */
    static long read(DataSource dataSource, Keys keys) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(keys.sql())) {
            for (int i = 0; i < keys.parameters().size(); i++) {
                select.setObject(i + 1, keys.parameters().get(i));
            }
            long fields = 0;
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    JsonNode document = JACKSON.readTree(rs.getString(2));
                    fields += document.size();
                }
            }
            return fields;
        }
    }
}
