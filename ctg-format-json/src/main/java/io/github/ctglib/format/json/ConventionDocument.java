package io.github.ctglib.format.json;

import io.github.ctglib.actionplan.ActionIndicator;
import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.ActionStatus;
import io.github.ctglib.actionplan.Axis;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.actionplan.BudgetNature;
import io.github.ctglib.actionplan.BudgetSection;
import io.github.ctglib.actionplan.FundingInstrument;
import io.github.ctglib.actionplan.Measurement;
import io.github.ctglib.actionplan.Priority;
import io.github.ctglib.convention.ActionOutcome;
import io.github.ctglib.convention.Amendment;
import io.github.ctglib.convention.AmendmentChange;
import io.github.ctglib.convention.AmendmentChange.ChangeKind;
import io.github.ctglib.convention.AmendmentSignature;
import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.CommitteeKind;
import io.github.ctglib.convention.CommitteeMeeting;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Coordinator;
import io.github.ctglib.convention.Diagnostic;
import io.github.ctglib.convention.DocumentKind;
import io.github.ctglib.convention.DocumentReference;
import io.github.ctglib.convention.Evaluation;
import io.github.ctglib.convention.Governance;
import io.github.ctglib.convention.ImmutableActionOutcome;
import io.github.ctglib.convention.ImmutableAmendmentChange;
import io.github.ctglib.convention.Indicator;
import io.github.ctglib.convention.Mandate;
import io.github.ctglib.convention.Need;
import io.github.ctglib.convention.OrganisationKind;
import io.github.ctglib.convention.Outcome;
import io.github.ctglib.convention.Representative;
import io.github.ctglib.convention.Signatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.equipment.BonusBasis;
import io.github.ctglib.equipment.BonusTerms;
import io.github.ctglib.equipment.Equipment;
import io.github.ctglib.equipment.EquipmentKind;
import io.github.ctglib.equipment.EquipmentManager;
import io.github.ctglib.equipment.ImmutableEquipmentManager;
import io.github.ctglib.equipment.PriorityZone;
import io.github.ctglib.format.json.TreeReading.Fields;
import io.github.ctglib.territory.GeographicScale;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.ImmutableFieldOfAction;
import io.github.ctglib.vocabulary.Note;
import io.github.ctglib.vocabulary.DateRange;
import io.github.ctglib.vocabulary.Withdrawal;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import tools.jackson.databind.JsonNode;

/**
 * The explicit mapping between a {@link Convention} and its JSON document (format {@value ConventionJson#FORMAT}),
 * kept here so that Jackson stays out of the model. Field names are the model's attribute names in English,
 * dates ISO ({@code 2024-03-06}), decimals strings in plain notation ({@code "180000.00"}), enums their
 * constant names. Every list is written, even empty; optional values are left out when absent. The same
 * names are described by {@code ctg-convention-3.schema.json}.
 *
 * <p>A document may carry a {@code revision} object (when, who, why) beside the convention: the store writes
 * it; an exported document has none.
 */
public final class ConventionDocument {

    private ConventionDocument() {}

    /** What one document holds: a convention and, for a stored revision, its metadata. */
    public record Content(Convention convention, Optional<Revision> revision) {}

    // ---------------------------------------------------------------- writing

