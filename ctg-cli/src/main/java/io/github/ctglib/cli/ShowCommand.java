package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code ctg show ID}: a convention in a page, for a person. */
@Command(name = "show")
final class ShowCommand extends CliCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.show.id")
    private String id;

    @Mixin
    private StoreOption store;

    @Override
    protected int run() {
        Convention c;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            c = requireConvention(opened, id);
        }
        Messages text = text();
        PrintWriter out = out();
        Geography geography = Geography.bundled();
        out.println(c.getId() + " — " + c.getTitle());
        LabelledLines lines = new LabelledLines()
                .add(text.get("label.stage"), text.get("show.stage", text.stage(c.getStage()), c.getVersion()))
                .add(text.get("label.today"), text.get("show.today", text.timeStatus(c.timeStatus(today())),
                        text.date(c.getValidity().getFrom()), text.date(c.getValidity().getTo())))
                .add(text.get("label.signed"), c.getSignatureDate().map(text::date).orElse("—"))
                .add(text.get("label.caf"), text.get("show.caf", c.getCaf().getName(), c.getCaf().getDepartementCode()))
                .add(text.get("label.territory"), c.getTerritory().getCommuneCodes().stream()
                        .map(code -> code + " " + geography.commune(code).map(Commune::name).orElse("?"))
                        .collect(Collectors.joining(", ")))
                .add(text.get("label.epci"), c.getTerritory().getEpciSiren()
                        .map(siren -> siren + " " + geography.epci(siren).map(Epci::name).orElse("?")).orElse("—"))
                .add(text.get("label.fields"), c.getFields().stream().map(text::field).collect(Collectors.joining(", ")))
                .add(text.get("label.diagnostic"), text.get("show.diagnostic", c.getDiagnostic().getIndicators().size(),
                        c.getDiagnostic().getNeeds().size()));
        c.getPredecessorId().ifPresent(p -> lines.add(text.get("label.predecessor"), p));
        c.getTermination().ifPresent(t -> lines.add(text.get("label.termination"),
                text.date(t.getDate()) + " — " + t.getReason()));
        lines.print(out, "  ");

        section(out, text.get("show.signatories", c.getSignatories().size()));
        for (Signatory s : c.getSignatories()) {
            out.println("    " + s.getName() + " — " + s.getRepresentative().getName() + ", "
                    + s.getRepresentative().getTitle() + " — " + s.getSignedOn()
                            .map(day -> text.get("show.signedOn", text.date(day))).orElse(text.get("show.unsigned")));
        }
        section(out, text.get("show.actions", c.getActions().size()));
        if (!c.getActions().isEmpty()) {
            TextTable actions = new TextTable(text.get("column.number"), text.get("column.title"),
                    text.get("column.status"), text.get("column.forecast")).alignRight(3);
            for (ActionSheet a : c.getActions()) {
                actions.row(a.getNumber(), a.getTitle(), text.status(a.getStatus()),
                        text.money(a.total(BudgetNature.FORECAST)));
            }
            actions.printText(out, "    ");
        }
        section(out, text.get("show.amendments", c.getAmendments().size()));
        for (Amendment a : c.getAmendments()) {
            out.println("    " + a.getNumber() + ". " + text.date(a.getDate()) + " — " + a.getObject() + " — "
                    + a.getEffectiveOn().map(day -> text.get("show.inEffect", text.date(day)))
                            .orElse(text.get("show.pending", a.getSignatures().size())));
        }
        section(out, text.get("show.meetings", c.getGovernance().getMeetings().size()));
        c.getGovernance().getMeetings().stream().sorted(Comparator.comparing(CommitteeMeeting::getDate))
                .forEach(m -> out.println("    " + text.date(m.getDate()) + " — " + text.committee(m.getKind())
                        + (m.getDecisions().isEmpty() ? "" : ": " + String.join(" ; ", m.getDecisions()))));
        c.getEvaluation().ifPresent(e -> evaluation(out, text, e));
        return ExitCodes.OK;
    }

    private static void section(PrintWriter out, String title) {
        out.println("  " + title);
    }

    private static void evaluation(PrintWriter out, Messages text, Evaluation evaluation) {
        section(out, text.get("show.evaluation"));
        evaluation.getOutcomes().forEach(o -> out.println("    " + o.getActionNumber() + "  "
                + text.outcome(o.getOutcome()) + o.getComment().map(comment -> " — " + comment).orElse("")));
        evaluation.getOverallAssessment().ifPresent(a -> out.println("    " + a));
    }
}
