package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * What the database keeps of one revision, derived from the model by {@link #of} and nowhere else: the
 * interchange document (the whole revision) and the search columns and child rows of the current revision.
 * Each search column is the value {@link io.github.ctglib.ports.ConventionQuery#matches} looks at, computed by
 * the model's own methods ({@code Stage.isSigned()}, {@code Convention.effectivePeriod()}).
 */
record ConventionRow(String id, long version, String document, String cafDepartement, Set<String> epciSirens,
        String stage, boolean signed, LocalDate validTo, Optional<LocalDate> effectiveFrom,
        Optional<LocalDate> effectiveTo, Set<String> communeCodes, Set<String> fieldKinds) {

    /** The lengths of the columns, as the scripts declare them (a test compares the two). */
    static final int ID_LENGTH = 64;
    static final int DEPARTEMENT_LENGTH = 3;
    static final int SIREN_LENGTH = 9;
    static final int ENUM_LENGTH = 30;
    static final int INSEE_LENGTH = 5;

    /** The tables and columns the adapter writes, as the scripts create them (a test compares the two). */
    static final List<String> CONVENTION_COLUMNS = List.of("id", "version", "caf_departement", "epci_siren", "stage",
            "is_signed", "valid_to", "effective_from", "effective_to");
    static final List<String> REVISION_COLUMNS = List.of("convention_id", "version", "document");
    static final List<String> COMMUNE_COLUMNS = List.of("convention_id", "commune_code");
    static final List<String> FIELD_COLUMNS = List.of("convention_id", "kind");
    static final List<String> EPCI_COLUMNS = List.of("convention_id", "epci_siren");

    /**
     * The value of the column {@code convention.epci_siren}: the first of the EPCIs (the one a version 1
     * document named), kept for the analyst views; searches use the rows of {@code convention_epci_siren}.
     */
    Optional<String> firstEpciSiren() {
        return epciSirens.stream().findFirst();
    }

    /**
     * The row of {@code stored} as revision {@code revision}.
     *
     * @throws UnstorableValueException when a search value does not fit its column or the document holds a
     *     character the database cannot keep, before anything is sent to the database
     */
    static ConventionRow of(Convention stored, Revision revision, ConventionJson json) {
        String id = stored.getId();
        String document = new String(json.toBytes(stored, Optional.of(revision)), StandardCharsets.UTF_8);
        if (escapesNul(document)) {
            throw new UnstorableValueException(id, "a text", "contains the character U+0000, which PostgreSQL"
                    + " cannot keep in a JSON document: remove it");
        }
        Optional<DateRange> effective = stored.effectivePeriod();
        Set<String> communes = new TreeSet<>();
        for (String code : stored.getTerritory().getCommuneCodes()) {
            communes.add(fit(id, "territory.communeCodes", code, INSEE_LENGTH));
        }
        Set<String> epcis = new TreeSet<>();
        for (String siren : stored.getTerritory().getEpciSirens()) {
            epcis.add(fit(id, "territory.epciSirens", siren, SIREN_LENGTH));
        }
        Set<String> kinds = new TreeSet<>();
        for (FieldOfAction field : stored.getFields()) {
            kinds.add(field.getKind().name());
        }
        return new ConventionRow(id, stored.getVersion(), document,
                fit(id, "caf.departementCode", stored.getCaf().getDepartementCode(), DEPARTEMENT_LENGTH),
                epcis,
                fit(id, "stage", stored.getStage().name(), ENUM_LENGTH), stored.getStage().isSigned(),
                stored.getValidity().getTo(), effective.map(DateRange::getFrom), effective.map(DateRange::getTo),
                communes, kinds);
    }

    /** Whether the JSON text holds the escape of U+0000 (a backslash not itself escaped, then u0000). */
    private static boolean escapesNul(String document) {
        for (int at = document.indexOf("\\u0000"); at >= 0; at = document.indexOf("\\u0000", at + 1)) {
            int backslashes = 0;
            for (int i = at; i >= 0 && document.charAt(i) == '\\'; i--) {
                backslashes++;
            }
            if (backslashes % 2 == 1) {
                return true;
            }
        }
        return false;
    }

    private static String fit(String id, String field, String value, int length) {
        if (value.length() > length) {
            throw new UnstorableValueException(id, field, "is '" + value + "', longer than the " + length
                    + " characters its search column holds: correct it");
        }
        return value;
    }
}