    /** Writes the document of {@code c} as the fields of {@code root}, in the order readers of its head rely on. */
    static void write(Convention c, Optional<Revision> revision, StreamedObject root) {
        root.put("format", ConventionJson.FORMAT);
        root.put("id", c.getId());
        root.put("version", c.getVersion());
        revision.ifPresent(r -> {
            StreamedObject node = root.putObject("revision");
            node.put("at", r.at().toString());
            node.put("actor", r.actor());
            node.put("summary", r.summary());
        });
        root.put("title", c.getTitle());
        root.put("stage", c.getStage().name());
        StreamedObject caf = root.putObject("caf");
        caf.put("name", c.getCaf().getName());
        caf.put("departementCode", c.getCaf().getDepartementCode());
        StreamedObject territory = root.putObject("territory");
        strings(territory, "communeCodes", c.getTerritory().getCommuneCodes());
        strings(territory, "epciSirens", c.getTerritory().getEpciSirens());
        c.getTerritory().getVintage().ifPresent(year -> territory.put("vintage", year));
        period(root.putObject("validity"), c.getValidity());
        c.getSignatureDate().ifPresent(d -> root.put("signatureDate", d.toString()));
        c.getTermination().ifPresent(t -> {
            StreamedObject node = root.putObject("termination");
            node.put("date", t.getDate().toString());
            node.put("reason", t.getReason());
        });
        strings(root, "predecessorIds", c.getPredecessorIds());
        objects(root, "fields", c.getFields(), ConventionDocument::field);
        objects(root, "signatories", c.getSignatories(), ConventionDocument::signatory);
        StreamedObject diagnostic = root.putObject("diagnostic");
        objects(diagnostic, "indicators", c.getDiagnostic().getIndicators(), ConventionDocument::indicator);
        objects(diagnostic, "needs", c.getDiagnostic().getNeeds(), (node, need) -> {
            field(node.putObject("field"), need.getField());
            node.put("description", need.getDescription());
        });
        objects(root, "axes", c.getAxes(), ConventionDocument::axis);
        objects(root, "actions", c.getActions(), ConventionDocument::action);
        objects(root, "equipment", c.getEquipment(), ConventionDocument::equipment);
        c.getBonusTerms().ifPresent(t -> {
            StreamedObject node = root.putObject("bonusTerms");
            t.getCarriedOverAmountPerPlace().ifPresent(v -> node.put("carriedOverAmountPerPlace", decimal(v)));
            t.getBaseYear().ifPresent(year -> node.put("baseYear", year));
            t.getWealthTranche().ifPresent(tranche -> node.put("wealthTranche", tranche));
        });
        StreamedObject governance = root.putObject("governance");
        objects(governance, "coordinators", c.getGovernance().getCoordinators(), (node, coordinator) -> {
            node.put("name", coordinator.getName());
            node.put("title", coordinator.getTitle());
            coordinator.getEmployer().ifPresent(e -> node.put("employer", e));
            coordinator.getFullTimeEquivalents().ifPresent(v -> node.put("fullTimeEquivalents", decimal(v)));
        });
        objects(governance, "meetings", c.getGovernance().getMeetings(), (node, meeting) -> {
            node.put("date", meeting.getDate().toString());
            node.put("kind", meeting.getKind().name());
            strings(node, "attendees", meeting.getAttendees());
            strings(node, "decisions", meeting.getDecisions());
        });
        objects(root, "amendments", c.getAmendments(), ConventionDocument::amendment);
        objects(root, "notes", c.getNotes(), ConventionDocument::note);
        objects(root, "documents", c.getDocuments(), (node, d) -> {
            node.put("title", d.getTitle());
            node.put("kind", d.getKind().name());
            d.getDate().ifPresent(day -> node.put("date", day.toString()));
            node.put("mediaType", d.getMediaType());
            node.put("size", d.getSize());
            node.put("sha256", d.getSha256());
            node.put("location", d.getLocation());
        });
        c.getEvaluation().ifPresent(e -> {
            StreamedObject node = root.putObject("evaluation");
            objects(node, "outcomes", e.getOutcomes(), (o, outcome) -> {
                o.put("actionNumber", outcome.getActionNumber());
                o.put("outcome", outcome.getOutcome().name());
                outcome.getComment().ifPresent(text -> o.put("comment", text));
            });
            e.getOverallAssessment().ifPresent(text -> node.put("overallAssessment", text));
        });
    }

    private static void signatory(StreamedObject node, Signatory s) {
        node.put("kind", s.getKind().name());
        node.put("name", s.getName());
        s.getIdentifier().ifPresent(id -> node.put("identifier", id));
        objects(node, "representatives", s.getRepresentatives(), (r, representative) -> {
            r.put("name", representative.getName());
            r.put("title", representative.getTitle());
            representative.getSignedOn().ifPresent(d -> r.put("signedOn", d.toString()));
        });
        s.getMandate().ifPresent(m -> {
            StreamedObject mandate = node.putObject("mandate");
            mandate.put("reference", m.getReference());
            mandate.put("date", m.getDate().toString());
            m.getBody().ifPresent(body -> mandate.put("body", body));
            m.getVoteDate().ifPresent(d -> mandate.put("voteDate", d.toString()));
            m.getUrl().ifPresent(url -> mandate.put("url", url));
        });
        s.getWithdrawal().ifPresent(w -> withdrawal(node.putObject("withdrawal"), w));
    }

    private static void withdrawal(StreamedObject node, Withdrawal w) {
        node.put("amendmentNumber", w.getAmendmentNumber());
        node.put("date", w.getDate().toString());
        w.getReason().ifPresent(reason -> node.put("reason", reason));
    }

    private static void note(StreamedObject node, Note n) {
        node.put("date", n.getDate().toString());
        n.getAuthor().ifPresent(author -> node.put("author", author));
        node.put("text", n.getText());
    }

    private static void field(StreamedObject node, FieldOfAction f) {
        node.put("kind", f.getKind().name());
        f.getLabel().ifPresent(label -> node.put("label", label));
    }

    private static void period(StreamedObject node, DateRange p) {
        node.put("from", p.getFrom().toString());
        node.put("to", p.getTo().toString());
    }

    private static void indicator(StreamedObject node, Indicator i) {
        node.put("label", i.getLabel());
        node.put("value", decimal(i.getValue()));
        node.put("unit", i.getUnit());
        node.put("referenceYear", i.getReferenceYear());
        node.put("source", i.getSource());
        i.getTerritory().ifPresent(t -> node.put("territory", t));
        i.getDataset().ifPresent(d -> node.put("dataset", d));
        i.getSourceUrl().ifPresent(url -> node.put("sourceUrl", url));
        i.getScale().ifPresent(scale -> node.put("scale", scale.name()));
    }

