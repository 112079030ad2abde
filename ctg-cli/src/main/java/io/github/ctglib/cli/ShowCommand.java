package io.github.ctglib.cli;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.territory.Commune;
import io.github.ctglib.territory.Epci;
import io.github.ctglib.territory.Geography;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.Withdrawal;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ctg show ID}: a convention in a page, for a person. */
@Command(name = "show")
final class ShowCommand extends CliCommand {

    @Parameters(paramLabel = "ID", descriptionKey = "ctg.show.id")
    private String id;

    @Mixin
    private StoreOption store;

    @Option(names = "--on", paramLabel = "DATE", descriptionKey = "ctg.show.on")
    private LocalDate on;

    @Mixin
    private OutputFormatOption output;

    @Override
    protected int run() {
        Convention c;
        try (Store opened = openStore(store.uri, Stores.Access.READ)) {
            c = requireConvention(opened, id);
        }
        if (on != null) {
            c = c.inEffectOn(on);
        }
        if (output.json()) {
            new JsonOutput(out()).show(c);
            return ExitCodes.OK;
        }
        Messages text = text();
        PrintWriter out = out();
        Geography geography = geographies().forVintage(c.getTerritory().getVintage());
        out.println(c.getId() + " — " + c.getTitle());
        if (on != null) {
            out.println("  " + text.get("show.on", text.date(on)));
        }
        LabelledLines lines = new LabelledLines()
                .add(text.get("label.stage"), text.get("show.stage", text.stage(c.getStage()), c.getVersion()))
                .add(text.get("label.today"), text.get("show.today", text.timeStatus(c.timeStatus(today())),
                        text.date(c.getValidity().getFrom()), text.date(c.getValidity().getTo())))
                .add(text.get("label.signed"), c.getSignatureDate().map(text::date).orElse("—"))
                .add(text.get("label.caf"), text.get("show.caf", c.getCaf().getName(), c.getCaf().getDepartementCode()))
                .add(text.get("label.territory"), c.getTerritory().getCommuneCodes().stream()
                        .map(code -> code + " " + geography.commune(code).map(Commune::name).orElse("?"))
                        .collect(Collectors.joining(", ")))
                .add(text.get("label.epci"), c.getTerritory().getEpciSirens().isEmpty() ? "—"
                        : c.getTerritory().getEpciSirens().stream()
                                .map(siren -> siren + " " + geography.epci(siren).map(Epci::name).orElse("?"))
                                .collect(Collectors.joining(", ")))
                .add(text.get("label.fields"), c.getFields().stream().map(text::field).collect(Collectors.joining(", ")))
                .add(text.get("label.diagnostic"), text.get("show.diagnostic", c.getDiagnostic().getIndicators().size(),
                        c.getDiagnostic().getNeeds().size()));
        c.getTerritory().getVintage().ifPresent(year -> lines.add(text.get("label.vintage"), String.valueOf(year)));
        if (!c.getPredecessorIds().isEmpty()) {
            lines.add(text.get("label.predecessor"), String.join(", ", c.getPredecessorIds()));
        }
        c.getTermination().ifPresent(t -> lines.add(text.get("label.termination"),
                text.date(t.getDate()) + " — " + t.getReason()));
        if (!c.getGovernance().getCoordinators().isEmpty()) {
            lines.add(text.get("label.coordinators"), c.getGovernance().getCoordinators().stream()
                    .map(k -> coordinator(text, k)).collect(Collectors.joining(" ; ")));
        }
        lines.print(out, "  ");

        if (!c.getDiagnostic().getIndicators().isEmpty()) {
            section(out, text.get("show.indicators", c.getDiagnostic().getIndicators().size()));
            c.getDiagnostic().getIndicators().forEach(i -> out.println("    " + indicator(text, i)));
        }
        section(out, text.get("show.signatories", c.getSignatories().size()));
        for (Signatory s : c.getSignatories()) {
            party(out, text, s);
        }
        section(out, text.get("show.actions", c.getActions().size()));
        if (!c.getActions().isEmpty()) {
            actions(out, text, c);
        }
        if (!c.getEquipment().isEmpty()) {
            section(out, text.get("show.equipment", c.getEquipment().size()));
            c.getEquipment().forEach(e -> out.println("    " + equipment(text, e)));
        }
        section(out, text.get("show.amendments", c.getAmendments().size()));
        for (Amendment a : c.getAmendments()) {
            out.println("    " + a.getNumber() + ". " + text.date(a.getDate()) + " — " + a.getObject() + " — "
                    + a.getEffectiveOn().map(day -> text.get("show.inEffect", text.date(day)))
                            .orElse(text.get("show.pending", a.getSignatures().size())));
            a.getChanges().forEach(change -> out.println("       " + change(text, change)));
        }
        section(out, text.get("show.meetings", c.getGovernance().getMeetings().size()));
        c.getGovernance().getMeetings().stream().sorted(Comparator.comparing(CommitteeMeeting::getDate))
                .forEach(m -> out.println("    " + text.date(m.getDate()) + " — " + text.committee(m.getKind())
                        + (m.getAttendees().isEmpty() ? "" : " (" + text.get("show.attendees",
                                String.join(", ", m.getAttendees())) + ")")
                        + (m.getDecisions().isEmpty() ? "" : ": " + String.join(" ; ", m.getDecisions()))));
        if (!c.getNotes().isEmpty()) {
            section(out, text.get("show.notes", c.getNotes().size()));
            c.getNotes().forEach(n -> out.println("    " + note(text, n)));
        }
        if (!c.getDocuments().isEmpty()) {
            section(out, text.get("show.documents", c.getDocuments().size()));
            c.getDocuments().forEach(d -> out.println("    " + d.getDate().map(text::date).map(day -> day + " — ").orElse("")
                    + d.getTitle() + " (" + text.get("document." + d.getKind().name()) + ", " + d.getMediaType() + ", "
                    + text.get("show.bytes", d.getSize()) + ") — " + d.getLocation()));
        }
        c.getEvaluation().ifPresent(e -> evaluation(out, text, e));
        return ExitCodes.OK;
    }

