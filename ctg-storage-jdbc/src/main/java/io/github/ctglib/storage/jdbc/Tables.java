package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Column.of;
import static io.github.ctglib.storage.jdbc.Column.text;
import static io.github.ctglib.storage.jdbc.ColumnType.BIGINT;
import static io.github.ctglib.storage.jdbc.ColumnType.BOOLEAN;
import static io.github.ctglib.storage.jdbc.ColumnType.DATE;
import static io.github.ctglib.storage.jdbc.ColumnType.DECIMAL;
import static io.github.ctglib.storage.jdbc.ColumnType.INTEGER;
import static io.github.ctglib.storage.jdbc.ColumnType.MONEY;
import static io.github.ctglib.storage.jdbc.ColumnType.SCALE;
import static io.github.ctglib.storage.jdbc.ColumnType.TIMESTAMP;

import io.github.ctglib.vocabulary.Texts;
import java.util.List;

/**
 * The tables a revision of a convention is written to, as the scripts under {@code db/ctg/} create them
 * (a test compares the two). Text lengths are the model's caps; codes are as long as their pattern allows.
 */
final class Tables {
    private Tables() {}

    static final int ID = 64;
    static final int SHORT = Texts.SHORT;
    static final int LONG = Texts.LONG;
    /** Enum names (stage, kinds, statuses): room for longer names than today's. */
    static final int ENUM = 30;
    static final int INSEE = 5;
    static final int SIREN = 9;
    static final int DEPARTEMENT = 3;
    /** "999.999.999.999", the longest action number {@code Patterns.ACTION_NUMBER} allows. */
    static final int ACTION_NUMBER = 15;
    /** Signatory identifiers and units, as capped by the model. */
    static final int IDENTIFIER = 14;
    static final int UNIT = 40;
    /** Euros: NUMERIC(15, 2), as the model's {@code @Digits(integer = 13, fraction = 2)}. */
    static final int MONEY_INTEGER_DIGITS = 13;
    static final int MONEY_FRACTION_DIGITS = 2;

    private static Column conventionId() {
        return text("convention_id", ID, "id");
    }

    private static Column version() {
        return of("version", BIGINT, "version");
    }

    private static Column position(String name) {
        return of(name, INTEGER, name);
    }

    /** One row per convention: which revision is current. Optimistic locking updates its version. */
    static final Table CONVENTION = new Table("convention", 1, text("id", ID, "id"), version());

    static final Table REVISION = new Table("convention_revision", 2,
            conventionId(), version(),
            of("revised_at", TIMESTAMP, "change.at"),
            of("revised_at_nanos", INTEGER, "change.at"),
            text("revised_by", SHORT, "change.actor"),
            text("summary", LONG, "change.summary"),
            text("title", SHORT, "title"),
            text("caf_name", SHORT, "caf.name"),
            text("caf_departement", DEPARTEMENT, "caf.departementCode"),
            text("epci_siren", SIREN, "territory.epciSiren"),
            of("valid_from", DATE, "validity.from"),
            of("valid_to", DATE, "validity.to"),
            text("stage", ENUM, "stage"),
            of("is_signed", BOOLEAN, "stage"),
            of("effective_from", DATE, "effectivePeriod().from"),
            of("effective_to", DATE, "effectivePeriod().to"),
            of("signature_date", DATE, "signatureDate"),
            of("termination_date", DATE, "termination.date"),
            text("termination_reason", LONG, "termination.reason"),
            text("predecessor_id", ID, "predecessorId"),
            text("coordinator_name", SHORT, "governance.coordinator.name"),
            text("coordinator_title", SHORT, "governance.coordinator.title"),
            of("evaluated", BOOLEAN, "evaluation"),
            text("overall_assessment", LONG, "evaluation.overallAssessment"));

    static final Table TERRITORY_COMMUNE = new Table("territory_commune", 3,
            conventionId(), version(), text("commune_code", INSEE, ""));

    static final Table CONVENTION_FIELD = new Table("convention_field", 3,
            conventionId(), version(), position("position"),
            text("kind", ENUM, "kind"), text("label", SHORT, "label"));

    static final Table DIAGNOSTIC_INDICATOR = new Table("diagnostic_indicator", 3,
            conventionId(), version(), position("position"),
            text("label", SHORT, "label"),
            of("indicator_value", DECIMAL, "value"),
            of("indicator_value_scale", SCALE, "value"),
            text("unit", UNIT, "unit"),
            of("reference_year", INTEGER, "referenceYear"),
            text("source", SHORT, "source"),
            text("territory", SHORT, "territory"));

    static final Table DIAGNOSTIC_NEED = new Table("diagnostic_need", 3,
            conventionId(), version(), position("position"),
            text("field_kind", ENUM, "field.kind"),
            text("field_label", SHORT, "field.label"),
            text("description", LONG, "description"));

    static final Table COMMITTEE_MEETING = new Table("committee_meeting", 3,
            conventionId(), version(), position("position"),
            of("meeting_date", DATE, "date"), text("kind", ENUM, "kind"));

