package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Fixtures.HOSTILE;
import static io.github.ctglib.storage.jdbc.Fixtures.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.ActionSheet;
import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.vocabulary.Period;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.stream.IntStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the JDBC adapter adds to the port's contract (which {@code ConventionRepositoryContract} checks):
 * every table read back exactly, values refused before the database, atomic saves under injected faults,
 * batched round trips, SQL searches that agree with the model. Run on H2 and on PostgreSQL.
 */
abstract class AdapterBehaviourTest {
    /** A save claims the version (1), writes one batch per table of a revision (19), and commits (1). */
    static final int ROUND_TRIPS_PER_SAVE = JdbcConventionRepository.MAX_STATEMENTS_PER_SAVE + 1;

    private TestDatabase database;
    protected DataSource dataSource;
    protected ProbeDataSource probe;
    protected JdbcConventionRepository repository;

    abstract TestDatabase database();

    /** Cuts the connection the way the database would lose it. */
    abstract ProbeDataSource.Fault connectionLoss();

    @BeforeEach
    void createStore() {
        database = database();
        dataSource = database.newDataSource();
        probe = new ProbeDataSource(dataSource);
        repository = JdbcConventionRepository.builder(probe.dataSource()).build();
        probe.reset();
    }

    @AfterEach
    void dropStore() {
        database.close();
    }

    @Test
    void everyTableReadsBackAsSaved() {
        Convention saved = repository.save(Fixtures.full("ctg-full", HOSTILE), change("création"));

        assertThat(saved.getVersion()).isEqualTo(1);
        assertThat(repository.findById("ctg-full")).contains(saved);
        assertThat(countRows("ctg-full").values()).as("every table holds rows of this convention").doesNotContain(0);
    }

    @Test
    void aConventionWithoutOptionsReadsBackAsSaved() {
        Convention saved = repository.save(Frontignan.draft(), change("création"));

        assertThat(repository.findById(Frontignan.ID)).contains(saved);
    }

    @Test
    void decimalsKeepTheirScaleAndInstantsTheirNanoseconds() {
        Convention saved = repository.save(Fixtures.full("ctg-numbers", "x"), change("création"));

        Convention read = repository.findById("ctg-numbers").orElseThrow();
        List<BigDecimal> amounts = read.getActions().get(0).getBudget().stream().map(BudgetLine::getAmount).toList();
        assertThat(amounts).extracting(BigDecimal::toString).containsExactly("1200.50", "100.00", "0.00");
        assertThat(read.getDiagnostic().getIndicators().get(1).getValue().toString()).isEqualTo("2.5E+6");
        assertThat(read).isEqualTo(saved);
        assertThat(repository.history("ctg-numbers")).extracting(Revision::at).containsExactly(Fixtures.AT);
    }

