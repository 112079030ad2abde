package io.github.ctglib.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.storage.jdbc.JdbcConventionRepository;
import io.github.ctglib.testsupport.SampleConventions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The raw baselines do the adapter's work and no other: the import writes the very rows the adapter writes,
 * and the raw reads select the documents the adapter's searches find. Checked on H2, in {@code ./mvnw verify}.
 */
class RawJdbcTest {

    /** Part of the national portfolio, and a convention with every table filled (amendments, evaluation…). */
    private static final List<Convention> CONVENTIONS = Stream.concat(
            NationalData.portfolio().stream().limit(150), Stream.of(SampleConventions.maximal()))
            .collect(Collectors.toList());

    private ScratchDatabase byAdapter;
    private ScratchDatabase byHand;

    @BeforeEach
    void create() {
        byAdapter = ScratchDatabase.create("h2mem", "");
        byHand = ScratchDatabase.create("h2mem", "");
    }

    @AfterEach
    void drop() {
        byAdapter.close();
        byHand.close();
    }

    @Test
    void rawImportWritesTheRowsTheAdapterWrites() throws SQLException {
        byAdapter.repository().saveAll(CONVENTIONS, NationalData.IMPORT);
        JdbcConventionRepository readBack = byHand.repository();

        int rows = RawJdbc.insert(byHand.dataSource(), byHand.schema(), byHand.documentParameter(), CONVENTIONS,
                NationalData.IMPORT);

        int total = 0;
        for (String table : RawJdbc.TABLES) {
            List<String> expected = rowsOf(byAdapter, table);
            assertThat(rowsOf(byHand, table)).as(table).isEqualTo(expected);
            total += expected.size();
        }
        assertThat(rows).isEqualTo(total);
        assertThat(readBack.findById(SampleConventions.MAXIMAL_ID))
                .contains(ImmutableConvention.copyOf(SampleConventions.maximal()).withVersion(1));
    }

    @Test
    void rawReadsSelectTheRevisionsTheAdapterFinds() throws SQLException {
        JdbcConventionRepository adapter = byAdapter.repository();
        adapter.saveAll(NationalData.portfolio(), NationalData.IMPORT);
        String schema = byAdapter.schema();

        assertThat(keys(RawJdbc.Keys.byCommune(schema, NationalData.COMMUNE)))
                .isEqualTo(ids(adapter.search(NationalData.byCommune()))).hasSize(1);
        assertThat(keys(RawJdbc.Keys.inForce(schema, NationalData.DEPARTEMENT, NationalData.DAY)))
                .isEqualTo(ids(adapter.search(NationalData.inForceInDepartement()))).isNotEmpty();
        List<String> nationally = keys(RawJdbc.Keys.inForce(schema, null, NationalData.DAY));
        assertThat(nationally).isEqualTo(ids(adapter.search(NationalData.inForceNationally())));
        assertThat(nationally.size()).isBetween(NationalData.portfolio().size() / 2, NationalData.portfolio().size());
        assertThat(keys(RawJdbc.Keys.byId(schema, NationalData.one().getId())))
                .containsExactly(NationalData.one().getId());
        assertThat(RawJdbc.read(byAdapter.dataSource(), RawJdbc.Keys.byId(schema, NationalData.one().getId())))
                .isGreaterThan(10);
        assertThat(RawJdbc.readOne(byAdapter.dataSource(), RawJdbc.Keys.byId(schema, NationalData.one().getId())))
                .isEqualTo(adapter.findById(NationalData.one().getId()).orElseThrow());
        assertThat(ids(adapter.search(ConventionQuery.all()))).hasSize(NationalData.portfolio().size());
    }

    /** Every row of a table, each as its values in column order, sorted. */
    private static List<String> rowsOf(ScratchDatabase database, String table) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = database.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement("SELECT * FROM " + database.schema() + "." + table);
                ResultSet rs = select.executeQuery()) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        rows.sort(null);
        return rows;
    }

    private List<String> keys(RawJdbc.Keys keys) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (Connection c = byAdapter.dataSource().getConnection();
                PreparedStatement select = c.prepareStatement(keys.sql())) {
            for (int i = 0; i < keys.parameters().size(); i++) {
                select.setObject(i + 1, keys.parameters().get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getString(1));
                }
            }
        }
        ids.sort(null);
        return ids;
    }

    private static List<String> ids(List<Convention> conventions) {
        return conventions.stream().map(Convention::getId).sorted().collect(Collectors.toList());
    }
}
