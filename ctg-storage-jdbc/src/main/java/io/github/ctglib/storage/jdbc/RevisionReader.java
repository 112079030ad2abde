package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Tables.ACTION;
import static io.github.ctglib.storage.jdbc.Tables.ACTION_FIELD;
import static io.github.ctglib.storage.jdbc.Tables.ACTION_INDICATOR;
import static io.github.ctglib.storage.jdbc.Tables.ACTION_OBJECTIVE;
import static io.github.ctglib.storage.jdbc.Tables.ACTION_PARTNER;
import static io.github.ctglib.storage.jdbc.Tables.AMENDMENT;
import static io.github.ctglib.storage.jdbc.Tables.AMENDMENT_COMMUNE;
import static io.github.ctglib.storage.jdbc.Tables.AMENDMENT_SIGNATURE;
import static io.github.ctglib.storage.jdbc.Tables.BUDGET_LINE;
import static io.github.ctglib.storage.jdbc.Tables.COMMITTEE_DECISION;
import static io.github.ctglib.storage.jdbc.Tables.COMMITTEE_MEETING;
import static io.github.ctglib.storage.jdbc.Tables.CONVENTION_FIELD;
import static io.github.ctglib.storage.jdbc.Tables.DIAGNOSTIC_INDICATOR;
import static io.github.ctglib.storage.jdbc.Tables.DIAGNOSTIC_NEED;
import static io.github.ctglib.storage.jdbc.Tables.EVALUATION_OUTCOME;
import static io.github.ctglib.storage.jdbc.Tables.INDICATOR_MEASUREMENT;
import static io.github.ctglib.storage.jdbc.Tables.REVISION;
import static io.github.ctglib.storage.jdbc.Tables.SIGNATORY;
import static io.github.ctglib.storage.jdbc.Tables.TERRITORY_COMMUNE;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableAmendment;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.vocabulary.ImmutableFieldOfAction;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.vocabulary.Period;
import io.github.ctglib.convention.Person;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.ports.Revision;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Builds conventions back from the rows of their revisions, the inverse of {@link RevisionWriter}. The rows
 * of each table come ordered by primary key, which is the order of the model's lists.
 */
final class RevisionReader {
    private final Map<Table, Map<Key, List<StoredRow>>> rows;

    /** @param rows per table, the rows of each revision loaded, in key order */
    RevisionReader(Map<Table, Map<Key, List<StoredRow>>> rows) {
        this.rows = rows;
    }

    private List<StoredRow> rows(Table table, Key key) {
        return rows.getOrDefault(table, Map.of()).getOrDefault(key, List.of());
    }

    /** The revision's history entry, from its convention_revision row. */
    static Revision revision(StoredRow r) {
        Instant at = Instant.ofEpochSecond(r.timestamp("revised_at").toEpochSecond(), r.integer("revised_at_nanos"));
        return new Revision(r.bigint("version"), at, r.text("revised_by"), r.text("summary"));
    }

    /** The convention stored in revision {@code key}, or empty when that revision is not (any longer) stored. */
    Optional<Convention> convention(Key key) {
        List<StoredRow> revision = rows(REVISION, key);
        if (revision.isEmpty()) {
            return Optional.empty();
        }
        StoredRow r = revision.get(0);
        Map<Integer, List<StoredRow>> signatories = byPosition(rows(SIGNATORY, key), "amendment_position");
        Map<Integer, List<ActionSheet>> actions = actions(key);
        ImmutableConvention.Builder c = Convention.builder()
                .id(key.id())
                .version(key.version())
                .title(r.text("title"))
                .caf(Caf.of(r.text("caf_name"), r.text("caf_departement")))
                .territory(Territory.builder()
                        .communeCodes(texts(rows(TERRITORY_COMMUNE, key), "commune_code"))
                        .epciSiren(r.optionalText("epci_siren"))
                        .build())
                .validity(Period.of(r.date("valid_from"), r.date("valid_to")))
                .signatories(signatories(signatories.getOrDefault(null, List.of())))
                .fields(fields(rows(CONVENTION_FIELD, key)))
                .diagnostic(diagnostic(key))
                .actions(actions.getOrDefault(null, List.of()))
                .governance(governance(key, r))
                .amendments(amendments(key, signatories, actions))
                .stage(r.enumValue("stage", Stage.class))
                .signatureDate(r.optionalDate("signature_date"))
                .predecessorId(r.optionalText("predecessor_id"));
        r.optionalDate("termination_date")
                .ifPresent(date -> c.termination(Termination.of(date, r.text("termination_reason"))));
        if (r.bool("evaluated")) {
            c.evaluation(Evaluation.builder()
                    .outcomes(rows(EVALUATION_OUTCOME, key).stream().map(RevisionReader::outcome).toList())
                    .overallAssessment(r.optionalText("overall_assessment"))
                    .build());
        }
        return Optional.of(c.build());
    }

