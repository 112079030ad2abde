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
import io.github.ctglib.ports.Revision;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Turns one revision of a convention into rows. The derived columns (is_signed, effective_from,
 * effective_to) come from the model's own methods, so SQL searches apply the model's rule.
 */
final class RevisionWriter {
    private final Rows rows;
    private final String id;
    private final long version;
    /** Actions and signatories are numbered across the plan and the amendments. */
    private int actionPosition;
    private int signatoryPosition;

    private RevisionWriter(Rows rows, Convention convention) {
        this.rows = rows;
        this.id = convention.getId();
        this.version = convention.getVersion();
    }

    /** Adds the rows of {@code convention} as stored in {@code revision} (of the same version). */
    static void write(Convention convention, Revision revision, Rows rows) {
        new RevisionWriter(rows, convention).writeConvention(convention, revision);
    }

    private Rows.Row row(Table table, String path) {
        return rows.add(table, id, version, path);
    }

    private void writeConvention(Convention c, Revision revision) {
        Optional<Period> effective = c.effectivePeriod();
        Optional<Person> coordinator = c.getGovernance().getCoordinator();
        Optional<Evaluation> evaluation = c.getEvaluation();
        row(REVISION, "")
                // PostgreSQL keeps microseconds: the nanoseconds are kept beside, so the instant reads back equal.
                .set("revised_at", OffsetDateTime.ofInstant(revision.at().truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC))
                .set("revised_at_nanos", revision.at().getNano())
                .set("revised_by", revision.actor())
                .set("summary", revision.summary())
                .set("title", c.getTitle())
                .set("caf_name", c.getCaf().getName())
                .set("caf_departement", c.getCaf().getDepartementCode())
                .set("epci_siren", c.getTerritory().getEpciSiren().orElse(null))
                .set("valid_from", c.getValidity().getFrom())
                .set("valid_to", c.getValidity().getTo())
                .set("stage", c.getStage())
                .set("is_signed", c.getStage().isSigned())
                .set("effective_from", effective.map(Period::getFrom).orElse(null))
                .set("effective_to", effective.map(Period::getTo).orElse(null))
                .set("signature_date", c.getSignatureDate().orElse(null))
                .set("termination_date", c.getTermination().map(t -> t.getDate()).orElse(null))
                .set("termination_reason", c.getTermination().map(t -> t.getReason()).orElse(null))
                .set("predecessor_id", c.getPredecessorId().orElse(null))
                .set("coordinator_name", coordinator.map(Person::getName).orElse(null))
                .set("coordinator_title", coordinator.map(Person::getTitle).orElse(null))
                .set("evaluated", evaluation.isPresent())
                .set("overall_assessment", evaluation.flatMap(Evaluation::getOverallAssessment).orElse(null));

        for (String code : c.getTerritory().getCommuneCodes()) {
            row(TERRITORY_COMMUNE, "territory.communeCodes").set("commune_code", code);
        }
        int i = 0;
        for (FieldOfAction field : c.getFields()) {
            field(row(CONVENTION_FIELD, "fields[" + i + "]").set("position", i), field);
            i++;
        }
        writeDiagnostic(c);
        writeGovernance(c);
        List<Amendment> amendments = c.getAmendments();
        for (int a = 0; a < amendments.size(); a++) {
            writeAmendment(amendments.get(a), a);
        }
        List<Signatory> signatories = c.getSignatories();
        for (int s = 0; s < signatories.size(); s++) {
            writeSignatory(signatories.get(s), null, "signatories[" + s + "]");
        }
        List<ActionSheet> actions = c.getActions();
        for (int a = 0; a < actions.size(); a++) {
            writeAction(actions.get(a), null, "actions[" + a + "]");
        }
        for (int a = 0; a < amendments.size(); a++) {
            List<Signatory> added = amendments.get(a).getAddedSignatories();
            for (int s = 0; s < added.size(); s++) {
                writeSignatory(added.get(s), a, "amendments[" + a + "].addedSignatories[" + s + "]");
            }
            List<ActionSheet> addedActions = amendments.get(a).getAddedActions();
            for (int s = 0; s < addedActions.size(); s++) {
                writeAction(addedActions.get(s), a, "amendments[" + a + "].addedActions[" + s + "]");
            }
        }
        evaluation.ifPresent(this::writeEvaluation);
    }

    private static Rows.Row field(Rows.Row row, FieldOfAction field) {
        return row.set("kind", field.getKind()).set("label", field.getLabel().orElse(null));
    }

    private void writeDiagnostic(Convention c) {
        List<Indicator> indicators = c.getDiagnostic().getIndicators();
        for (int i = 0; i < indicators.size(); i++) {
            Indicator indicator = indicators.get(i);
            row(DIAGNOSTIC_INDICATOR, "diagnostic.indicators[" + i + "]")
                    .set("position", i)
                    .set("label", indicator.getLabel())
                    .decimal("indicator_value", indicator.getValue())
                    .set("unit", indicator.getUnit())
                    .set("reference_year", indicator.getReferenceYear())
                    .set("source", indicator.getSource())
                    .set("territory", indicator.getTerritory().orElse(null));
        }
        List<Need> needs = c.getDiagnostic().getNeeds();
        for (int i = 0; i < needs.size(); i++) {
            Need need = needs.get(i);
            row(DIAGNOSTIC_NEED, "diagnostic.needs[" + i + "]")
                    .set("position", i)
                    .set("field_kind", need.getField().getKind())
                    .set("field_label", need.getField().getLabel().orElse(null))
                    .set("description", need.getDescription());
        }
    }

