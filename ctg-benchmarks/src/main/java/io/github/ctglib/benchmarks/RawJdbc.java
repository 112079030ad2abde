package io.github.ctglib.benchmarks;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Need;
import io.github.ctglib.vocabulary.Period;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.ports.Change;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The raw JDBC baselines: what a hand-written importer and reader would do on the adapter's schema
 * ({@code db/ctg/*\/V1__init.sql} of ctg-storage-jdbc), with plain {@link PreparedStatement}s and no model
 * mapping layer. The import writes exactly the rows the adapter writes for revision 1 (a test reads them back
 * through the adapter); it checks nothing, claims no version and commits once.
 */
final class RawJdbc {

    /** Conventions whose rows go in one round of batches, as the adapter's saveAll groups them. */
    private static final int CONVENTIONS_PER_BATCH = 100;
    /** Revisions read per query. */
    private static final int KEYS_PER_READ = 100;

    /** Every table of a revision, parents first (the foreign keys), as the adapter lists them. */
    static final List<String> REVISION_TABLES = List.of("convention_revision", "territory_commune", "convention_field",
            "diagnostic_indicator", "diagnostic_need", "committee_meeting", "committee_decision", "amendment",
            "amendment_signature", "amendment_commune", "signatory", "action", "action_field", "action_objective",
            "action_partner", "budget_line", "action_indicator", "indicator_measurement", "evaluation_outcome");

    private RawJdbc() {}

    // ------------------------------------------------------------------------------------------------ import

    /**
     * Inserts revision 1 of every convention, 100 conventions per round of batches (one batch per table),
     * in one transaction.
     *
     * @return the number of rows inserted
     */
    static int insert(DataSource dataSource, String schema, List<Convention> conventions, Change change)
            throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Inserts inserts = new Inserts(c, schema)) {
                for (int from = 0; from < conventions.size(); from += CONVENTIONS_PER_BATCH) {
                    for (Convention convention : conventions.subList(from,
                            Math.min(conventions.size(), from + CONVENTIONS_PER_BATCH))) {
                        inserts.add(convention, change);
                    }
                    inserts.executeBatches();
                }
                c.commit();
                return inserts.rows;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        }
    }

    /** One open statement per table, and the traversal of a convention into their batches. */
    private static final class Inserts implements AutoCloseable {
        private final List<PreparedStatement> inOrder = new ArrayList<>();
        private final PreparedStatement convention;
        private final PreparedStatement revision;
        private final PreparedStatement territoryCommune;
        private final PreparedStatement conventionField;
        private final PreparedStatement diagnosticIndicator;
        private final PreparedStatement diagnosticNeed;
        private final PreparedStatement committeeMeeting;
        private final PreparedStatement committeeDecision;
        private final PreparedStatement amendment;
        private final PreparedStatement amendmentSignature;
        private final PreparedStatement amendmentCommune;
        private final PreparedStatement signatory;
        private final PreparedStatement action;
        private final PreparedStatement actionField;
        private final PreparedStatement actionObjective;
        private final PreparedStatement actionPartner;
        private final PreparedStatement budgetLine;
        private final PreparedStatement actionIndicator;
        private final PreparedStatement indicatorMeasurement;
        private final PreparedStatement evaluationOutcome;
        int rows;

        Inserts(Connection c, String schema) throws SQLException {
            convention = batch(c, schema, "convention", "id", "version");
            revision = batch(c, schema, "convention_revision", "convention_id", "version", "revised_at",
                    "revised_at_nanos", "revised_by", "summary", "title", "caf_name", "caf_departement", "epci_siren",
                    "valid_from", "valid_to", "stage", "is_signed", "effective_from", "effective_to", "signature_date",
                    "termination_date", "termination_reason", "predecessor_id", "coordinator_name", "coordinator_title",
                    "evaluated", "overall_assessment");
            territoryCommune = batch(c, schema, "territory_commune", "convention_id", "version", "commune_code");
            conventionField = batch(c, schema, "convention_field", "convention_id", "version", "position", "kind",
                    "label");
            diagnosticIndicator = batch(c, schema, "diagnostic_indicator", "convention_id", "version", "position",
                    "label", "indicator_value", "indicator_value_scale", "unit", "reference_year", "source", "territory");
            diagnosticNeed = batch(c, schema, "diagnostic_need", "convention_id", "version", "position", "field_kind",
                    "field_label", "description");
            committeeMeeting = batch(c, schema, "committee_meeting", "convention_id", "version", "position",
                    "meeting_date", "kind");
            committeeDecision = batch(c, schema, "committee_decision", "convention_id", "version", "meeting_position",
                    "position", "decision");
            amendment = batch(c, schema, "amendment", "convention_id", "version", "position", "amendment_number",
                    "amendment_date", "amendment_object", "new_validity_end", "effective_on");
            amendmentSignature = batch(c, schema, "amendment_signature", "convention_id", "version",
                    "amendment_position", "position", "signatory_name", "signed_on");
            amendmentCommune = batch(c, schema, "amendment_commune", "convention_id", "version", "amendment_position",
                    "commune_code");
            signatory = batch(c, schema, "signatory", "convention_id", "version", "position", "amendment_position",
                    "kind", "name", "identifier", "representative_name", "representative_title", "mandate_reference",
                    "mandate_date", "signed_on");
            action = batch(c, schema, "action", "convention_id", "version", "position", "amendment_position",
                    "action_number", "title", "target_public", "pilot", "schedule_from", "schedule_to", "status",
                    "priority");
            actionField = batch(c, schema, "action_field", "convention_id", "version", "action_position", "position",
                    "kind", "label");
            actionObjective = batch(c, schema, "action_objective", "convention_id", "version", "action_position",
                    "position", "objective");
            actionPartner = batch(c, schema, "action_partner", "convention_id", "version", "action_position",
                    "position", "partner");
            budgetLine = batch(c, schema, "budget_line", "convention_id", "version", "action_position", "position",
                    "budget_year", "funder", "instrument", "nature", "amount");
            actionIndicator = batch(c, schema, "action_indicator", "convention_id", "version", "action_position",
                    "position", "label", "unit", "baseline", "baseline_scale", "target", "target_scale");
            indicatorMeasurement = batch(c, schema, "indicator_measurement", "convention_id", "version",
                    "action_position", "indicator_position", "position", "measured_on", "measured_value",
                    "measured_value_scale");
            evaluationOutcome = batch(c, schema, "evaluation_outcome", "convention_id", "version", "position",
                    "action_number", "outcome", "outcome_comment");
        }

        private PreparedStatement batch(Connection c, String schema, String table, String... columns)
                throws SQLException {
            PreparedStatement insert = c.prepareStatement("INSERT INTO " + schema + "." + table + " ("
                    + String.join(", ", columns) + ") VALUES (" + "?, ".repeat(columns.length - 1) + "?)");
            inOrder.add(insert);
            return insert;
        }

        /** Sends every batch, parents first. */
        void executeBatches() throws SQLException {
            for (PreparedStatement insert : inOrder) {
                insert.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement insert : inOrder) {
                insert.close();
            }
        }

        /** Each new row starts with the revision's key; {@link Row#add()} puts it in the batch. */
        private Row row(PreparedStatement insert, String id) throws SQLException {
            rows++;
            return new Row(insert).text(id).bigint(1);
        }

        void add(Convention c, Change change) throws SQLException {
            String id = c.getId();
            rows++;
            new Row(convention).text(id).bigint(1).add();
            Optional<Period> effective = c.effectivePeriod();
            Optional<Person> coordinator = c.getGovernance().getCoordinator();
            Optional<Evaluation> evaluation = c.getEvaluation();
            row(revision, id)
                    .timestamp(OffsetDateTime.ofInstant(change.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                    .integer(change.at().getNano())
                    .text(change.actor())
                    .text(change.summary())
                    .text(c.getTitle())
                    .text(c.getCaf().getName())
                    .text(c.getCaf().getDepartementCode())
                    .text(c.getTerritory().getEpciSiren().orElse(null))
                    .date(c.getValidity().getFrom())
                    .date(c.getValidity().getTo())
                    .text(c.getStage().name())
                    .bool(c.getStage().isSigned())
                    .date(effective.map(Period::getFrom).orElse(null))
                    .date(effective.map(Period::getTo).orElse(null))
                    .date(c.getSignatureDate().orElse(null))
                    .date(c.getTermination().map(t -> t.getDate()).orElse(null))
                    .text(c.getTermination().map(t -> t.getReason()).orElse(null))
                    .text(c.getPredecessorId().orElse(null))
                    .text(coordinator.map(Person::getName).orElse(null))
                    .text(coordinator.map(Person::getTitle).orElse(null))
                    .bool(evaluation.isPresent())
                    .text(evaluation.flatMap(Evaluation::getOverallAssessment).orElse(null))
                    .add();
            for (String code : c.getTerritory().getCommuneCodes()) {
                row(territoryCommune, id).text(code).add();
            }
            int position = 0;
            for (FieldOfAction field : c.getFields()) {
                row(conventionField, id).integer(position++).text(field.getKind().name())
                        .text(field.getLabel().orElse(null)).add();
            }
            List<Indicator> indicators = c.getDiagnostic().getIndicators();
            for (int i = 0; i < indicators.size(); i++) {
                Indicator indicator = indicators.get(i);
                row(diagnosticIndicator, id).integer(i).text(indicator.getLabel()).figure(indicator.getValue())
                        .text(indicator.getUnit()).integer(indicator.getReferenceYear()).text(indicator.getSource())
                        .text(indicator.getTerritory().orElse(null)).add();
            }
            List<Need> needs = c.getDiagnostic().getNeeds();
            for (int i = 0; i < needs.size(); i++) {
                Need need = needs.get(i);
                row(diagnosticNeed, id).integer(i).text(need.getField().getKind().name())
                        .text(need.getField().getLabel().orElse(null)).text(need.getDescription()).add();
            }
            List<CommitteeMeeting> meetings = c.getGovernance().getMeetings();
            for (int m = 0; m < meetings.size(); m++) {
                CommitteeMeeting meeting = meetings.get(m);
                row(committeeMeeting, id).integer(m).date(meeting.getDate()).text(meeting.getKind().name()).add();
                List<String> decisions = meeting.getDecisions();
                for (int d = 0; d < decisions.size(); d++) {
                    row(committeeDecision, id).integer(m).integer(d).text(decisions.get(d)).add();
                }
            }
            List<Amendment> amendments = c.getAmendments();
            for (int a = 0; a < amendments.size(); a++) {
                Amendment amend = amendments.get(a);
                row(amendment, id).integer(a).integer(amend.getNumber()).date(amend.getDate()).text(amend.getObject())
                        .date(amend.getNewValidityEnd().orElse(null)).date(amend.getEffectiveOn().orElse(null)).add();
                List<AmendmentSignature> signatures = amend.getSignatures();
                for (int s = 0; s < signatures.size(); s++) {
                    row(amendmentSignature, id).integer(a).integer(s).text(signatures.get(s).getSignatoryName())
                            .date(signatures.get(s).getDate()).add();
                }
                for (String code : amend.getAddedCommuneCodes()) {
                    row(amendmentCommune, id).integer(a).text(code).add();
                }
            }
            // Signatories and actions are numbered across the convention's and those amendments add.
            int signatoryPosition = 0;
            for (Signatory s : c.getSignatories()) {
                addSignatory(id, s, signatoryPosition++, null);
            }
            int actionPosition = 0;
            for (ActionSheet a : c.getActions()) {
                addAction(id, a, actionPosition++, null);
            }
            for (int a = 0; a < amendments.size(); a++) {
                for (Signatory s : amendments.get(a).getAddedSignatories()) {
                    addSignatory(id, s, signatoryPosition++, a);
                }
                for (ActionSheet added : amendments.get(a).getAddedActions()) {
                    addAction(id, added, actionPosition++, a);
                }
            }
            if (evaluation.isPresent()) {
                List<ActionOutcome> outcomes = evaluation.get().getOutcomes();
                for (int i = 0; i < outcomes.size(); i++) {
                    ActionOutcome outcome = outcomes.get(i);
                    row(evaluationOutcome, id).integer(i).text(outcome.getActionNumber())
                            .text(outcome.getOutcome().name()).text(outcome.getComment().orElse(null)).add();
                }
            }
        }

        private void addSignatory(String id, Signatory s, int position, Integer amendmentPosition) throws SQLException {
            row(signatory, id).integer(position).integer(amendmentPosition).text(s.getKind().name()).text(s.getName())
                    .text(s.getIdentifier().orElse(null)).text(s.getRepresentative().getName())
                    .text(s.getRepresentative().getTitle()).text(s.getMandate().map(m -> m.getReference()).orElse(null))
                    .date(s.getMandate().map(m -> m.getDate()).orElse(null)).date(s.getSignedOn().orElse(null)).add();
        }

        private void addAction(String id, ActionSheet a, int position, Integer amendmentPosition) throws SQLException {
            Optional<Period> schedule = a.getSchedule();
            row(action, id).integer(position).integer(amendmentPosition).text(a.getNumber()).text(a.getTitle())
                    .text(a.getTargetPublic().orElse(null)).text(a.getPilot().orElse(null))
                    .date(schedule.map(Period::getFrom).orElse(null)).date(schedule.map(Period::getTo).orElse(null))
                    .text(a.getStatus().name()).text(a.getPriority().name()).add();
            int i = 0;
            for (FieldOfAction field : a.getFields()) {
                row(actionField, id).integer(position).integer(i++).text(field.getKind().name())
                        .text(field.getLabel().orElse(null)).add();
            }
            List<String> objectives = a.getObjectives();
            for (i = 0; i < objectives.size(); i++) {
                row(actionObjective, id).integer(position).integer(i).text(objectives.get(i)).add();
            }
            List<String> partners = a.getPartners();
            for (i = 0; i < partners.size(); i++) {
                row(actionPartner, id).integer(position).integer(i).text(partners.get(i)).add();
            }
            List<BudgetLine> budget = a.getBudget();
            for (i = 0; i < budget.size(); i++) {
                BudgetLine line = budget.get(i);
                row(budgetLine, id).integer(position).integer(i).integer(line.getYear()).text(line.getFunder())
                        .text(line.getInstrument().name()).text(line.getNature().name()).money(line.getAmount()).add();
            }
            List<ActionIndicator> indicators = a.getIndicators();
            for (i = 0; i < indicators.size(); i++) {
                ActionIndicator indicator = indicators.get(i);
                row(actionIndicator, id).integer(position).integer(i).text(indicator.getLabel()).text(indicator.getUnit())
                        .figure(indicator.getBaseline().orElse(null)).figure(indicator.getTarget().orElse(null)).add();
                List<Measurement> measurements = indicator.getMeasurements();
                for (int m = 0; m < measurements.size(); m++) {
                    row(indicatorMeasurement, id).integer(position).integer(i).integer(m)
                            .date(measurements.get(m).getDate()).figure(measurements.get(m).getValue()).add();
                }
            }
        }
    }

    /** Binds one row's parameters in column order, with typed NULLs as a careful importer would. */
    private static final class Row {
        private final PreparedStatement statement;
        private int index;

        Row(PreparedStatement statement) {
            this.statement = statement;
        }

        Row text(String value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.VARCHAR);
            } else {
                statement.setString(++index, value);
            }
            return this;
        }

        Row integer(Integer value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.INTEGER);
            } else {
                statement.setInt(++index, value);
            }
            return this;
        }

        Row bigint(long value) throws SQLException {
            statement.setLong(++index, value);
            return this;
        }

        Row bool(boolean value) throws SQLException {
            statement.setBoolean(++index, value);
            return this;
        }

        Row date(LocalDate value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.DATE);
            } else {
                statement.setObject(++index, value);
            }
            return this;
        }

        Row timestamp(OffsetDateTime value) throws SQLException {
            statement.setObject(++index, value);
            return this;
        }

        Row money(BigDecimal value) throws SQLException {
            statement.setBigDecimal(++index, value);
            return this;
        }

        /** A figure and, in the next column, the scale it was given with. */
        Row figure(BigDecimal value) throws SQLException {
            if (value == null) {
                statement.setNull(++index, Types.NUMERIC);
                return integer(null);
            }
            statement.setBigDecimal(++index, value);
            return integer(value.scale());
        }

        void add() throws SQLException {
            statement.addBatch();
        }
    }

    // ------------------------------------------------------------------------------------------------- reads

    /** Which revisions a raw read fetches: a query giving (id, version), with its parameters. */
    record Keys(String sql, List<Object> parameters) {

        static Keys byId(String schema, String id) {
            return new Keys("SELECT id, version FROM " + schema + ".convention WHERE id = ?", List.of(id));
        }

        static Keys byCommune(String schema, String code) {
            return new Keys("SELECT c.id, c.version FROM " + schema + ".convention c JOIN " + schema
                    + ".territory_commune t ON t.convention_id = c.id AND t.version = c.version"
                    + " WHERE t.commune_code = ?", List.of(code));
        }

        /** In force on {@code day}, in the CAF {@code departement} or anywhere when it is null. */
        static Keys inForce(String schema, String departement, LocalDate day) {
            List<Object> parameters = new ArrayList<>();
            StringBuilder sql = new StringBuilder("SELECT c.id, c.version FROM " + schema + ".convention c JOIN "
                    + schema + ".convention_revision r ON r.convention_id = c.id AND r.version = c.version WHERE ");
            if (departement != null) {
                sql.append("r.caf_departement = ? AND ");
                parameters.add(departement);
            }
            sql.append("r.effective_from <= ? AND r.effective_to >= ?");
            parameters.add(day);
            parameters.add(day);
            return new Keys(sql.toString(), parameters);
        }
    }

    /**
     * Reads every row of every table of the revisions {@code keys} selects: the keys first, then one query
     * per table for up to {@value #KEYS_PER_READ} of them ({@code (convention_id, version) IN (…)}, the primary
     * key's prefix; longer lists make both databases slower), every column fetched; builds no model.
     *
     * @return the number of non-null values read
     */
    static long read(DataSource dataSource, String schema, Keys keys) throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            List<String> ids = new ArrayList<>();
            List<Long> versions = new ArrayList<>();
            try (PreparedStatement select = c.prepareStatement(keys.sql())) {
                for (int i = 0; i < keys.parameters().size(); i++) {
                    select.setObject(i + 1, keys.parameters().get(i));
                }
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                        versions.add(rs.getLong(2));
                    }
                }
            }
            long values = 0;
            for (int from = 0; from < ids.size(); from += KEYS_PER_READ) {
                int to = Math.min(ids.size(), from + KEYS_PER_READ);
                String pairs = "(?, ?)" + ", (?, ?)".repeat(to - from - 1);
                for (String table : REVISION_TABLES) {
                    try (PreparedStatement select = c.prepareStatement("SELECT * FROM " + schema + "." + table
                            + " WHERE (convention_id, version) IN (" + pairs + ")")) {
                        for (int i = from; i < to; i++) {
                            select.setString(2 * (i - from) + 1, ids.get(i));
                            select.setLong(2 * (i - from) + 2, versions.get(i));
                        }
                        values += readAll(select);
                    }
                }
            }
            return values;
        }
    }

    private static long readAll(PreparedStatement select) throws SQLException {
        long values = 0;
        try (ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    if (rs.getObject(i) != null) {
                        values++;
                    }
                }
            }
        }
        return values;
    }
}
