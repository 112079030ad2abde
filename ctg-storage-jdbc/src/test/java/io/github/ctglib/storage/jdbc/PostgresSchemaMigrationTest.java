package io.github.ctglib.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

@EnabledWithPostgres
class PostgresSchemaMigrationTest extends SchemaMigrationTest {
    private TestDatabase.Postgres postgres;

    @Override
    TestDatabase database() {
        postgres = (TestDatabase.Postgres) TestDatabase.postgres();
        return postgres;
    }

    @Override
    Dialect dialect() {
        return Dialect.POSTGRESQL;
    }

    @Test
    void aDatabaseOfCtg01IsRefusedWithTheWayToMoveItAndLeftUntouched() throws Exception {
        assertAVersion01DatabaseIsRefusedAndLeftUntouched();
    }

    @Test
    void aSchemaOptionCreatesTheSchema() throws Exception {
        String schema = postgres.newSchemaName();
        JdbcConventionRepository repository = JdbcConventionRepository.builder(postgres.plainDataSource())
                .schema(schema).build();

        assertThat(repository.tableName("convention")).isEqualTo(schema + ".convention");
        assertThat(query("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'ctg_schema_history'")).containsExactly("1");
    }

    /** Each view of the analysts gives the model's values of the current revision. */
    @Test
    void theAnalystViewsShowTheCurrentRevisionsValues() throws Exception {
        JdbcConventionRepository repository = JdbcConventionRepository.builder(dataSource).build();
        io.github.ctglib.convention.Convention c = repository.save(
                io.github.ctglib.testsupport.SampleConventions.maximal(), Fixtures.change("création"));
        String id = c.getId();
        String where = " WHERE convention_id = '" + id + "' ORDER BY ";

        assertThat(query("SELECT title, stage, caf_departement, valid_from, valid_to, signature_date FROM conventions"
                + " WHERE id = '" + id + "'")).containsExactly(String.join("|", c.getTitle(), c.getStage().name(),
                c.getCaf().getDepartementCode(), c.getValidity().getFrom().toString(), c.getValidity().getTo().toString(),
                c.getSignatureDate().orElseThrow().toString()));
        assertThat(query("SELECT commune_code FROM communes" + where + "position"))
                .containsExactlyElementsOf(c.getTerritory().getCommuneCodes());
        assertThat(query("SELECT name, kind FROM signatories" + where + "position"))
                .containsExactlyElementsOf(c.getSignatories().stream().map(s -> s.getName() + "|" + s.getKind()).toList());
        assertThat(query("SELECT number, title, status FROM actions" + where + "position"))
                .containsExactlyElementsOf(c.getActions().stream()
                        .map(a -> a.getNumber() + "|" + a.getTitle() + "|" + a.getStatus()).toList());
        assertThat(query("SELECT action_number, year, amount FROM budget_lines" + where + "action_number, position"))
                .containsExactlyInAnyOrderElementsOf(c.getActions().stream().flatMap(a -> a.getBudget().stream()
                        .map(b -> a.getNumber() + "|" + b.getYear() + "|" + b.getAmount().toPlainString())).toList());
        assertThat(query("SELECT action_number, label, unit FROM indicators" + where + "action_number, position"))
                .containsExactlyInAnyOrderElementsOf(c.getActions().stream().flatMap(a -> a.getIndicators().stream()
                        .map(i -> a.getNumber() + "|" + i.getLabel() + "|" + i.getUnit())).toList());
        assertThat(query("SELECT indicator_label, measured_on, value FROM measurements" + where
                + "action_number, indicator_label, position"))
                .containsExactlyInAnyOrderElementsOf(c.getActions().stream().flatMap(a -> a.getIndicators().stream())
                        .flatMap(i -> i.getMeasurements().stream().map(m -> i.getLabel() + "|" + m.getDate() + "|"
                                + m.getValue().toPlainString())).toList());
        assertThat(query("SELECT meeting_date, kind FROM committees" + where + "position"))
                .containsExactlyElementsOf(c.getGovernance().getMeetings().stream()
                        .map(m -> m.getDate() + "|" + m.getKind()).toList());
        assertThat(query("SELECT number, amendment_date, object FROM amendments" + where + "position"))
                .containsExactlyElementsOf(c.getAmendments().stream()
                        .map(a -> a.getNumber() + "|" + a.getDate() + "|" + a.getObject()).toList());
        // The columns format 2 keeps as lists or changes (V4).
        assertThat(query("SELECT predecessor_id FROM conventions WHERE id = '" + id + "'"))
                .containsExactly(c.getPredecessorIds().first());
        assertThat(query("SELECT representative_name, signed_on FROM signatories" + where + "position"))
                .containsExactlyElementsOf(c.getSignatories().stream().map(s -> s.getRepresentatives().get(0).getName()
                        + "|" + s.getSignedOn().map(Object::toString).orElse("null")).toList());
        assertThat(query("SELECT new_validity_end, added_actions FROM amendments" + where + "position"))
                .containsExactlyElementsOf(c.getAmendments().stream().map(a -> a.changes(
                        io.github.ctglib.convention.AmendmentChange.ExtendValidity.class).stream().findFirst()
                        .map(e -> e.getNewEnd().toString()).orElse("null") + "|" + a.addedActions().size()).toList());
        // The equipment annex of format 3 (V5).
        assertThat(query("SELECT reference, kind, commune_code, places, supporting_party, withdrawn_on FROM equipment"
                + where + "position")).containsExactlyElementsOf(c.getEquipment().stream().map(e -> String.join("|",
                        e.getReference(), e.getKind().name(), e.getCommuneCode(),
                        e.getPlaces().map(String::valueOf).orElse("null"), e.getSupportingParty(),
                        e.getWithdrawal().map(w -> w.getDate().toString()).orElse("null"))).toList());
    }

    @Test
    void idsAreOrderedByCharacterCodesWhateverTheDatabaseCollation() throws Exception {
        JdbcConventionRepository.builder(dataSource).build();

        assertThat(query("SELECT collation_name FROM information_schema.columns WHERE table_schema = '"
                + postgres.defaultSchema() + "' AND table_name = 'convention' AND column_name = 'id'"))
                .containsExactly("C");
    }
}