    private static void equipment(StreamedObject node, Equipment e) {
        node.put("reference", e.getReference());
        node.put("kind", e.getKind().name());
        node.put("name", e.getName());
        e.getCafEquipmentId().ifPresent(id -> node.put("cafEquipmentId", id));
        e.getDossierNumber().ifPresent(n -> node.put("dossierNumber", n));
        StreamedObject manager = node.putObject("manager");
        manager.put("name", e.getManager().getName());
        e.getManager().getSiret().ifPresent(siret -> manager.put("siret", siret));
        node.put("communeCode", e.getCommuneCode());
        e.getPlaces().ifPresent(places -> node.put("places", places));
        e.getFullTimeEquivalents().ifPresent(v -> node.put("fullTimeEquivalents", decimal(v)));
        e.getServiceFunding().ifPresent(instrument -> node.put("serviceFunding", instrument.name()));
        e.getFundingAgreement().ifPresent(p -> period(node.putObject("fundingAgreement"), p));
        node.put("supportingParty", e.getSupportingParty());
        StreamedObject.StreamedArray zones = node.putArray("priorityZones");
        e.getPriorityZones().stream().sorted().forEach(zone -> zones.add(zone.name()));
        e.getBonusBasis().ifPresent(b -> {
            StreamedObject basis = node.putObject("bonusBasis");
            basis.put("carriedOverPlaces", b.getCarriedOverPlaces());
            basis.put("newPlaces", b.getNewPlaces());
            basis.put("employerReservedPlaces", b.getEmployerReservedPlaces());
            basis.put("historicalPlaces", b.getHistoricalPlaces());
        });
        e.getWithdrawal().ifPresent(w -> withdrawal(node.putObject("withdrawal"), w));
    }

    private static void action(StreamedObject node, ActionSheet a) {
        node.put("number", a.getNumber());
        node.put("title", a.getTitle());
        objects(node, "fields", a.getFields(), ConventionDocument::field);
        strings(node, "objectives", a.getObjectives());
        a.getTargetPublic().ifPresent(t -> node.put("targetPublic", t));
        a.getPilot().ifPresent(p -> node.put("pilot", p));
        strings(node, "partners", a.getPartners());
        a.getSchedule().ifPresent(p -> period(node.putObject("schedule"), p));
        node.put("status", a.getStatus().name());
        node.put("priority", a.getPriority().name());
        objects(node, "budget", a.getBudget(), ConventionDocument::budgetLine);
        objects(node, "indicators", a.getIndicators(), (ind, i) -> {
            ind.put("label", i.getLabel());
            ind.put("unit", i.getUnit());
            i.getBaseline().ifPresent(v -> ind.put("baseline", decimal(v)));
            i.getTarget().ifPresent(v -> ind.put("target", decimal(v)));
            objects(ind, "measurements", i.getMeasurements(), (m, measurement) -> {
                m.put("date", measurement.getDate().toString());
                m.put("value", decimal(measurement.getValue()));
            });
        });
        objects(node, "notes", a.getNotes(), ConventionDocument::note);
        a.getWithdrawal().ifPresent(w -> withdrawal(node.putObject("withdrawal"), w));
    }

    private static void budgetLine(StreamedObject line, BudgetLine b) {
        line.put("year", b.getYear());
        line.put("funder", b.getFunder());
        b.getFunderIdentifier().ifPresent(id -> line.put("funderIdentifier", id));
        line.put("instrument", b.getInstrument().name());
        b.getEquipmentReference().ifPresent(reference -> line.put("equipmentReference", reference));
        line.put("nature", b.getNature().name());
        line.put("section", b.getSection().name());
        b.getFullTimeEquivalents().ifPresent(v -> line.put("fullTimeEquivalents", decimal(v)));
        line.put("amount", decimal(b.getAmount()));
    }

    private static void amendment(StreamedObject node, Amendment a) {
        node.put("number", a.getNumber());
        node.put("date", a.getDate().toString());
        node.put("object", a.getObject());
        objects(node, "changes", a.getChanges(), ConventionDocument::change);
        objects(node, "signatures", a.getSignatures(), (s, signature) -> {
            s.put("signatoryName", signature.getSignatoryName());
            s.put("date", signature.getDate().toString());
        });
        a.getEffectiveOn().ifPresent(d -> node.put("effectiveOn", d.toString()));
    }

    /** A change is an object whose "kind" names its type, then the fields of that type. */
    private static void axis(StreamedObject node, Axis axis) {
        node.put("number", axis.getNumber());
        node.put("title", axis.getTitle());
        objects(node, "fields", axis.getFields(), ConventionDocument::field);
    }

