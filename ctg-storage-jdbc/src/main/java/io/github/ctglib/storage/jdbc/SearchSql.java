package io.github.ctglib.storage.jdbc;

import io.github.ctglib.ports.ConventionQuery;
import java.util.ArrayList;
import java.util.List;

/**
 * The SQL of a {@link ConventionQuery} over current revisions, giving (id, version) ordered by id. Each
 * criterion is the SQL form of {@link ConventionQuery#matches}; "in force" is a range check on the
 * effective period the model computed when the revision was saved (NULL while unsigned).
 */
record SearchSql(String text, List<Object> parameters) {

    static SearchSql of(ConventionQuery query, SqlNames names) {
        List<String> conditions = new ArrayList<>();
        List<Object> parameters = new ArrayList<>();
        query.getCafDepartement().ifPresent(d -> {
            conditions.add("r.caf_departement = ?");
            parameters.add(d);
        });
        query.getCommuneCode().ifPresent(code -> {
            conditions.add("EXISTS (SELECT 1 FROM " + names.table(Tables.TERRITORY_COMMUNE) + " t"
                    + " WHERE t.convention_id = c.id AND t.version = c.version AND t.commune_code = ?)");
            parameters.add(code);
        });
        query.getEpciSiren().ifPresent(siren -> {
            conditions.add("r.epci_siren = ?");
            parameters.add(siren);
        });
        query.getStage().ifPresent(stage -> {
            conditions.add("r.stage = ?");
            parameters.add(stage.name());
        });
        query.getInForceOn().ifPresent(day -> {
            conditions.add("r.effective_from <= ? AND r.effective_to >= ?");
            parameters.add(day);
            parameters.add(day);
        });
        query.getEndingFrom().ifPresent(day -> {
            conditions.add("r.valid_to >= ?");
            parameters.add(day);
        });
        query.getEndingTo().ifPresent(day -> {
            conditions.add("r.valid_to <= ?");
            parameters.add(day);
        });
        query.getField().ifPresent(kind -> {
            conditions.add("EXISTS (SELECT 1 FROM " + names.table(Tables.CONVENTION_FIELD) + " f"
                    + " WHERE f.convention_id = c.id AND f.version = c.version AND f.kind = ?)");
            parameters.add(kind.name());
        });
        String text = "SELECT c.id, c.version FROM " + names.table(Tables.CONVENTION) + " c"
                + " JOIN " + names.table(Tables.REVISION) + " r ON r.convention_id = c.id AND r.version = c.version"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions))
                + " ORDER BY c.id";
        return new SearchSql(text, List.copyOf(parameters));
    }
}
