package io.github.ctglib.storage.jdbc;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.testsupport.NationalPortfolio;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;

/**
 * A rough measurement, not a test (the benchmark issue measures with JMH): imports the national portfolio
 * (1,255 conventions) with {@code saveAll}, and inserts the same rows with plain JDBC batches in one
 * transaction, on H2 in memory and, when CTG_TEST_POSTGRES_URL is set, on PostgreSQL.
 * Run: {@code java -cp <test classpath> io.github.ctglib.storage.jdbc.BulkImportMeasurement}.
 */
public final class BulkImportMeasurement {
    private static final int ROUNDS = 5;

    public static void main(String[] args) throws SQLException {
        List<Convention> portfolio = NationalPortfolio.generate(NationalPortfolio.DEFAULT_SEED);
        Change change = new Change("benchmark", Instant.parse("2026-01-01T00:00:00Z"), "import");
        measure("H2 in memory", TestDatabase.h2Memory(), portfolio, change);
        if (System.getenv(TestDatabase.POSTGRES_URL) != null) {
            measure("PostgreSQL", TestDatabase.postgres(), portfolio, change);
        }
    }

    private static void measure(String name, TestDatabase database, List<Convention> portfolio, Change change)
            throws SQLException {
        try (database) {
            for (int round = 1; round <= ROUNDS; round++) {
                JdbcConventionRepository adapter = JdbcConventionRepository.builder(database.newDataSource()).build();
                long start = System.nanoTime();
                adapter.saveAll(portfolio, change);
                long adapterMillis = (System.nanoTime() - start) / 1_000_000;

                DataSource raw = database.newDataSource();
                JdbcConventionRepository.builder(raw).build();
                start = System.nanoTime();
                int rows = rawInsert(raw, database.defaultSchema(), portfolio, change);
                long rawMillis = (System.nanoTime() - start) / 1_000_000;

                start = System.nanoTime();
                int found = adapter.search(ConventionQuery.byCommune("34108")).size();
                long searchMicros = (System.nanoTime() - start) / 1_000;
                System.out.printf("%s round %d: saveAll %d ms, raw JDBC batches %d ms (%d rows), ratio %.2f;"
                        + " commune search %d µs (%d found)%n", name, round, adapterMillis, rawMillis, rows,
                        (double) adapterMillis / rawMillis, searchMicros, found);
            }
        }
    }

    /** The same rows, with one batch per table and one transaction, no version check. */
    private static int rawInsert(DataSource dataSource, String schema, List<Convention> portfolio, Change change)
            throws SQLException {
        Rows rows = new Rows();
        SqlNames names = new SqlNames(schema, "");
        for (Convention convention : portfolio) {
            Convention stored = io.github.ctglib.convention.ImmutableConvention.copyOf(convention).withVersion(1);
            rows.add(Tables.CONVENTION, stored.getId(), 1, "");
            RevisionWriter.write(stored, new Revision(1, change.at(), change.actor(), change.summary()), rows);
        }
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Table> tables = new java.util.ArrayList<>();
            tables.add(Tables.CONVENTION);
            tables.addAll(Tables.REVISION_TABLES);
            for (Table table : tables) {
                try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + names.table(table) + " ("
                        + table.columnList() + ") VALUES (" + "?, ".repeat(table.columns.size() - 1) + "?)")) {
                    for (Object[] values : rows.of(table)) {
                        for (int i = 0; i < values.length; i++) {
                            if (values[i] == null) {
                                insert.setNull(i + 1, table.columns.get(i).type().sqlType);
                            } else {
                                insert.setObject(i + 1, values[i]);
                            }
                        }
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
            }
            c.commit();
        }
        return rows.count();
    }
}
