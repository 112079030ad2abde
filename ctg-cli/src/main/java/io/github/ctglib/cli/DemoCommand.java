package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.lifecycle.CommandResult;
import io.github.ctglib.lifecycle.ConventionLifecycle;
import io.github.ctglib.lifecycle.MonitoringReport;
import io.github.ctglib.lifecycle.Signing;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.report.PortfolioReport;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.territory.Geography;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code ctg demo}: the CTG of Frontignan through its life, from its preparation to its evaluation, told step by
 * step through {@link ConventionLifecycle} on a real store, then summed up. Run again, it starts afresh.
 */
@Command(name = "demo")
final class DemoCommand extends CliCommand {

    /** Who makes the changes in the story: the CAF's CTG officer. */
    static final String ACTOR = "agent:caf34.ctg";

    static final String INDICATOR = "Places d'accueil du jeune enfant";

    private static final LocalDate PREPARED = LocalDate.of(2023, 9, 1);
    private static final LocalDate DIAGNOSED = LocalDate.of(2023, 10, 16);
    private static final LocalDate PLANNED = LocalDate.of(2023, 12, 4);
    private static final LocalDate SIGNATURES_REQUESTED = LocalDate.of(2024, 1, 15);
    private static final LocalDate AMENDED = LocalDate.of(2024, 9, 15);
    private static final LocalDate AMENDMENT_SIGNED = LocalDate.of(2024, 10, 1);
    private static final LocalDate MONITORED = LocalDate.of(2025, 1, 20);
    private static final LocalDate EVALUATED = LocalDate.of(2027, 11, 15);

    @Mixin
    private StoreOption store;

    private PrintWriter out;
    private Messages text;
    private final StoryClock clock = new StoryClock(PREPARED);
    private final List<Stage> stages = new ArrayList<>();
    private int step;

    @Override
    protected int run() {
        out = out();
        text = text();
        try (Store opened = openStore(store.uri, Stores.Access.WRITE)) {
            out.println(text.get("demo.title"));
            out.println(text.get("demo.store", opened.uri()));
            out.println(text.get("demo.clock"));
            removePreviousDemo(opened.repository());
            ConventionLifecycle ctg = ConventionLifecycle.builder(opened.repository()).clock(clock).build();
            Convention evaluated = tell(ctg);
            summarise(evaluated, opened);
        }
        return ExitCodes.OK;
    }

    /**
     * A convention the demo wrote itself — every revision by {@link #ACTOR} — is removed, history and all, to start
     * afresh; a convention of the same id that anyone else wrote or changed is never touched: the demo refuses.
     */
    private void removePreviousDemo(ConventionRepository repository) {
        repository.findById(Frontignan.ID).ifPresent(previous -> {
            List<Revision> history = repository.history(Frontignan.ID);
            Optional<Revision> foreign = history.stream().filter(r -> !ACTOR.equals(r.actor())).findFirst();
            if (foreign.isPresent()) {
                throw CliException.refused(text.get("demo.notOurs", Frontignan.ID, foreign.get().actor(),
                        foreign.get().summary()));
            }
            repository.delete(Frontignan.ID, previous.getVersion());
            out.println(text.get("demo.removed", Frontignan.ID, history.size()));
        });
    }

    private Convention tell(ConventionLifecycle ctg) {
        String id = Frontignan.ID;
        Convention draft = Frontignan.draft();

        header(PREPARED, "demo.step.preparation");
        Convention c = done(ctg.create(draft, ACTOR));
        line(text.get("demo.preparation", draft.getCaf().getName(), Frontignan.COMMUNE_NAME, Frontignan.COMMUNE,
                draft.getTitle(), text.date(draft.getValidity().getFrom()), text.date(draft.getValidity().getTo()),
                draft.getFields().size()));
        stage(c);

        header(DIAGNOSED, "demo.step.diagnostic");
        c = done(ctg.recordDiagnostic(id, Frontignan.diagnostic(), ACTOR));
        Indicator poverty = c.getDiagnostic().getIndicators().get(0);
        line(text.get("demo.diagnostic", c.getDiagnostic().getIndicators().size(), poverty.getLabel(),
                poverty.getValue().toPlainString(), poverty.getUnit(), poverty.getReferenceYear(),
                c.getDiagnostic().getNeeds().size()));
        stage(c);

        header(PLANNED, "demo.step.plan");
        c = done(ctg.planActions(id, Frontignan.actions(), ACTOR));
        line(text.get("demo.plan", c.getActions().size(), c.getAxes().size()));
        for (Axis axis : c.getAxes()) {
            line("  " + text.get("show.axis", axis.getNumber(), axis.getTitle()));
            c.getActions().stream().filter(a -> axis.holds(a.getNumber()))
                    .forEach(a -> line("    " + a.getNumber() + "  " + a.getTitle()));
        }
        stage(c);

        header(SIGNATURES_REQUESTED, "demo.step.request");
        c = done(ctg.requestSignatures(id, ACTOR));
        line(text.get("demo.request"));
        stage(c);

        c = signatures(ctg, c);
        c = amendment(ctg, c);
        c = monitoring(ctg);

        header(EVALUATED, "demo.step.evaluation");
        c = done(ctg.evaluate(id, evaluation(c), ACTOR));
        line(text.get("demo.evaluation", outcomes(c.getEvaluation().orElseThrow()),
                c.getEvaluation().orElseThrow().getOverallAssessment().orElse("")));
        stage(c);
        return c;
    }