    private static List<String> texts(List<StoredRow> rows, String column) {
        return rows.stream().map(row -> row.text(column)).toList();
    }

    /** Groups rows by an integer column that may be NULL, keeping their order. */
    private static Map<Integer, List<StoredRow>> byPosition(List<StoredRow> rows, String column) {
        Map<Integer, List<StoredRow>> groups = new HashMap<>();
        for (StoredRow row : rows) {
            groups.computeIfAbsent(row.nullableInteger(column), p -> new ArrayList<>()).add(row);
        }
        return groups;
    }

    private static FieldOfAction field(StoredRow row, String kindColumn, String labelColumn) {
        return ImmutableFieldOfAction.of(row.enumValue(kindColumn, ActionField.class), row.optionalText(labelColumn));
    }

    private static List<FieldOfAction> fields(List<StoredRow> rows) {
        return rows.stream().map(row -> field(row, "kind", "label")).toList();
    }

    private static List<Signatory> signatories(List<StoredRow> rows) {
        return rows.stream().map(s -> (Signatory) Signatory.builder()
                        .kind(s.enumValue("kind", OrganisationKind.class))
                        .name(s.text("name"))
                        .identifier(s.optionalText("identifier"))
                        .representative(Person.of(s.text("representative_name"), s.text("representative_title")))
                        .mandate(s.optionalText("mandate_reference").map(ref -> Mandate.of(ref, s.date("mandate_date"))))
                        .signedOn(s.optionalDate("signed_on"))
                        .build())
                .toList();
    }

    private Diagnostic diagnostic(Key key) {
        return Diagnostic.builder()
                .indicators(rows(DIAGNOSTIC_INDICATOR, key).stream().map(i -> (Indicator) Indicator.builder()
                                .label(i.text("label"))
                                .value(i.decimal("indicator_value"))
                                .unit(i.text("unit"))
                                .referenceYear(i.integer("reference_year"))
                                .source(i.text("source"))
                                .territory(i.optionalText("territory"))
                                .build())
                        .toList())
                .needs(rows(DIAGNOSTIC_NEED, key).stream()
                        .map(n -> Need.of(field(n, "field_kind", "field_label"), n.text("description")))
                        .toList())
                .build();
    }

    private Governance governance(Key key, StoredRow r) {
        Map<Integer, List<StoredRow>> decisions = byPosition(rows(COMMITTEE_DECISION, key), "meeting_position");
        return Governance.builder()
                .coordinator(r.optionalText("coordinator_name")
                        .map(name -> Person.of(name, r.text("coordinator_title"))))
                .meetings(rows(COMMITTEE_MEETING, key).stream().map(m -> (CommitteeMeeting) CommitteeMeeting.builder()
                                .date(m.date("meeting_date"))
                                .kind(m.enumValue("kind", CommitteeKind.class))
                                .decisions(texts(decisions.getOrDefault(m.integer("position"), List.of()), "decision"))
                                .build())
                        .toList())
                .build();
    }