    private static void change(StreamedObject node, AmendmentChange change) {
        node.put("kind", change.kind().name());
        if (change instanceof AmendmentChange.AddAction c) {
            action(node.putObject("action"), c.getAction());
        } else if (change instanceof AmendmentChange.ReplaceAction c) {
            node.put("actionNumber", c.getActionNumber());
            action(node.putObject("replacement"), c.getReplacement());
            c.getReplaced().ifPresent(a -> action(node.putObject("replaced"), a));
        } else if (change instanceof AmendmentChange.WithdrawAction c) {
            node.put("actionNumber", c.getActionNumber());
            c.getReason().ifPresent(reason -> node.put("reason", reason));
        } else if (change instanceof AmendmentChange.ChangeBudget c) {
            node.put("actionNumber", c.getActionNumber());
            objects(node, "budget", c.getBudget(), ConventionDocument::budgetLine);
            objects(node, "previousBudget", c.getPreviousBudget(), ConventionDocument::budgetLine);
        } else if (change instanceof AmendmentChange.AddField c) {
            field(node.putObject("field"), c.getField());
        } else if (change instanceof AmendmentChange.AddAxis c) {
            axis(node.putObject("axis"), c.getAxis());
        } else if (change instanceof AmendmentChange.AddCommunes c) {
            strings(node, "communeCodes", c.getCommuneCodes());
        } else if (change instanceof AmendmentChange.WithdrawCommunes c) {
            strings(node, "communeCodes", c.getCommuneCodes());
        } else if (change instanceof AmendmentChange.AddParty c) {
            signatory(node.putObject("party"), c.getParty());
        } else if (change instanceof AmendmentChange.WithdrawParty c) {
            node.put("partyName", c.getPartyName());
            c.getReason().ifPresent(reason -> node.put("reason", reason));
        } else if (change instanceof AmendmentChange.ExtendValidity c) {
            node.put("newEnd", c.getNewEnd().toString());
            c.getPreviousEnd().ifPresent(d -> node.put("previousEnd", d.toString()));
        } else if (change instanceof AmendmentChange.AddEquipment c) {
            equipment(node.putObject("equipment"), c.getEquipment());
        } else if (change instanceof AmendmentChange.ReplaceEquipment c) {
            node.put("equipmentReference", c.getEquipmentReference());
            equipment(node.putObject("replacement"), c.getReplacement());
            c.getReplaced().ifPresent(e -> equipment(node.putObject("replaced"), e));
        } else if (change instanceof AmendmentChange.WithdrawEquipment c) {
            node.put("equipmentReference", c.getEquipmentReference());
            c.getReason().ifPresent(reason -> node.put("reason", reason));
        } else {
            throw new IllegalArgumentException("No document form for the change " + change.kind());
        }
    }

    /** Plain notation keeps every digit and the scale: 180000.00 stays "180000.00", never "1.8E+5". */
    private static String decimal(BigDecimal value) {
        return value.toPlainString();
    }

    private static void strings(StreamedObject parent, String name, Collection<String> values) {
        StreamedObject.StreamedArray array = parent.putArray(name);
        values.forEach(array::add);
    }

    private static <T> void objects(StreamedObject parent, String name, Collection<T> values,
            BiConsumer<StreamedObject, T> writer) {
        StreamedObject.StreamedArray array = parent.putArray(name);
        values.forEach(value -> array.addObject(value, writer));
    }

    // ---------------------------------------------------------------- reading

    /**
     * Reads the document at the root of a tree whose {@code format} was already checked.
     *
     * @return the content, or {@code null} when {@code reading} recorded problems
     */
    static Content read(JsonNode root, TreeReading reading) {
        Fields d = reading.root(root);
        if (d == null) {
            return null;
        }
        d.required("format", reading::string);
        String id = d.required("id", reading::string);
        long version = d.optional("version", reading::whole).orElse(0L);
        if (version < 0) {
            reading.problem("/version", "must be 0 or more, found " + version);
        }
        Optional<Revision> revision = revision(d, reading, version);
        String title = d.required("title", reading::string);
        Optional<Stage> stage = d.optional("stage", constant(reading, Stage.class));
        Caf caf = d.required("caf", reading.object(f -> {
            String name = f.required("name", reading::string);
            String departement = f.required("departementCode", reading::string);
            return f.build(() -> Caf.of(name, departement));
        }));
        Territory territory = d.required("territory", reading.object(f -> {
            var communes = f.set("communeCodes", reading::string);
            var epcis = f.set("epciSirens", reading::string);
            Optional<Integer> vintage = f.optional("vintage", reading::integer);
            return f.build(() -> Territory.builder().addAllCommuneCodes(communes).addAllEpciSirens(epcis)
                    .vintage(vintage).build());
        }));
        DateRange validity = d.required("validity", period(reading));
        Optional<LocalDate> signatureDate = d.optional("signatureDate", reading::date);
        Optional<Termination> termination = d.optional("termination", reading.object(f -> {
            LocalDate date = f.required("date", reading::date);
            String reason = f.required("reason", reading::string);
            return f.build(() -> Termination.of(date, reason));
        }));
        var predecessorIds = d.set("predecessorIds", reading::string);
        List<Signatory> signatories = d.list("signatories", signatory(reading));
        var fields = d.set("fields", field(reading));
        Optional<Diagnostic> diagnostic = d.optional("diagnostic", reading.object(f -> {
            List<Indicator> indicators = f.list("indicators", indicator(reading));
            List<Need> needs = f.list("needs", need(reading));
            return f.build(() -> Diagnostic.builder().addAllIndicators(indicators).addAllNeeds(needs).build());
        }));
        List<Axis> axes = d.list("axes", axis(reading));
        List<ActionSheet> actions = d.list("actions", action(reading));
        List<Equipment> equipment = d.list("equipment", equipment(reading));
        Optional<BonusTerms> bonusTerms = d.optional("bonusTerms", reading.object(f -> {
            Optional<BigDecimal> amount = f.optional("carriedOverAmountPerPlace", reading::decimal);
            Optional<Integer> baseYear = f.optional("baseYear", reading::integer);
            Optional<String> tranche = f.optional("wealthTranche", reading::string);
            return f.build(() -> BonusTerms.builder().carriedOverAmountPerPlace(amount).baseYear(baseYear)
                    .wealthTranche(tranche).build());
        }));
        Optional<Governance> governance = d.optional("governance", governance(reading));
        List<Amendment> amendments = d.list("amendments", amendment(reading));
        List<Note> notes = d.list("notes", note(reading));
        List<DocumentReference> documents = d.list("documents", documentReference(reading));
        Optional<Evaluation> evaluation = d.optional("evaluation", evaluation(reading));
        return d.build(() -> {
            var builder = Convention.builder()
                    .id(id)
                    .version(version)
                    .title(title)
                    .caf(caf)
                    .territory(territory)
                    .validity(validity)
                    .signatureDate(signatureDate)
                    .termination(termination)
                    .addAllPredecessorIds(predecessorIds)
                    .addAllSignatories(signatories)
                    .addAllFields(fields)
                    .addAllAxes(axes)
                    .addAllActions(actions)
                    .addAllEquipment(equipment)
                    .bonusTerms(bonusTerms)
                    .addAllAmendments(amendments)
                    .addAllNotes(notes)
                    .addAllDocuments(documents)
                    .evaluation(evaluation);
            stage.ifPresent(builder::stage);
            diagnostic.ifPresent(builder::diagnostic);
            governance.ifPresent(builder::governance);
            return new Content(builder.build(), revision);
        });
    }