    private Convention signatures(ConventionLifecycle ctg, Convention awaiting) {
        header(null, "demo.step.signatures");
        // Each representative signs in turn (the seed's four people, two per party), all on 6 March 2024.
        Convention c = awaiting;
        for (Signatory party : awaiting.getSignatories()) {
            LocalDate day = Frontignan.signatureDateOf(party.getName());
            clock.moveTo(day);
            Mandate mandate = Frontignan.mandateOf(party.getName());
            for (Representative representative : party.getRepresentatives()) {
                c = done(ctg.sign(awaiting.getId(), Signing.by(party.getName(), representative, day, mandate), ACTOR));
                line(text.get("demo.signature", text.date(day), party.getName(), representative.getName(),
                        representative.getTitle(), mandate.getReference(), text.date(mandate.getDate())));
            }
        }
        LocalDate signedOn = c.getSignatureDate().orElseThrow();
        line(text.get("demo.signed", text.date(signedOn),
                ChronoUnit.MONTHS.between(c.getValidity().getFrom(), signedOn), text.date(c.getValidity().getFrom())));
        stage(c);
        return c;
    }

    private Convention amendment(ConventionLifecycle ctg, Convention signed) {
        ActionSheet roaming = ActionSheet.builder().number("6.2").title("Service itinérant de proximité")
                .addFields(Frontignan.ACCESS_TO_RIGHTS).pilot("France Services")
                .addObjective("Aller vers les habitants éloignés des services").build();
        Amendment amendment = Amendment.builder().number(1).date(AMENDED)
                .object("Ajout de la fiche action 6.2 : service itinérant de proximité")
                .addChange(AmendmentChange.addAction(roaming)).build();
        header(AMENDED, "demo.step.amendment");
        done(ctg.amend(signed.getId(), amendment, ACTOR));
        line(text.get("demo.amendment.proposed", amendment.getNumber(), amendment.getObject()));
        clock.moveTo(AMENDMENT_SIGNED);
        Convention c = signed;
        for (Signatory party : signed.getSignatories()) {
            c = done(ctg.signAmendment(signed.getId(), amendment.getNumber(), party.getName(), AMENDMENT_SIGNED,
                    ACTOR));
        }
        line(text.get("demo.amendment.signed", signed.getSignatories().size(), text.date(AMENDMENT_SIGNED),
                text.date(c.getAmendments().get(0).getEffectiveOn().orElseThrow()), c.getActions().size()));
        return c;
    }