    private void writeGovernance(Convention c) {
        List<CommitteeMeeting> meetings = c.getGovernance().getMeetings();
        for (int m = 0; m < meetings.size(); m++) {
            CommitteeMeeting meeting = meetings.get(m);
            String path = "governance.meetings[" + m + "]";
            row(COMMITTEE_MEETING, path).set("position", m).set("meeting_date", meeting.getDate())
                    .set("kind", meeting.getKind());
            List<String> decisions = meeting.getDecisions();
            for (int d = 0; d < decisions.size(); d++) {
                row(COMMITTEE_DECISION, path + ".decisions[" + d + "]")
                        .set("meeting_position", m).set("position", d).set("decision", decisions.get(d));
            }
        }
    }

    private void writeAmendment(Amendment amendment, int a) {
        String path = "amendments[" + a + "]";
        row(AMENDMENT, path)
                .set("position", a)
                .set("amendment_number", amendment.getNumber())
                .set("amendment_date", amendment.getDate())
                .set("amendment_object", amendment.getObject())
                .set("new_validity_end", amendment.getNewValidityEnd().orElse(null))
                .set("effective_on", amendment.getEffectiveOn().orElse(null));
        List<AmendmentSignature> signatures = amendment.getSignatures();
        for (int s = 0; s < signatures.size(); s++) {
            row(AMENDMENT_SIGNATURE, path + ".signatures[" + s + "]")
                    .set("amendment_position", a).set("position", s)
                    .set("signatory_name", signatures.get(s).getSignatoryName())
                    .set("signed_on", signatures.get(s).getDate());
        }
        for (String code : amendment.getAddedCommuneCodes()) {
            row(AMENDMENT_COMMUNE, path + ".addedCommuneCodes").set("amendment_position", a).set("commune_code", code);
        }
    }

    private void writeSignatory(Signatory s, Integer amendmentPosition, String path) {
        row(SIGNATORY, path)
                .set("position", signatoryPosition++)
                .set("amendment_position", amendmentPosition)
                .set("kind", s.getKind())
                .set("name", s.getName())
                .set("identifier", s.getIdentifier().orElse(null))
                .set("representative_name", s.getRepresentative().getName())
                .set("representative_title", s.getRepresentative().getTitle())
                .set("mandate_reference", s.getMandate().map(m -> m.getReference()).orElse(null))
                .set("mandate_date", s.getMandate().map(m -> m.getDate()).orElse(null))
                .set("signed_on", s.getSignedOn().orElse(null));
    }

    private void writeAction(ActionSheet action, Integer amendmentPosition, String path) {
        int position = actionPosition++;
        Optional<Period> schedule = action.getSchedule();
        row(ACTION, path)
                .set("position", position)
                .set("amendment_position", amendmentPosition)
                .set("action_number", action.getNumber())
                .set("title", action.getTitle())
                .set("target_public", action.getTargetPublic().orElse(null))
                .set("pilot", action.getPilot().orElse(null))
                .set("schedule_from", schedule.map(Period::getFrom).orElse(null))
                .set("schedule_to", schedule.map(Period::getTo).orElse(null))
                .set("status", action.getStatus())
                .set("priority", action.getPriority());
        int i = 0;
        for (FieldOfAction field : action.getFields()) {
            field(row(ACTION_FIELD, path + ".fields[" + i + "]").set("action_position", position).set("position", i),
                    field);
            i++;
        }
        List<String> objectives = action.getObjectives();
        for (i = 0; i < objectives.size(); i++) {
            row(ACTION_OBJECTIVE, path + ".objectives[" + i + "]")
                    .set("action_position", position).set("position", i).set("objective", objectives.get(i));
        }
        List<String> partners = action.getPartners();
        for (i = 0; i < partners.size(); i++) {
            row(ACTION_PARTNER, path + ".partners[" + i + "]")
                    .set("action_position", position).set("position", i).set("partner", partners.get(i));
        }
        List<BudgetLine> budget = action.getBudget();
        for (i = 0; i < budget.size(); i++) {
            BudgetLine line = budget.get(i);
            row(BUDGET_LINE, path + ".budget[" + i + "]")
                    .set("action_position", position).set("position", i)
                    .set("budget_year", line.getYear())
                    .set("funder", line.getFunder())
                    .set("instrument", line.getInstrument())
                    .set("nature", line.getNature())
                    .decimal("amount", line.getAmount());
        }
        List<ActionIndicator> indicators = action.getIndicators();
        for (i = 0; i < indicators.size(); i++) {
            ActionIndicator indicator = indicators.get(i);
            String indicatorPath = path + ".indicators[" + i + "]";
            row(ACTION_INDICATOR, indicatorPath)
                    .set("action_position", position).set("position", i)
                    .set("label", indicator.getLabel())
                    .set("unit", indicator.getUnit())
                    .decimal("baseline", indicator.getBaseline().orElse(null))
                    .decimal("target", indicator.getTarget().orElse(null));
            List<Measurement> measurements = indicator.getMeasurements();
            for (int m = 0; m < measurements.size(); m++) {
                row(INDICATOR_MEASUREMENT, indicatorPath + ".measurements[" + m + "]")
                        .set("action_position", position).set("indicator_position", i).set("position", m)
                        .set("measured_on", measurements.get(m).getDate())
                        .decimal("measured_value", measurements.get(m).getValue());
            }
        }
    }

    private void writeEvaluation(Evaluation evaluation) {
        List<ActionOutcome> outcomes = evaluation.getOutcomes();
        for (int i = 0; i < outcomes.size(); i++) {
            ActionOutcome outcome = outcomes.get(i);
            row(EVALUATION_OUTCOME, "evaluation.outcomes[" + i + "]")
                    .set("position", i)
                    .set("action_number", outcome.getActionNumber())
                    .set("outcome", outcome.getOutcome())
                    .set("outcome_comment", outcome.getComment().orElse(null));
        }
    }
}