    /** The optional "revision" object of a document holding {@code version}: when, who, why. */
    static Optional<Revision> revision(Fields document, TreeReading reading, long version) {
        return document.optional("revision", reading.object(r -> {
            Instant at = r.required("at", reading::instant);
            String actor = r.required("actor", reading::string);
            String summary = r.required("summary", reading::string);
            return r.build(() -> new Revision(version, at, actor, summary));
        }));
    }

    private static <E extends Enum<E>> TreeReading.Value<E> constant(TreeReading reading, Class<E> type) {
        return (node, path) -> reading.constant(node, path, type);
    }

    private static TreeReading.Value<DateRange> period(TreeReading reading) {
        return reading.object(f -> {
            LocalDate from = f.required("from", reading::date);
            LocalDate to = f.required("to", reading::date);
            return f.build(() -> DateRange.of(from, to));
        });
    }

    private static TreeReading.Value<FieldOfAction> field(TreeReading reading) {
        return reading.object(f -> {
            ActionField kind = f.required("kind", constant(reading, ActionField.class));
            Optional<String> label = f.optional("label", reading::string);
            return f.build(() -> ImmutableFieldOfAction.of(kind, label));
        });
    }

    private static TreeReading.Value<Signatory> signatory(TreeReading reading) {
        return reading.object(f -> {
            OrganisationKind kind = f.required("kind", constant(reading, OrganisationKind.class));
            String name = f.required("name", reading::string);
            Optional<String> identifier = f.optional("identifier", reading::string);
            List<Representative> representatives = f.list("representatives", reading.object(rf -> {
                String person = rf.required("name", reading::string);
                String title = rf.required("title", reading::string);
                Optional<LocalDate> signedOn = rf.optional("signedOn", reading::date);
                return rf.build(() -> Representative.builder().name(person).title(title).signedOn(signedOn).build());
            }));
            Optional<Mandate> mandate = f.optional("mandate", reading.object(mf -> {
                String reference = mf.required("reference", reading::string);
                LocalDate date = mf.required("date", reading::date);
                Optional<String> body = mf.optional("body", reading::string);
                Optional<LocalDate> voteDate = mf.optional("voteDate", reading::date);
                Optional<String> url = mf.optional("url", reading::string);
                return mf.build(() -> Mandate.builder().reference(reference).date(date).body(body).voteDate(voteDate)
                        .url(url).build());
            }));
            Optional<Withdrawal> withdrawal = f.optional("withdrawal", withdrawal(reading));
            return f.build(() -> Signatory.builder().kind(kind).name(name).identifier(identifier)
                    .addAllRepresentatives(representatives).mandate(mandate).withdrawal(withdrawal).build());
        });
    }

    private static TreeReading.Value<Withdrawal> withdrawal(TreeReading reading) {
        return reading.object(f -> {
            Integer amendmentNumber = f.required("amendmentNumber", reading::integer);
            LocalDate date = f.required("date", reading::date);
            Optional<String> reason = f.optional("reason", reading::string);
            return f.build(() -> Withdrawal.of(amendmentNumber, date, reason));
        });
    }