    /** The party, its identifier and mandate, then each representative with the day they signed. */
    private static void party(PrintWriter out, Messages text, Signatory s) {
        out.println("    " + s.getName() + " (" + text.get("org." + s.getKind().name())
                + s.getIdentifier().map(id -> ", " + id).orElse("") + ")"
                + s.getMandate().map(m -> " — " + text.get("show.mandate", m.getReference(), text.date(m.getDate())))
                        .orElse("")
                + s.getWithdrawal().map(w -> " — " + withdrawn(text, w)).orElse(""));
        if (s.getRepresentatives().isEmpty()) {
            out.println("      " + text.get("show.noRepresentative"));
        }
        for (Representative r : s.getRepresentatives()) {
            out.println("      " + r.getName() + ", " + r.getTitle() + " — " + r.getSignedOn()
                    .map(day -> text.get("show.signedOn", text.date(day))).orElse(text.get("show.unsigned")));
        }
    }

    /** The action sheets, under their axis when the plan has axes; withdrawn ones marked. */
    private static void actions(PrintWriter out, Messages text, Convention c) {
        TextTable table = new TextTable(text.get("column.number"), text.get("column.title"),
                text.get("column.status"), text.get("column.forecast")).alignRight(3);
        List<ActionSheet> outsideAxes = new ArrayList<>(c.getActions());
        for (Axis axis : c.getAxes()) {
            table.row("", text.get("show.axis", axis.getNumber(), axis.getTitle()), "", "");
            for (ActionSheet a : c.getActions()) {
                if (axis.holds(a.getNumber())) {
                    actionRow(table, text, a);
                    outsideAxes.remove(a);
                }
            }
        }
        outsideAxes.forEach(a -> actionRow(table, text, a));
        table.printText(out, "    ");
    }

    private static void actionRow(TextTable table, Messages text, ActionSheet a) {
        String status = a.getWithdrawal().map(w -> withdrawn(text, w)).orElseGet(() -> text.status(a.getStatus()));
        table.row(a.getNumber(), a.getTitle(), status, text.money(a.total(BudgetNature.FORECAST)));
    }

    private static String withdrawn(Messages text, Withdrawal w) {
        return text.get("show.withdrawn", w.getAmendmentNumber(), text.date(w.getDate()));
    }

    private static String coordinator(Messages text, Coordinator k) {
        return k.getName() + ", " + k.getTitle() + k.getEmployer().map(e -> " (" + e + ")").orElse("")
                + k.getFullTimeEquivalents().map(fte -> " — " + text.get("show.fte", fte.toPlainString())).orElse("");
    }