    @Test
    void textIsStoredVerbatimInTheColumns() throws SQLException {
        repository.save(Fixtures.full("ctg-text", HOSTILE), change(HOSTILE));

        try (Connection c = dataSource.getConnection(); PreparedStatement select = c.prepareStatement(
                "SELECT title, summary FROM " + repository.tableName("current_convention") + " WHERE convention_id = ?")) {
            select.setString(1, "ctg-text");
            try (ResultSet rs = select.executeQuery()) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getString(1)).isEqualTo("Titre " + HOSTILE);
                assertThat(rs.getString(2)).isEqualTo(HOSTILE);
            }
        }
        assertThat(repository.findById("ctg-text").orElseThrow().getTitle()).isEqualTo("Titre " + HOSTILE);
    }

    /** The contract suite's texts, each in every text field (the suite joins them beyond the model's caps). */
    @Test
    void theSuitesTextsInEveryScriptReadBackVerbatim() {
        List<String> texts = io.github.ctglib.testsupport.SampleConventions.TEXTS_IN_EVERY_SCRIPT;
        for (int i = 0; i < texts.size(); i++) {
            Convention saved = repository.save(Fixtures.full("ctg-script-" + i, texts.get(i)), change(texts.get(i)));

            assertThat(repository.findById(saved.getId())).contains(saved);
            assertThat(repository.history(saved.getId())).extracting(Revision::summary).containsExactly(texts.get(i));
        }
    }

    @Test
    void everyRevisionIsKeptWhole() {
        Convention first = repository.save(Fixtures.full("ctg-rev", "un"), change("création"));
        Convention second = repository.save(ImmutableConvention.copyOf(Fixtures.full("ctg-rev", "deux"))
                .withVersion(1).withActions(List.of()), change("plan retiré"));

        assertThat(repository.findRevision("ctg-rev", 1)).contains(first);
        assertThat(repository.findRevision("ctg-rev", 2)).contains(second);
        assertThat(repository.findById("ctg-rev")).contains(second);
        assertThat(repository.history("ctg-rev")).extracting(Revision::version, Revision::summary)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "création"),
                        org.assertj.core.groups.Tuple.tuple(2L, "plan retiré"));
    }

    @Test
    void restoreKeepsEveryRevision() {
        Convention v1 = ImmutableConvention.copyOf(Fixtures.full("ctg-copy", "un")).withVersion(1);
        Convention v2 = ImmutableConvention.copyOf(Fixtures.full("ctg-copy", "deux")).withVersion(2);
        repository.restore(List.of(new StoredRevision(new Revision(1, Fixtures.AT, "a", "un"), v1),
                new StoredRevision(new Revision(2, Fixtures.AT.plusSeconds(1), "b", "deux"), v2)));

        assertThat(repository.findById("ctg-copy")).contains(v2);
        assertThat(repository.findRevision("ctg-copy", 1)).contains(v1);
        assertThat(repository.history("ctg-copy")).extracting(Revision::actor).containsExactly("a", "b");
        assertThatThrownBy(() -> repository.restore(List.of(new StoredRevision(new Revision(1, Fixtures.AT, "a", "un"), v1))))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void valuesTooLongAreRefusedBeforeTheDatabaseNamingTheField() {
        ImmutableConvention full = ImmutableConvention.copyOf(Fixtures.full("ctg-long", "x"));
        ActionSheet action = full.getActions().get(1);
        List<Map.Entry<String, Convention>> cases = new ArrayList<>();
        cases.add(Map.entry("title", full.withTitle("t".repeat(301))));
        cases.add(Map.entry("actions[1].budget[0].funder", full.withActions(full.getActions().get(0),
                io.github.ctglib.actionplan.ImmutableActionSheet.copyOf(action).withBudget(BudgetLine.builder().from(Fixtures.action("9", "x", 1)
                        .getBudget().get(0)).funder("f".repeat(301)).build()))));
        cases.add(Map.entry("actions[1].budget[0].amount", full.withActions(full.getActions().get(0),
                io.github.ctglib.actionplan.ImmutableActionSheet.copyOf(action).withBudget(BudgetLine.builder().from(Fixtures.action("9", "x", 1)
                        .getBudget().get(0)).amount(new BigDecimal("10.005")).build()))));
        cases.add(Map.entry("territory.communeCodes", full.withTerritory(Territory.ofCommune("341080"))));
        cases.add(Map.entry("signatories[0].identifier", full.withSignatories(Fixtures.signatory("n", "123456789012345", true))));
        cases.add(Map.entry("termination.reason", full.withTermination(Termination.of(LocalDate.of(2026, 1, 1), "r".repeat(20_001)))));
        cases.add(Map.entry("title", full.withTitle("nul\u0000")));

        cases.forEach(entry -> {
            String field = entry.getKey();
            Convention convention = entry.getValue();
            probe.reset();
            assertThatThrownBy(() -> repository.save(convention, change("trop long")))
                    .isInstanceOf(UnstorableValueException.class)
                    .hasMessageContaining("ctg-long")
                    .satisfies(e -> assertThat(((UnstorableValueException) e).field()).isEqualTo(field));
            assertThat(probe.connections()).as("no connection was opened for " + field).isZero();
        });
        assertThat(repository.findById("ctg-long")).isEmpty();
    }

    @Test
    void aSaveOf200ActionsTakesAFixedNumberOfRoundTrips() {
        repository.save(Fixtures.withActions("ctg-20", 20), change("20 actions"));
        int twenty = probe.roundTrips();
        probe.reset();
        Convention big = repository.save(Fixtures.withActions("ctg-200", 200), change("200 actions"));
        int twoHundred = probe.roundTrips();
        int connections = probe.connections();
        assertThat(countRows("ctg-200").get("action")).isEqualTo(200 + 2);
        probe.reset();
        repository.save(big, change("mise à jour"));

        assertThat(twoHundred).isEqualTo(ROUND_TRIPS_PER_SAVE).isEqualTo(twenty);
        assertThat(probe.roundTrips()).as("an update").isEqualTo(ROUND_TRIPS_PER_SAVE);
        assertThat(connections).isEqualTo(1);
    }

    @Test
    void aFailureAtAnyRoundTripOfASaveLeavesNothingPartial() {
        Convention stored = repository.save(Fixtures.full("ctg-atomic", "un"), change("création"));
        Convention update = ImmutableConvention.copyOf(Fixtures.full("ctg-atomic", "deux")).withVersion(1);
        Convention created = Fixtures.full("ctg-new", "un");
        Map<String, Integer> before = countRows("ctg-atomic");

        for (int n = 1; n <= ROUND_TRIPS_PER_SAVE; n++) {
            probe.failAt(n, ProbeDataSource.injectedError());
            assertThatThrownBy(() -> repository.save(update, change("échoue"))).isInstanceOf(StorageException.class);
            probe.failAt(n, ProbeDataSource.injectedError());
            assertThatThrownBy(() -> repository.save(created, change("échoue"))).isInstanceOf(StorageException.class);
            assertThat(countRows("ctg-atomic")).as("rows after a failure at round trip " + n).isEqualTo(before);
            assertThat(countRows("ctg-new").values()).as("rows of the new one after failure " + n).containsOnly(0);
        }
        probe.reset();
        assertThat(repository.findById("ctg-atomic")).contains(stored);
        assertThat(repository.history("ctg-atomic")).hasSize(1);
        assertThat(repository.save(update, change("réussit")).getVersion()).isEqualTo(2);
    }

    @Test
    void aConnectionLostMidSaveGivesAClearErrorAndNoPartialWrite() {
        Convention stored = repository.save(Fixtures.full("ctg-lost", "un"), change("création"));
        Map<String, Integer> before = countRows("ctg-lost");

        probe.failAt(6, connectionLoss());
        assertThatThrownBy(() -> repository.save(stored, change("coupure")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("connection was lost")
                .hasMessageContaining("Nothing was written");

        probe.reset();
        assertThat(countRows("ctg-lost")).isEqualTo(before);
        assertThat(repository.findById("ctg-lost")).contains(stored);
    }

    @Test
    void aDatabaseThatIsDownGivesAClearError() {
        assertThatThrownBy(() -> JdbcConventionRepository.builder(unreachable()).build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be reached");

        probe.goDown();
        assertThatThrownBy(() -> repository.save(Frontignan.draft(), change("panne")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be reached")
                .hasMessageContaining("Nothing was written");
        assertThatThrownBy(() -> repository.findById(Frontignan.ID))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("could not be reached");
    }

    /** A data source of this database's kind that nothing answers. */
    abstract DataSource unreachable();

    @Test
    void saveAllBatchesAcrossConventions() {
        List<Convention> drafts = IntStream.range(0, 250)
                .mapToObj(i -> (Convention) ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-bulk-" + i))
                .toList();

        List<Convention> saved = repository.saveAll(drafts, change("import"));
        int created = probe.roundTrips();
        probe.reset();
        repository.saveAll(saved, change("mise à jour"));

        int groups = 3; // 250 conventions, 100 to a transaction
        assertThat(created).isLessThanOrEqualTo(groups * ROUND_TRIPS_PER_SAVE);
        assertThat(probe.roundTrips()).isLessThanOrEqualTo(groups * ROUND_TRIPS_PER_SAVE);
        assertThat(saved).extracting(Convention::getVersion).containsOnly(1L);
        try (var all = repository.streamAll()) {
            assertThat(all).hasSize(250).allSatisfy(c -> assertThat(c.getVersion()).isEqualTo(2));
        }
        assertThat(repository.findById("ctg-bulk-117").orElseThrow())
                .isEqualTo(ImmutableConvention.copyOf(saved.get(117)).withVersion(2));
    }

    @Test
    void saveAllStopsAtAConflictWithThoseBeforeSaved() {
        List<Convention> first = repository.saveAll(IntStream.range(0, 5)
                .mapToObj(i -> (Convention) ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-s-" + i))
                .toList(), change("import"));
        List<Convention> next = new ArrayList<>(first);
        next.set(2, ImmutableConvention.copyOf(first.get(2)).withVersion(7));

        assertThatThrownBy(() -> repository.saveAll(next, change("mise à jour")))
                .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                    assertThat(e.conventionId()).isEqualTo("ctg-s-2");
                    assertThat(e.actualVersion()).isEqualTo(1);
                });
        assertThat(IntStream.range(0, 5).mapToObj(i -> repository.findById("ctg-s-" + i).orElseThrow().getVersion()))
                .containsExactly(2L, 2L, 1L, 1L, 1L);
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        Convention stored = repository.save(Frontignan.draft(), change("création"));

        assertThat(race(i -> ImmutableConvention.copyOf(stored).withTitle("Titre " + i))).containsOnlyOnce(true);
        assertThat(repository.history(Frontignan.ID)).hasSize(2);
    }

    @Test
    void concurrentCreationsOfOneIdLetExactlyOneWin() throws Exception {
        assertThat(race(i -> ImmutableConvention.copyOf(Fixtures.full("ctg-race", "x")).withTitle("Titre " + i)))
                .containsOnlyOnce(true);
        assertThat(repository.history("ctg-race")).hasSize(1);
    }

    /** Saves 8 conventions at once, started together; whether each won (false: it got a conflict). */
    private List<Boolean> race(java.util.function.IntFunction<Convention> convention) throws Exception {
        int writers = 8;
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(writers);
            List<Callable<Boolean>> tasks = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                Convention mine = convention.apply(i);
                tasks.add(() -> {
                    start.await(10, java.util.concurrent.TimeUnit.SECONDS);
                    try {
                        repository.save(mine, change("concurrent"));
                        return true;
                    } catch (ConcurrencyConflictException conflict) {
                        return false;
                    }
                });
            }
            List<Boolean> won = new ArrayList<>();
            for (Future<Boolean> result : pool.invokeAll(tasks)) {
                won.add(result.get());
            }
            return won;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void searchesAgreeWithTheModelsRules() {
        LocalDate from = LocalDate.of(2023, 1, 1);
        List<Convention> all = new ArrayList<>();
        int i = 0;
        for (Stage stage : Stage.values()) {
            for (boolean terminated : new boolean[] {false, true}) {
                ImmutableConvention c = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-q-" + i)
                        .withStage(stage)
                        .withValidity(Period.of(from.plusMonths(i), from.plusYears(4).plusMonths(i)))
                        .withTermination(terminated ? java.util.Optional.of(Termination.of(from.plusYears(2), "fin"))
                                : java.util.Optional.empty());
                all.add(repository.save(i % 3 == 0 ? c.withTerritory(Territory.ofCommune("34157")) : c, change("q")));
                i++;
            }
        }
        Function<ConventionQuery, List<String>> expected = q -> all.stream().filter(q::matches).map(Convention::getId)
                .sorted().toList();
        List<ConventionQuery> queries = new ArrayList<>();
        for (int month = -2; month < 80; month += 3) {
            queries.add(ConventionQuery.builder().inForceOn(from.plusMonths(month)).build());
        }
        queries.add(ConventionQuery.byCommune("34157"));
        queries.add(ConventionQuery.builder().stage(Stage.SIGNED).endingFrom(from.plusYears(4).plusMonths(5)).build());
        queries.add(ConventionQuery.builder().endingTo(from.plusYears(4).plusMonths(5)).cafDepartement("34").build());
        queries.add(ConventionQuery.builder().field(io.github.ctglib.vocabulary.ActionField.YOUTH).build());
        queries.add(ConventionQuery.builder().field(io.github.ctglib.vocabulary.ActionField.DISABILITY).build());
        queries.add(ConventionQuery.builder().epciSiren(Frontignan.EPCI).build());

        for (ConventionQuery query : queries) {
            assertThat(repository.search(query)).as(query.toString()).extracting(Convention::getId)
                    .containsExactlyElementsOf(expected.apply(query));
        }
    }

    /** Past one read of 64, with older revisions of some in the tables: each comes back whole, as saved last. */
    @Test
    void searchesReadManyConventionsWholeInTheirCurrentRevision() {
        List<Convention> current = new ArrayList<>();
        for (int i = 0; i < JdbcConventionRepository.CONVENTIONS_PER_READ + 6; i++) {
            String id = String.format("ctg-m-%02d", i);
            Convention first = repository.save(Fixtures.withActions(id, 1 + i % 12), change("création"));
            current.add(i % 3 == 0
                    ? repository.save(ImmutableConvention.copyOf(Fixtures.full(id, "v2 " + i)).withVersion(1),
                            change("v2"))
                    : first);
        }
        probe.reset();

        assertThat(repository.search(ConventionQuery.all())).containsExactlyElementsOf(current);
        assertThat(probe.roundTrips()).as("the keys, then one query per table for each 64 conventions")
                .isEqualTo(1 + 2 * Tables.REVISION_TABLES.size());
    }

    @Test
    void theInForceColumnsComeFromTheModel() throws SQLException {
        Convention terminated = repository.save(Fixtures.full("ctg-term", "x"), change("résiliée"));
        repository.save(Frontignan.draft(), change("brouillon"));

        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT convention_id, is_signed, effective_from, effective_to FROM "
                        + repository.tableName("current_convention") + " ORDER BY convention_id")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo(Frontignan.ID);
            assertThat(rs.getBoolean(2)).isFalse();
            assertThat(rs.getObject(4, LocalDate.class)).isNull();
            assertThat(rs.next()).isTrue();
            assertThat(rs.getBoolean(2)).isTrue();
            assertThat(rs.getObject(3, LocalDate.class)).isEqualTo(terminated.effectivePeriod().orElseThrow().getFrom());
            assertThat(rs.getObject(4, LocalDate.class)).isEqualTo(LocalDate.of(2026, 6, 30));
            assertThat(rs.next()).isFalse();
        }
    }

    @Test
    void deleteRemovesEveryRowOfEveryRevision() {
        Convention stored = repository.save(Fixtures.full("ctg-del", "x"), change("création"));
        repository.save(stored, change("deuxième"));
        repository.save(Fixtures.full("ctg-keep", "x"), change("autre"));
        Map<String, Integer> kept = countRows("ctg-keep");

        repository.delete("ctg-del", 2);

        assertThat(countRows("ctg-del").values()).containsOnly(0);
        assertThat(countRows("ctg-keep")).isEqualTo(kept);
        assertThat(repository.history("ctg-del")).isEmpty();
    }

    /** Rows of a convention (all revisions) per table. */
    protected Map<String, Integer> countRows(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            counts.put("convention", count(c, "convention", "id", id));
            for (Table table : Tables.REVISION_TABLES) {
                counts.put(table.name, count(c, table.name, "convention_id", id));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private int count(Connection c, String table, String column, String id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT COUNT(*) FROM " + repository.tableName(table) + " WHERE " + column + " = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