    private static TreeReading.Value<Note> note(TreeReading reading) {
        return reading.object(f -> {
            LocalDate date = f.required("date", reading::date);
            Optional<String> author = f.optional("author", reading::string);
            String text = f.required("text", reading::string);
            return f.build(() -> Note.builder().date(date).author(author).text(text).build());
        });
    }

    private static TreeReading.Value<DocumentReference> documentReference(TreeReading reading) {
        return reading.object(f -> {
            String title = f.required("title", reading::string);
            DocumentKind kind = f.required("kind", constant(reading, DocumentKind.class));
            Optional<LocalDate> date = f.optional("date", reading::date);
            String mediaType = f.required("mediaType", reading::string);
            Long size = f.required("size", reading::whole);
            String sha256 = f.required("sha256", reading::string);
            String location = f.required("location", reading::string);
            return f.build(() -> DocumentReference.builder().title(title).kind(kind).date(date).mediaType(mediaType)
                    .size(size).sha256(sha256).location(location).build());
        });
    }

    private static TreeReading.Value<Indicator> indicator(TreeReading reading) {
        return reading.object(f -> {
            String label = f.required("label", reading::string);
            BigDecimal value = f.required("value", reading::decimal);
            String unit = f.required("unit", reading::string);
            Integer year = f.required("referenceYear", reading::integer);
            String source = f.required("source", reading::string);
            Optional<String> territory = f.optional("territory", reading::string);
            Optional<String> dataset = f.optional("dataset", reading::string);
            Optional<String> sourceUrl = f.optional("sourceUrl", reading::string);
            Optional<GeographicScale> scale = f.optional("scale", constant(reading, GeographicScale.class));
            return f.build(() -> Indicator.builder().label(label).value(value).unit(unit).referenceYear(year)
                    .source(source).territory(territory).dataset(dataset).sourceUrl(sourceUrl).scale(scale).build());
        });
    }

    private static TreeReading.Value<Equipment> equipment(TreeReading reading) {
        return reading.object(f -> {
            String reference = f.required("reference", reading::string);
            EquipmentKind kind = f.required("kind", constant(reading, EquipmentKind.class));
            String name = f.required("name", reading::string);
            Optional<String> cafId = f.optional("cafEquipmentId", reading::string);
            Optional<String> dossier = f.optional("dossierNumber", reading::string);
            EquipmentManager manager = f.required("manager", reading.object(mf -> {
                String managerName = mf.required("name", reading::string);
                Optional<String> siret = mf.optional("siret", reading::string);
                return mf.build(() -> ImmutableEquipmentManager.of(managerName, siret));
            }));
            String commune = f.required("communeCode", reading::string);
            Optional<Integer> places = f.optional("places", reading::integer);
            Optional<BigDecimal> fte = f.optional("fullTimeEquivalents", reading::decimal);
            Optional<FundingInstrument> serviceFunding = f.optional("serviceFunding",
                    constant(reading, FundingInstrument.class));
            Optional<DateRange> agreement = f.optional("fundingAgreement", period(reading));
            String supporter = f.required("supportingParty", reading::string);
            var zones = f.set("priorityZones", constant(reading, PriorityZone.class));
            Optional<BonusBasis> basis = f.optional("bonusBasis", reading.object(bf -> {
                Integer carriedOver = bf.required("carriedOverPlaces", reading::integer);
                Integer created = bf.required("newPlaces", reading::integer);
                Integer reserved = bf.required("employerReservedPlaces", reading::integer);
                Integer historical = bf.required("historicalPlaces", reading::integer);
                return bf.build(() -> BonusBasis.builder().carriedOverPlaces(carriedOver).newPlaces(created)
                        .employerReservedPlaces(reserved).historicalPlaces(historical).build());
            }));
            Optional<Withdrawal> withdrawal = f.optional("withdrawal", withdrawal(reading));
            return f.build(() -> Equipment.builder().reference(reference).kind(kind).name(name).cafEquipmentId(cafId)
                    .dossierNumber(dossier).manager(manager).communeCode(commune).places(places)
                    .fullTimeEquivalents(fte).serviceFunding(serviceFunding).fundingAgreement(agreement)
                    .supportingParty(supporter).addAllPriorityZones(zones).bonusBasis(basis).withdrawal(withdrawal)
                    .build());
        });
    }

    private static TreeReading.Value<Need> need(TreeReading reading) {
        return reading.object(f -> {
            FieldOfAction field = f.required("field", field(reading));
            String description = f.required("description", reading::string);
            return f.build(() -> Need.of(field, description));
        });
    }