    /** One line per equipment: reference, name, kind, commune, capacity, manager, supporter; withdrawn marked. */
    private static String equipment(Messages text, io.github.ctglib.equipment.Equipment e) {
        String capacity = e.getPlaces().map(places -> text.get("show.places", places))
                .or(() -> e.getFullTimeEquivalents().map(fte -> text.get("show.fte", fte.toPlainString()))).orElse("—");
        return e.getReference() + " — " + e.getName() + " (" + text.get("equipment." + e.getKind().name()) + ", "
                + e.getCommuneCode() + ", " + capacity + ") — " + text.get("show.manager", e.getManager().getName())
                + " — " + text.get("show.supportedBy", e.getSupportingParty())
                + (e.getPriorityZones().isEmpty() ? "" : " — " + e.getPriorityZones().stream().map(Enum::name)
                        .sorted().collect(Collectors.joining(", ")))
                + e.getWithdrawal().map(w -> " — " + withdrawn(text, w)).orElse("");
    }

    /** "Taux de couverture : 58.2 % (2022) — 34108 (commune) — CAF de l'Hérault, txcouv_pe_com — https://…". */
    private static String indicator(Messages text, io.github.ctglib.convention.Indicator i) {
        String scale = i.getScale().map(s -> text.get("scale." + s.name())).orElse("");
        String territory = i.getTerritory().map(t -> scale.isEmpty() ? t : t + " (" + scale + ")").orElse(scale);
        boolean euros = i.getUnit().equals("EUR") || i.getUnit().equals("€");
        return i.getLabel() + " : " + (euros ? text.money(i.getValue()) : text.decimal(i.getValue()) + " " + i.getUnit())
                + " (" + i.getReferenceYear() + ")"
                + (territory.isEmpty() ? "" : " — " + territory) + " — " + i.getSource()
                + i.getDataset().map(d -> ", " + d).orElse("") + i.getSourceUrl().map(u -> " — " + u).orElse("");
    }

    private static String note(Messages text, Note n) {
        return text.date(n.getDate()) + n.getAuthor().map(a -> " — " + a).orElse("") + " : " + n.getText();
    }

    /** One line per change of an amendment: what it adds, replaces or withdraws. */
    private static String change(Messages text, AmendmentChange change) {
        String key = "change." + change.kind().name();
        if (change instanceof AmendmentChange.AddAction add) {
            return text.get(key, add.getAction().getNumber(), add.getAction().getTitle());
        } else if (change instanceof AmendmentChange.ReplaceAction replace) {
            return text.get(key, replace.getActionNumber(), replace.getReplacement().getTitle());
        } else if (change instanceof AmendmentChange.WithdrawAction withdraw) {
            return text.get(key, withdraw.getActionNumber(), withdraw.getReason().orElse("—"));
        } else if (change instanceof AmendmentChange.ChangeBudget budget) {
            return text.get(key, budget.getActionNumber(), budget.getBudget().size());
        } else if (change instanceof AmendmentChange.AddField field) {
            return text.get(key, text.field(field.getField()));
        } else if (change instanceof AmendmentChange.AddAxis axis) {
            return text.get(key, axis.getAxis().getNumber(), axis.getAxis().getTitle());
        } else if (change instanceof AmendmentChange.AddCommunes communes) {
            return text.get(key, String.join(", ", communes.getCommuneCodes()));
        } else if (change instanceof AmendmentChange.WithdrawCommunes communes) {
            return text.get(key, String.join(", ", communes.getCommuneCodes()));
        } else if (change instanceof AmendmentChange.AddParty party) {
            return text.get(key, party.getParty().getName());
        } else if (change instanceof AmendmentChange.WithdrawParty party) {
            return text.get(key, party.getPartyName(), party.getReason().orElse("—"));
        } else if (change instanceof AmendmentChange.ExtendValidity extend) {
            return text.get(key, text.date(extend.getNewEnd()));
        } else if (change instanceof AmendmentChange.AddEquipment add) {
            return text.get(key, add.getEquipment().getReference(), add.getEquipment().getName());
        } else if (change instanceof AmendmentChange.ReplaceEquipment replace) {
            return text.get(key, replace.getEquipmentReference(), replace.getReplacement().getName());
        } else if (change instanceof AmendmentChange.WithdrawEquipment withdraw) {
            return text.get(key, withdraw.getEquipmentReference(), withdraw.getReason().orElse("—"));
        }
        return change.kind().name();
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
