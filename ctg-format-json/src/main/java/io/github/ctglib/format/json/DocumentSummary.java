package io.github.ctglib.format.json;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.format.json.TreeReading.Fields;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/**
 * What the store needs of a document without building its convention: its id, version and revision metadata
 * (for the history), and the search keys of the index. A search narrows its candidates with these
 * and decides on the whole convention ({@link io.github.ctglib.ports.ConventionQuery#matches}).
 *
 * @param epcis      the SIRENs of the territory's EPCIs: a search by EPCI narrows to the documents naming it
 * @param validityTo the last day of validity: "ending from/to" and "in force on" (which needs it on or after
 *                   the day) narrow by it
 */
public record DocumentSummary(String id, long version, Optional<Revision> revision, String departement, Set<String> communes,
        Set<String> epcis, Stage stage, LocalDate validityTo, Set<ActionField> fields) {

    /** The top-level fields a summary is read from; a scan skips the others unread. */
    public static final Set<String> FIELDS =
            Set.of("format", "id", "version", "revision", "stage", "caf", "territory", "validity", "fields");

    /**
     * A summary; the sets are copied, and kept unmodifiable.
     *
     * @param id the convention's id
     * @param version its version
     * @param revision the revision metadata the store wrote, absent in an exported document
     * @param departement the département of its CAF
     * @param communes the INSEE codes of the communes it covers
     * @param epcis the SIRENs of the territory's EPCIs
     * @param stage its stage
     * @param validityTo the last day of validity
     * @param fields the fields of action it covers
     */
    public DocumentSummary {
        communes = Set.copyOf(communes);
        epcis = Set.copyOf(epcis);
        fields = Set.copyOf(fields);
    }

    /**
     * The summary of {@code c} as stored in {@code revision}.
     *
     * @param c the convention
     * @param revision the revision it is
     * @return the summary
     */
    public static DocumentSummary of(Convention c, Revision revision) {
        return new DocumentSummary(c.getId(), c.getVersion(), Optional.of(revision), c.getCaf().getDepartementCode(),
                c.getTerritory().getCommuneCodes(), c.getTerritory().getEpciSirens(), c.getStage(),
                c.getValidity().getTo(), c.getFields().stream().map(FieldOfAction::getKind).collect(Collectors.toSet()));
    }

    /**
     * Reads a summary from the {@link #FIELDS} of a document (the others may be absent); its problems, if
     * any, go to {@code reading} and the result is then {@code null}. Fields outside the summary are left to
     * the full reading.
     */
    static DocumentSummary read(JsonNode part, TreeReading reading) {
        Fields d = reading.root(part);
        if (d == null) {
            return null;
        }
        String id = d.required("id", reading::string);
        long version = d.optional("version", reading::whole).orElse(0L);
        Optional<Revision> revision = ConventionDocument.revision(d, reading, version);
        Stage stage = d.optional("stage", (node, path) -> reading.constant(node, path, Stage.class))
                .orElse(Stage.IN_PREPARATION);
        String departement = d.required("caf", reading.object(f -> {
            String code = f.required("departementCode", reading::string);
            return f.buildFromPart(() -> code);
        }));
        Territory territory = d.required("territory", reading.object(f -> {
            Set<String> communes = f.set("communeCodes", reading::string);
            Set<String> epcis = f.set("epciSirens", reading::string);
            return f.buildFromPart(() -> new Territory(communes, epcis));
        }));
        LocalDate validityTo = d.required("validity", reading.object(f -> {
            LocalDate to = f.required("to", reading::date);
            return f.buildFromPart(() -> to);
        }));
        List<ActionField> fields = d.list("fields", reading.object(f -> {
            ActionField kind = f.required("kind", (node, path) -> reading.constant(node, path, ActionField.class));
            return f.buildFromPart(() -> kind);
        }));
        return d.buildFromPart(() -> new DocumentSummary(id, version, revision, departement,
                territory.communes(), territory.epcis(), stage, validityTo,
                Set.copyOf(fields)));
    }

    private record Territory(Set<String> communes, Set<String> epcis) {}
}