    private static TreeReading.Value<ActionSheet> action(TreeReading reading) {
        return reading.object(f -> {
            String number = f.required("number", reading::string);
            String title = f.required("title", reading::string);
            var fields = f.set("fields", field(reading));
            List<String> objectives = f.list("objectives", reading::string);
            Optional<String> targetPublic = f.optional("targetPublic", reading::string);
            Optional<String> pilot = f.optional("pilot", reading::string);
            List<String> partners = f.list("partners", reading::string);
            Optional<DateRange> schedule = f.optional("schedule", period(reading));
            Optional<ActionStatus> status = f.optional("status", constant(reading, ActionStatus.class));
            Optional<Priority> priority = f.optional("priority", constant(reading, Priority.class));
            List<BudgetLine> budget = f.list("budget", budgetLine(reading));
            List<ActionIndicator> indicators = f.list("indicators", actionIndicator(reading));
            List<Note> notes = f.list("notes", note(reading));
            Optional<Withdrawal> withdrawal = f.optional("withdrawal", withdrawal(reading));
            return f.build(() -> {
                var builder = ActionSheet.builder().number(number).title(title).addAllFields(fields)
                        .addAllObjectives(objectives).targetPublic(targetPublic).pilot(pilot)
                        .addAllPartners(partners).schedule(schedule).addAllBudget(budget)
                        .addAllIndicators(indicators).addAllNotes(notes).withdrawal(withdrawal);
                status.ifPresent(builder::status);
                priority.ifPresent(builder::priority);
                return builder.build();
            });
        });
    }

    private static TreeReading.Value<BudgetLine> budgetLine(TreeReading reading) {
        return reading.object(f -> {
            Integer year = f.required("year", reading::integer);
            String funder = f.required("funder", reading::string);
            Optional<String> funderIdentifier = f.optional("funderIdentifier", reading::string);
            FundingInstrument instrument = f.required("instrument", constant(reading, FundingInstrument.class));
            Optional<String> equipmentReference = f.optional("equipmentReference", reading::string);
            BudgetNature nature = f.required("nature", constant(reading, BudgetNature.class));
            Optional<BudgetSection> section = f.optional("section", constant(reading, BudgetSection.class));
            Optional<BigDecimal> fte = f.optional("fullTimeEquivalents", reading::decimal);
            BigDecimal amount = f.required("amount", reading::decimal);
            return f.build(() -> {
                var builder = BudgetLine.builder().year(year).funder(funder).funderIdentifier(funderIdentifier)
                        .instrument(instrument).equipmentReference(equipmentReference).nature(nature)
                        .fullTimeEquivalents(fte).amount(amount);
                section.ifPresent(builder::section);
                return builder.build();
            });
        });
    }

    private static TreeReading.Value<ActionIndicator> actionIndicator(TreeReading reading) {
        return reading.object(f -> {
            String label = f.required("label", reading::string);
            String unit = f.required("unit", reading::string);
            Optional<BigDecimal> baseline = f.optional("baseline", reading::decimal);
            Optional<BigDecimal> target = f.optional("target", reading::decimal);
            List<Measurement> measurements = f.list("measurements", reading.object(mf -> {
                LocalDate date = mf.required("date", reading::date);
                BigDecimal value = mf.required("value", reading::decimal);
                return mf.build(() -> Measurement.of(date, value));
            }));
            return f.build(() -> ActionIndicator.builder().label(label).unit(unit).baseline(baseline)
                    .target(target).addAllMeasurements(measurements).build());
        });
    }

    private static TreeReading.Value<Governance> governance(TreeReading reading) {
        return reading.object(f -> {
            List<Coordinator> coordinators = f.list("coordinators", reading.object(cf -> {
                String name = cf.required("name", reading::string);
                String title = cf.required("title", reading::string);
                Optional<String> employer = cf.optional("employer", reading::string);
                Optional<BigDecimal> fte = cf.optional("fullTimeEquivalents", reading::decimal);
                return cf.build(() -> Coordinator.builder().name(name).title(title).employer(employer)
                        .fullTimeEquivalents(fte).build());
            }));
            List<CommitteeMeeting> meetings = f.list("meetings", reading.object(mf -> {
                LocalDate date = mf.required("date", reading::date);
                CommitteeKind kind = mf.required("kind", constant(reading, CommitteeKind.class));
                List<String> attendees = mf.list("attendees", reading::string);
                List<String> decisions = mf.list("decisions", reading::string);
                return mf.build(() -> CommitteeMeeting.builder().date(date).kind(kind).addAllAttendees(attendees)
                        .addAllDecisions(decisions).build());
            }));
            return f.build(() -> Governance.builder().addAllCoordinators(coordinators).addAllMeetings(meetings)
                    .build());
        });
    }

    private static TreeReading.Value<Amendment> amendment(TreeReading reading) {
        return reading.object(f -> {
            Integer number = f.required("number", reading::integer);
            LocalDate date = f.required("date", reading::date);
            String object = f.required("object", reading::string);
            List<AmendmentChange> changes = f.list("changes", change(reading));
            List<AmendmentSignature> signatures = f.list("signatures", reading.object(sf -> {
                String name = sf.required("signatoryName", reading::string);
                LocalDate signed = sf.required("date", reading::date);
                return sf.build(() -> AmendmentSignature.of(name, signed));
            }));
            Optional<LocalDate> effectiveOn = f.optional("effectiveOn", reading::date);
            return f.build(() -> Amendment.builder().number(number).date(date).object(object)
                    .addAllChanges(changes).addAllSignatures(signatures).effectiveOn(effectiveOn).build());
        });
    }