    static final Table COMMITTEE_DECISION = new Table("committee_decision", 4,
            conventionId(), version(), position("meeting_position"), position("position"),
            text("decision", LONG, ""));

    static final Table AMENDMENT = new Table("amendment", 3,
            conventionId(), version(), position("position"),
            of("amendment_number", INTEGER, "number"),
            of("amendment_date", DATE, "date"),
            text("amendment_object", LONG, "object"),
            of("new_validity_end", DATE, "newValidityEnd"),
            of("effective_on", DATE, "effectiveOn"));

    static final Table AMENDMENT_SIGNATURE = new Table("amendment_signature", 4,
            conventionId(), version(), position("amendment_position"), position("position"),
            text("signatory_name", SHORT, "signatoryName"), of("signed_on", DATE, "date"));

    static final Table AMENDMENT_COMMUNE = new Table("amendment_commune", 4,
            conventionId(), version(), position("amendment_position"),
            text("commune_code", INSEE, ""));

    /** The convention's signatories and, with an amendment_position, those an amendment adds. */
    static final Table SIGNATORY = new Table("signatory", 3,
            conventionId(), version(), position("position"), position("amendment_position"),
            text("kind", ENUM, "kind"),
            text("name", SHORT, "name"),
            text("identifier", IDENTIFIER, "identifier"),
            text("representative_name", SHORT, "representative.name"),
            text("representative_title", SHORT, "representative.title"),
            text("mandate_reference", SHORT, "mandate.reference"),
            of("mandate_date", DATE, "mandate.date"),
            of("signed_on", DATE, "signedOn"));

    /** The action plan and, with an amendment_position, the actions an amendment adds. */
    static final Table ACTION = new Table("action", 3,
            conventionId(), version(), position("position"), position("amendment_position"),
            text("action_number", ACTION_NUMBER, "number"),
            text("title", SHORT, "title"),
            text("target_public", LONG, "targetPublic"),
            text("pilot", SHORT, "pilot"),
            of("schedule_from", DATE, "schedule.from"),
            of("schedule_to", DATE, "schedule.to"),
            text("status", ENUM, "status"),
            text("priority", ENUM, "priority"));

    static final Table ACTION_FIELD = new Table("action_field", 4,
            conventionId(), version(), position("action_position"), position("position"),
            text("kind", ENUM, "kind"), text("label", SHORT, "label"));

    static final Table ACTION_OBJECTIVE = new Table("action_objective", 4,
            conventionId(), version(), position("action_position"), position("position"),
            text("objective", LONG, ""));

    static final Table ACTION_PARTNER = new Table("action_partner", 4,
            conventionId(), version(), position("action_position"), position("position"),
            text("partner", SHORT, ""));

    static final Table BUDGET_LINE = new Table("budget_line", 4,
            conventionId(), version(), position("action_position"), position("position"),
            of("budget_year", INTEGER, "year"),
            text("funder", SHORT, "funder"),
            text("instrument", ENUM, "instrument"),
            text("nature", ENUM, "nature"),
            of("amount", MONEY, "amount"));

    static final Table ACTION_INDICATOR = new Table("action_indicator", 4,
            conventionId(), version(), position("action_position"), position("position"),
            text("label", SHORT, "label"),
            text("unit", UNIT, "unit"),
            of("baseline", DECIMAL, "baseline"),
            of("baseline_scale", SCALE, "baseline"),
            of("target", DECIMAL, "target"),
            of("target_scale", SCALE, "target"));

    static final Table INDICATOR_MEASUREMENT = new Table("indicator_measurement", 5,
            conventionId(), version(), position("action_position"), position("indicator_position"),
            position("position"),
            of("measured_on", DATE, "date"),
            of("measured_value", DECIMAL, "value"),
            of("measured_value_scale", SCALE, "value"));

    static final Table EVALUATION_OUTCOME = new Table("evaluation_outcome", 3,
            conventionId(), version(), position("position"),
            text("action_number", ACTION_NUMBER, "actionNumber"),
            text("outcome", ENUM, "outcome"),
            text("outcome_comment", LONG, "comment"));

    /**
     * The tables of a revision, parents before children (the order rows are inserted in, for the foreign
     * keys). {@link #CONVENTION} is not among them: it is claimed first, by the version check.
     */
    static final List<Table> REVISION_TABLES = List.of(REVISION, TERRITORY_COMMUNE, CONVENTION_FIELD,
            DIAGNOSTIC_INDICATOR, DIAGNOSTIC_NEED, COMMITTEE_MEETING, COMMITTEE_DECISION, AMENDMENT,
            AMENDMENT_SIGNATURE, AMENDMENT_COMMUNE, SIGNATORY, ACTION, ACTION_FIELD, ACTION_OBJECTIVE,
            ACTION_PARTNER, BUDGET_LINE, ACTION_INDICATOR, INDICATOR_MEASUREMENT, EVALUATION_OUTCOME);
}