    private Convention monitoring(ConventionLifecycle ctg) {
        CommitteeMeeting technical = CommitteeMeeting.builder().date(LocalDate.of(2024, 6, 20))
                .kind(CommitteeKind.TECHNICAL).addAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME)
                .addDecision("Calendrier des ateliers numériques").build();
        CommitteeMeeting steering = CommitteeMeeting.builder().date(LocalDate.of(2024, 12, 12))
                .kind(CommitteeKind.STEERING).addAttendees(Frontignan.CAF_NAME, Frontignan.COMMUNE_NAME)
                .addDecision("Bilan de l'année 2024 validé").build();
        Measurement places = Measurement.of(LocalDate.of(2024, 12, 31), new BigDecimal("226"));
        MonitoringReport report = MonitoringReport.builder()
                .addMeasurement(MonitoringReport.MeasurementEntry.of("1.1", INDICATOR, places))
                .addStatusChange(MonitoringReport.StatusChange.of("1.1", ActionStatus.IN_PROGRESS))
                .addStatusChange(MonitoringReport.StatusChange.of("5.1", ActionStatus.COMPLETED))
                .addMeeting(technical)
                .addMeeting(steering)
                .build();
        header(MONITORED, "demo.step.monitoring");
        Convention c = done(ctg.recordMonitoring(Frontignan.ID, report, ACTOR));
        ActionIndicator indicator = c.action("1.1").orElseThrow().getIndicators().get(0);
        line(text.get("demo.measurement", indicator.getLabel(), places.getValue().toPlainString(), indicator.getUnit(),
                text.date(places.getDate()), plain(indicator.getBaseline()), plain(indicator.getTarget())));
        for (MonitoringReport.StatusChange change : report.getStatusChanges()) {
            line(text.get("demo.status", change.getActionNumber(), text.status(change.getStatus())));
        }
        for (CommitteeMeeting meeting : report.getMeetings()) {
            line(text.get("demo.meeting", text.committee(meeting.getKind()), text.date(meeting.getDate()),
                    String.join(" ; ", meeting.getDecisions())));
        }
        return c;
    }

    /** Every action partly achieved, but the social centre's (5.1), completed during the year. */
    private static Evaluation evaluation(Convention monitored) {
        return Evaluation.builder()
                .addAllOutcomes(monitored.getActions().stream()
                        .map(a -> ActionOutcome.of(a.getNumber(),
                                a.getStatus() == ActionStatus.COMPLETED ? Outcome.ACHIEVED : Outcome.PARTLY_ACHIEVED))
                        .collect(Collectors.toList()))
                .overallAssessment("Places d'accueil en hausse ; l'accès aux droits reste l'enjeu principal.")
                .build();
    }

    private void summarise(Convention c, Store opened) {
        Geography geography = Geography.bundled();
        PortfolioReport portfolio;
        try (var all = opened.repository().streamAll()) {
            portfolio = PortfolioReport.compute(all::forEach, geography, Optional.of(c.getCaf().getDepartementCode()),
                    today(), ReportCommand.DEFAULT_MONTHS);
        }
        Amendment amendment = c.getAmendments().get(0);
        ActionIndicator indicator = c.action("1.1").orElseThrow().getIndicators().get(0);
        long measurements = c.getActions().stream().flatMap(a -> a.getIndicators().stream())
                .mapToLong(i -> i.getMeasurements().size()).sum();
        String meetings = c.getGovernance().getMeetings().stream()
                .map(m -> text.committee(m.getKind()) + " " + m.getDate()).collect(Collectors.joining(", "));
        out.println();
        out.println(text.get("demo.summary"));
        new LabelledLines()
                .add(text.get("label.convention"), c.getId() + " — " + c.getTitle())
                .add(text.get("label.stages"), stages.stream().map(text::stage).collect(Collectors.joining(" → ")))
                .add(text.get("label.signed"), text.get("demo.summary.signed", text.date(c.getSignatureDate().orElseThrow()),
                        text.date(c.getValidity().getFrom()), text.date(c.getValidity().getTo())))
                .add(text.get("label.actions"), text.get("demo.summary.actions", c.getActions().size(),
                        amendment.addedActions().get(0).getNumber(), amendment.getNumber()))
                .add(text.get("label.amendment"), text.get("demo.summary.amendment", amendment.getNumber(),
                        text.date(amendment.getDate()), text.date(amendment.getEffectiveOn().orElseThrow())))
                .add(text.get("label.measurements"), text.get("demo.summary.measurements", measurements,
                        indicator.getLabel(), indicator.latest().orElseThrow().getValue().toPlainString(),
                        plain(indicator.getTarget())))
                .add(text.get("label.meetings"), c.getGovernance().getMeetings().size() + " (" + meetings + ")")
                .add(text.get("label.evaluation"), outcomes(c.getEvaluation().orElseThrow()))
                .add(text.get("label.history"), text.get("demo.summary.history",
                        opened.repository().history(c.getId()).size(), opened.uri()))
                .add(text.get("label.portfolio"), PortfolioView.summaryLine(portfolio, text))
                .print(out, "  ");
        out.println();
        out.println(text.get("demo.next", c.getId(), storeArgument(opened.uri()), c.getCaf().getDepartementCode()));
    }

    /** "achieved: 1, partly achieved: 6". */
    private String outcomes(Evaluation evaluation) {
        Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
        evaluation.getOutcomes().forEach(o -> counts.merge(o.getOutcome(), 1L, Long::sum));
        return counts.entrySet().stream().map(e -> text.pair(text.outcome(e.getKey()), e.getValue()))
                .collect(Collectors.joining(", "));
    }

    /** Starts a step: its number and title, and the story clock on its day (none: each party's own day). */
    private void header(LocalDate day, String titleKey) {
        out.println();
        step++;
        if (day == null) {
            out.println(step + ". " + text.get(titleKey));
            return;
        }
        clock.moveTo(day);
        out.println(step + ". " + text.get(titleKey) + " — " + text.date(day));
    }

    /** The convention a lifecycle command stored, after telling its warnings. */
    private Convention done(CommandResult result) {
        for (Violation warning : result.warnings()) {
            line(text.describe(warning));
        }
        return result.convention();
    }

    private void line(String sentence) {
        out.println("   " + sentence);
    }

    private void stage(Convention c) {
        line(text.get("demo.stage", text.stage(c.getStage())));
        if (stages.isEmpty() || stages.get(stages.size() - 1) != c.getStage()) {
            stages.add(c.getStage());
        }
    }

    private static String plain(Optional<BigDecimal> value) {
        return value.map(BigDecimal::toPlainString).orElse("—");
    }
}