    private static TreeReading.Value<Axis> axis(TreeReading reading) {
        return reading.object(f -> {
            Integer number = f.required("number", reading::integer);
            String axisTitle = f.required("title", reading::string);
            var axisFields = f.set("fields", field(reading));
            return f.build(() -> Axis.builder().number(number).title(axisTitle).addAllFields(axisFields).build());
        });
    }

    /** A change: its "kind" says which other fields it has. */
    private static TreeReading.Value<AmendmentChange> change(TreeReading reading) {
        return reading.object(f -> {
            ChangeKind kind = f.required("kind", constant(reading, ChangeKind.class));
            if (kind == null) {
                return f.buildFromPart(() -> null); // without its kind, its other fields mean nothing
            }
            return switch (kind) {
                case ADD_ACTION -> {
                    ActionSheet action = f.required("action", action(reading));
                    yield f.build(() -> AmendmentChange.addAction(action));
                }
                case REPLACE_ACTION -> {
                    String number = f.required("actionNumber", reading::string);
                    ActionSheet replacement = f.required("replacement", action(reading));
                    Optional<ActionSheet> replaced = f.optional("replaced", action(reading));
                    yield f.build(() -> ImmutableAmendmentChange.ReplaceAction.builder().actionNumber(number)
                            .replacement(replacement).replaced(replaced).build());
                }
                case WITHDRAW_ACTION -> {
                    String number = f.required("actionNumber", reading::string);
                    Optional<String> reason = f.optional("reason", reading::string);
                    yield f.build(() -> AmendmentChange.withdrawAction(number, reason.orElse(null)));
                }
                case CHANGE_BUDGET -> {
                    String number = f.required("actionNumber", reading::string);
                    List<BudgetLine> budget = f.list("budget", budgetLine(reading));
                    List<BudgetLine> previous = f.list("previousBudget", budgetLine(reading));
                    yield f.build(() -> ImmutableAmendmentChange.ChangeBudget.builder().actionNumber(number)
                            .budget(budget).previousBudget(previous).build());
                }
                case ADD_FIELD -> {
                    FieldOfAction field = f.required("field", field(reading));
                    yield f.build(() -> AmendmentChange.addField(field));
                }
                case ADD_AXIS -> {
                    Axis axis = f.required("axis", axis(reading));
                    yield f.build(() -> AmendmentChange.addAxis(axis));
                }
                case ADD_COMMUNES -> {
                    var communes = f.set("communeCodes", reading::string);
                    yield f.build(() -> AmendmentChange.addCommunes(communes));
                }
                case WITHDRAW_COMMUNES -> {
                    var communes = f.set("communeCodes", reading::string);
                    yield f.build(() -> AmendmentChange.withdrawCommunes(communes));
                }
                case ADD_PARTY -> {
                    Signatory party = f.required("party", signatory(reading));
                    yield f.build(() -> AmendmentChange.addParty(party));
                }
                case WITHDRAW_PARTY -> {
                    String name = f.required("partyName", reading::string);
                    Optional<String> reason = f.optional("reason", reading::string);
                    yield f.build(() -> AmendmentChange.withdrawParty(name, reason.orElse(null)));
                }
                case ADD_EQUIPMENT -> {
                    Equipment equipment = f.required("equipment", equipment(reading));
                    yield f.build(() -> AmendmentChange.addEquipment(equipment));
                }
                case REPLACE_EQUIPMENT -> {
                    String reference = f.required("equipmentReference", reading::string);
                    Equipment replacement = f.required("replacement", equipment(reading));
                    Optional<Equipment> replaced = f.optional("replaced", equipment(reading));
                    yield f.build(() -> ImmutableAmendmentChange.ReplaceEquipment.builder()
                            .equipmentReference(reference).replacement(replacement).replaced(replaced).build());
                }
                case WITHDRAW_EQUIPMENT -> {
                    String reference = f.required("equipmentReference", reading::string);
                    Optional<String> reason = f.optional("reason", reading::string);
                    yield f.build(() -> AmendmentChange.withdrawEquipment(reference, reason.orElse(null)));
                }
                case EXTEND_VALIDITY -> {
                    LocalDate newEnd = f.required("newEnd", reading::date);
                    Optional<LocalDate> previousEnd = f.optional("previousEnd", reading::date);
                    yield f.build(() -> ImmutableAmendmentChange.ExtendValidity.builder().newEnd(newEnd)
                            .previousEnd(previousEnd).build());
                }
            };
        });
    }

    private static TreeReading.Value<Evaluation> evaluation(TreeReading reading) {
        return reading.object(f -> {
            List<ActionOutcome> outcomes = f.list("outcomes", reading.object(of -> {
                String actionNumber = of.required("actionNumber", reading::string);
                Outcome outcome = of.required("outcome", constant(reading, Outcome.class));
                Optional<String> comment = of.optional("comment", reading::string);
                return of.build(() -> ImmutableActionOutcome.builder()
                        .actionNumber(actionNumber).outcome(outcome).comment(comment).build());
            }));
            Optional<String> assessment = f.optional("overallAssessment", reading::string);
            return f.build(() -> Evaluation.builder().addAllOutcomes(outcomes).overallAssessment(assessment)
                    .build());
        });
    }
}