    private List<Amendment> amendments(Key key, Map<Integer, List<StoredRow>> signatories,
            Map<Integer, List<ActionSheet>> actions) {
        Map<Integer, List<StoredRow>> signatures = byPosition(rows(AMENDMENT_SIGNATURE, key), "amendment_position");
        Map<Integer, List<StoredRow>> communes = byPosition(rows(AMENDMENT_COMMUNE, key), "amendment_position");
        List<Amendment> amendments = new ArrayList<>();
        for (StoredRow a : rows(AMENDMENT, key)) {
            int position = a.integer("position");
            ImmutableAmendment.Builder amendment = Amendment.builder()
                    .number(a.integer("amendment_number"))
                    .date(a.date("amendment_date"))
                    .object(a.text("amendment_object"))
                    .addedActions(actions.getOrDefault(position, List.of()))
                    .addedSignatories(signatories(signatories.getOrDefault(position, List.of())))
                    .addedCommuneCodes(texts(communes.getOrDefault(position, List.of()), "commune_code"))
                    .newValidityEnd(a.optionalDate("new_validity_end"))
                    .effectiveOn(a.optionalDate("effective_on"));
            for (StoredRow s : signatures.getOrDefault(position, List.of())) {
                amendment.addSignature(AmendmentSignature.of(s.text("signatory_name"), s.date("signed_on")));
            }
            amendments.add(amendment.build());
        }
        return amendments;
    }

    /** The actions of the revision, grouped by amendment position (null for the action plan). */
    private Map<Integer, List<ActionSheet>> actions(Key key) {
        Map<Integer, List<StoredRow>> fields = byPosition(rows(ACTION_FIELD, key), "action_position");
        Map<Integer, List<StoredRow>> objectives = byPosition(rows(ACTION_OBJECTIVE, key), "action_position");
        Map<Integer, List<StoredRow>> partners = byPosition(rows(ACTION_PARTNER, key), "action_position");
        Map<Integer, List<StoredRow>> budget = byPosition(rows(BUDGET_LINE, key), "action_position");
        Map<Integer, List<StoredRow>> indicators = byPosition(rows(ACTION_INDICATOR, key), "action_position");
        Map<List<Integer>, List<StoredRow>> measurements = rows(INDICATOR_MEASUREMENT, key).stream()
                .collect(Collectors.groupingBy(
                        m -> List.of(m.integer("action_position"), m.integer("indicator_position"))));
        Map<Integer, List<ActionSheet>> actions = new HashMap<>();
        for (StoredRow a : rows(ACTION, key)) {
            int position = a.integer("position");
            Function<Map<Integer, List<StoredRow>>, List<StoredRow>> own = m -> m.getOrDefault(position, List.of());
            Optional<LocalDate> scheduleFrom = a.optionalDate("schedule_from");
            ActionSheet action = ActionSheet.builder()
                    .number(a.text("action_number"))
                    .title(a.text("title"))
                    .fields(fields(own.apply(fields)))
                    .objectives(texts(own.apply(objectives), "objective"))
                    .targetPublic(a.optionalText("target_public"))
                    .pilot(a.optionalText("pilot"))
                    .partners(texts(own.apply(partners), "partner"))
                    .schedule(scheduleFrom.map(from -> Period.of(from, a.date("schedule_to"))))
                    .status(a.enumValue("status", ActionStatus.class))
                    .priority(a.enumValue("priority", Priority.class))
                    .budget(own.apply(budget).stream().map(b -> (BudgetLine) BudgetLine.builder()
                                    .year(b.integer("budget_year"))
                                    .funder(b.text("funder"))
                                    .instrument(b.enumValue("instrument", FundingInstrument.class))
                                    .nature(b.enumValue("nature", BudgetNature.class))
                                    .amount(b.decimal("amount"))
                                    .build())
                            .toList())
                    .indicators(own.apply(indicators).stream().map(i -> (ActionIndicator) ActionIndicator.builder()
                                    .label(i.text("label"))
                                    .unit(i.text("unit"))
                                    .baseline(i.optionalDecimal("baseline"))
                                    .target(i.optionalDecimal("target"))
                                    .measurements(measurements
                                            .getOrDefault(List.of(position, i.integer("position")), List.of())
                                            .stream()
                                            .map(m -> Measurement.of(m.date("measured_on"), m.decimal("measured_value")))
                                            .toList())
                                    .build())
                            .toList())
                    .build();
            actions.computeIfAbsent(a.nullableInteger("amendment_position"), p -> new ArrayList<>()).add(action);
        }
        return actions;
    }

    private static ActionOutcome outcome(StoredRow o) {
        return o.optionalText("outcome_comment")
                .map(comment -> ActionOutcome.of(o.text("action_number"), o.enumValue("outcome", Outcome.class), comment))
                .orElseGet(() -> ActionOutcome.of(o.text("action_number"), o.enumValue("outcome", Outcome.class)));
    }
}
