package io.github.ctglib.storage.jdbc;

import static io.github.ctglib.storage.jdbc.Fixtures.change;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.convention.Caf;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.CommitOutcomeUnknownException;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.FieldOfAction;
import io.github.ctglib.vocabulary.DateRange;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * What the JDBC adapter adds to the port's contract (which {@code ConventionRepositoryContract} checks): each
 * revision one interchange document, search columns derived from the model, values refused before the
 * database, atomic saves under injected faults, a fixed number of round trips, the host's transactions, SQL
 * searches that agree with the model. Run on H2, PostgreSQL and MariaDB.
 */
abstract class AdapterBehaviourTest {
    /**
     * An update claims the version, inserts the document, deletes and inserts the communes, the EPCIs and the
     * fields (8 statements), and commits; a creation has nothing to delete (6 round trips in all).
     */
    static final int MAX_ROUND_TRIPS_PER_SAVE = ConventionWrites.MAX_STATEMENTS_PER_WRITE + 1;
    static final int ROUND_TRIPS_PER_CREATION = MAX_ROUND_TRIPS_PER_SAVE - 3;
    private static final List<String> TABLES =
            List.of("convention", "convention_revision", "convention_commune", "convention_field",
                    "convention_epci_siren");

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
    void theMaximalConventionReadsBackAsSavedWithItsRevision() {
        Convention saved = repository.save(SampleConventions.maximal(), change("création"));

        assertThat(repository.findById(saved.getId())).contains(saved);
        assertThat(repository.findRevision(saved.getId(), 1)).contains(saved);
        assertThat(repository.history(saved.getId())).containsExactly(
                new Revision(1, Fixtures.AT, "agent:test", "création"));
    }

    @Test
    void eachRevisionIsOneDocumentOfTheInterchangeFormat() throws SQLException {
        Convention saved = repository.save(SampleConventions.inEveryScript(), change("création"));

        String document = query("SELECT document FROM " + repository.tableName("convention_revision")
                + " WHERE convention_id = ? AND version = 1", saved.getId()).get(0);
        var content = ConventionJson.standard().readContent(
                new ByteArrayInputStream(document.getBytes(StandardCharsets.UTF_8)), "test");
        assertThat(content.convention()).isEqualTo(saved);
        assertThat(content.revision()).contains(new Revision(1, Fixtures.AT, "agent:test", "création"));
    }

    @Test
    void theSearchColumnsAndRowsAreTheModelsValues() throws SQLException {
        Convention terminated = repository.save(SampleConventions.maximal(), change("résiliée"));
        Convention draft = repository.save(Frontignan.draft(), change("brouillon"));

        for (Convention c : List.of(terminated, draft)) {
            Optional<DateRange> effective = c.effectivePeriod();
            assertThat(query("SELECT version, caf_departement, epci_siren, stage, valid_to, effective_from,"
                    + " effective_to FROM " + repository.tableName("convention") + " WHERE id = ?", c.getId()))
                    .containsExactly(String.join("|", Long.toString(c.getVersion()), c.getCaf().getDepartementCode(),
                            c.getTerritory().getEpciSirens().stream().findFirst().orElse("null"), c.getStage().name(),
                            c.getValidity().getTo().toString(),
                            effective.map(p -> p.getFrom().toString()).orElse("null"),
                            effective.map(p -> p.getTo().toString()).orElse("null")));
            assertThat(signed(c.getId())).isEqualTo(c.getStage().isSigned());
            assertThat(query("SELECT commune_code FROM " + repository.tableName("convention_commune")
                    + " WHERE convention_id = ? ORDER BY commune_code", c.getId()))
                    .containsExactlyElementsOf(c.getTerritory().getCommuneCodes());
            assertThat(query("SELECT epci_siren FROM " + repository.tableName("convention_epci_siren")
                    + " WHERE convention_id = ? ORDER BY epci_siren", c.getId()))
                    .containsExactlyElementsOf(c.getTerritory().getEpciSirens());
            assertThat(query("SELECT kind FROM " + repository.tableName("convention_field")
                    + " WHERE convention_id = ? ORDER BY kind", c.getId()))
                    .containsExactlyElementsOf(c.getFields().stream().map(f -> f.getKind().name()).sorted().toList());
        }
        assertThat(terminated.getTermination()).as("the sample is cut short by a termination").isPresent();
    }

    @Test
    void anUpdateReplacesTheSearchRowsAndKeepsTheEarlierRevision() throws SQLException {
        Convention first = repository.save(SampleConventions.maximal(), change("création"));
        Convention second = repository.save(ImmutableConvention.copyOf(first)
                .withTerritory(Territory.ofCommune(SampleConventions.SETE))
                .withFields(Set.of(FieldOfAction.of(ActionField.YOUTH))), change("recentrée"));

        assertThat(query("SELECT commune_code FROM " + repository.tableName("convention_commune")
                + " WHERE convention_id = ?", first.getId())).containsExactly(SampleConventions.SETE);
        assertThat(query("SELECT kind FROM " + repository.tableName("convention_field")
                + " WHERE convention_id = ?", first.getId())).containsExactly("YOUTH");
        assertThat(repository.findRevision(first.getId(), 1)).contains(first);
        assertThat(repository.findById(first.getId())).contains(second);
        assertThat(repository.search(ConventionQuery.byCommune(Frontignan.COMMUNE))).isEmpty();
    }

    @Test
    void restoreKeepsEveryRevision() {
        Convention v1 = ImmutableConvention.copyOf(SampleConventions.maximal()).withVersion(1);
        Convention v2 = ImmutableConvention.copyOf(v1).withVersion(2).withTitle("Deux");
        repository.restore(List.of(new StoredRevision(new Revision(1, Fixtures.AT, "a", "un"), v1),
                new StoredRevision(new Revision(2, Fixtures.AT.plusSeconds(1), "b", "deux"), v2)));

        assertThat(repository.findById(v1.getId())).contains(v2);
        assertThat(repository.findRevision(v1.getId(), 1)).contains(v1);
        assertThat(repository.history(v1.getId())).extracting(Revision::actor).containsExactly("a", "b");
        assertThat(repository.search(ConventionQuery.byCommune(SampleConventions.SETE))).containsExactly(v2);
        assertThatThrownBy(() -> repository.restore(List.of(new StoredRevision(new Revision(1, Fixtures.AT, "a", "un"), v1))))
                .isInstanceOf(ConcurrencyConflictException.class);
    }

    @Test
    void valuesThatDoNotFitAreRefusedBeforeTheDatabaseNamingTheField() {
        ImmutableConvention maximal = ImmutableConvention.copyOf(SampleConventions.maximal());
        Map<String, Convention> cases = new LinkedHashMap<>();
        cases.put("caf.departementCode", maximal.withCaf(Caf.of(maximal.getCaf().getName(), "3456")));
        cases.put("territory.communeCodes", maximal.withTerritory(Territory.ofCommune("341080")));
        cases.put("a text", maximal.withTitle("nul\u0000"));

        cases.forEach((field, convention) -> {
            probe.reset();
            assertThatThrownBy(() -> repository.save(convention, change("ne tient pas")))
                    .isInstanceOf(UnstorableValueException.class)
                    .hasMessageContaining(maximal.getId())
                    .satisfies(e -> assertThat(((UnstorableValueException) e).field()).isEqualTo(field));
            assertThat(probe.connections()).as("no connection was opened for " + field).isZero();
        });
        assertThat(repository.findById(maximal.getId())).isEmpty();
        Convention escaped = repository.save(maximal.withTitle("a backslash then u0000: \\u0000"), change("ok"));
        assertThat(repository.findById(maximal.getId())).contains(escaped);
    }

    @Test
    void aSaveTakesAFixedNumberOfRoundTripsWhateverItsSize() {
        // In an EPCI, so that every statement of a save has rows to write.
        Territory inSete = Territory.builder().addCommuneCode(Frontignan.COMMUNE).addEpciSiren(Frontignan.EPCI).build();
        repository.save(ImmutableConvention.copyOf(SampleConventions.withActions(20)).withId("ctg-20")
                .withTerritory(inSete), change("20"));
        int twenty = probe.roundTrips();
        probe.reset();
        Convention big = repository.save(ImmutableConvention.copyOf(SampleConventions.withActions(200)).withId("ctg-200")
                .withTerritory(inSete), change("200"));
        int twoHundred = probe.roundTrips();
        int connections = probe.connections();
        probe.reset();
        repository.save(big, change("mise à jour"));

        assertThat(twoHundred).isEqualTo(ROUND_TRIPS_PER_CREATION).isEqualTo(twenty);
        assertThat(probe.roundTrips()).as("an update").isEqualTo(MAX_ROUND_TRIPS_PER_SAVE);
        assertThat(connections).isEqualTo(1);
    }

    @Test
    void aFailureAtAnyRoundTripOfASaveLeavesNothingPartial() {
        Convention stored = repository.save(SampleConventions.maximal(), change("création"));
        Convention update = ImmutableConvention.copyOf(stored).withTerritory(Territory.builder()
                .addCommuneCode(SampleConventions.SETE).addEpciSiren(Frontignan.EPCI).build());
        Convention created = ImmutableConvention.copyOf(SampleConventions.maximal()).withId("ctg-new");
        Map<String, Integer> before = countRows(stored.getId());

        for (int n = 1; n <= MAX_ROUND_TRIPS_PER_SAVE; n++) {
            probe.failAt(n, ProbeDataSource.injectedError());
            assertThatThrownBy(() -> repository.save(update, change("échoue"))).isInstanceOf(StorageException.class);
            if (n <= ROUND_TRIPS_PER_CREATION) {
                probe.failAt(n, ProbeDataSource.injectedError());
                assertThatThrownBy(() -> repository.save(created, change("échoue"))).isInstanceOf(StorageException.class);
            }
            assertThat(countRows(stored.getId())).as("rows after a failure at round trip " + n).isEqualTo(before);
            assertThat(countRows("ctg-new").values()).as("rows of the new one after failure " + n).containsOnly(0);
        }
        probe.reset();
        assertThat(repository.findById(stored.getId())).contains(stored);
        assertThat(repository.history(stored.getId())).hasSize(1);
        assertThat(repository.save(update, change("réussit")).getVersion()).isEqualTo(2);
    }

    @Test
    void aConnectionLostMidSaveGivesAClearErrorAndNoPartialWrite() {
        Convention stored = repository.save(SampleConventions.maximal(), change("création"));
        Map<String, Integer> before = countRows(stored.getId());

        probe.failAt(4, connectionLoss());
        assertThatThrownBy(() -> repository.save(stored, change("coupure")))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("connection was lost")
                .hasMessageContaining("Nothing was written");

        probe.reset();
        assertThat(countRows(stored.getId())).isEqualTo(before);
        assertThat(repository.findById(stored.getId())).contains(stored);
    }

    @Test
    void aConnectionLostDuringTheCommitRaisesThePublicOutcomeUnknownExceptionForTheCallerToCheck() {
        Convention stored = repository.save(SampleConventions.maximal(), change("création"));
        Convention other = repository.save(ImmutableConvention.copyOf(SampleConventions.maximal()).withId("ctg-other"),
                change("création"));
        assertThat(java.lang.reflect.Modifier.isPublic(CommitOutcomeUnknownException.class.getModifiers())).isTrue();

        probe.failAt(MAX_ROUND_TRIPS_PER_SAVE, connectionLoss()); // the commit
        assertThatThrownBy(() -> repository.save(stored, change("coupure")))
                .isInstanceOf(CommitOutcomeUnknownException.class)
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("may or may not have kept the change");
        // A batch whose commit's outcome is unknown is not saved again one by one: the caller reads first.
        probe.failAt(MAX_ROUND_TRIPS_PER_SAVE, connectionLoss());
        assertThatThrownBy(() -> repository.saveAll(List.of(stored, other), change("coupure")))
                .isInstanceOf(CommitOutcomeUnknownException.class);

        probe.reset();
        // Reading again tells which: here the connection closed before the commit reached the database.
        assertThat(repository.findById(stored.getId())).contains(stored);
        assertThat(repository.findById(other.getId())).contains(other);
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
        assertThat(created).isLessThanOrEqualTo(groups * MAX_ROUND_TRIPS_PER_SAVE);
        assertThat(probe.roundTrips()).isLessThanOrEqualTo(groups * MAX_ROUND_TRIPS_PER_SAVE);
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
        assertThat(race(i -> ImmutableConvention.copyOf(SampleConventions.maximal()).withId("ctg-race").withTitle("Titre " + i)))
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
                        .withValidity(DateRange.of(from.plusMonths(i), from.plusYears(4).plusMonths(i)))
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

    /** Past one page of 64, with older revisions of some stored: one query, each convention as saved last. */
    @Test
    void searchesReadManyConventionsInOneQueryInTheirCurrentRevision() {
        List<Convention> current = new ArrayList<>();
        for (int i = 0; i < ConventionReads.CONVENTIONS_PER_READ + 6; i++) {
            String id = String.format("ctg-m-%02d", i);
            Convention first = repository.save(
                    ImmutableConvention.copyOf(SampleConventions.withActions(1 + i % 12)).withId(id), change("création"));
            current.add(i % 3 == 0
                    ? repository.save(ImmutableConvention.copyOf(first).withTitle("v2 " + i), change("v2"))
                    : first);
        }
        probe.reset();

        assertThat(repository.search(ConventionQuery.all())).containsExactlyElementsOf(current);
        assertThat(probe.roundTrips()).isEqualTo(1);
        try (var all = repository.streamAll()) {
            assertThat(all).containsExactlyElementsOf(current);
        }
    }

    @Test
    void deleteRemovesEveryRowOfEveryRevision() {
        Convention stored = repository.save(SampleConventions.maximal(), change("création"));
        repository.save(stored, change("deuxième"));
        Convention other = repository.save(ImmutableConvention.copyOf(SampleConventions.maximal()).withId("ctg-keep"),
                change("autre"));
        Map<String, Integer> kept = countRows(other.getId());

        repository.delete(stored.getId(), 2);

        assertThat(countRows(stored.getId()).values()).containsOnly(0);
        assertThat(countRows(other.getId())).isEqualTo(kept);
        assertThat(repository.history(stored.getId())).isEmpty();
    }

    /** A save in the host's transaction is the host's to commit or roll back: ctg neither commits nor closes. */
    @Test
    void aSaveInTheHostsTransactionIsUndoneByItsRollback() throws SQLException {
        try (Connection host = dataSource.getConnection()) {
            host.setAutoCommit(false);
            JdbcConventionRepository joined = JdbcConventionRepository.builder(dataSource)
                    .connectionProvider(new HostConnection(host)).build();

            Convention saved = joined.save(SampleConventions.maximal(), change("dans la transaction de l'hôte"));
            assertThat(joined.findById(saved.getId())).as("seen inside the host's transaction").contains(saved);
            host.rollback();
            assertThat(repository.findById(saved.getId())).as("undone by the host's rollback").isEmpty();
            assertThat(host.isClosed()).isFalse();
            assertThat(host.getAutoCommit()).isFalse();

            List<Convention> both = joined.saveAll(List.of(Frontignan.draft(), SampleConventions.maximal()),
                    change("gardées"));
            assertThat(repository.findById(Frontignan.ID)).as("not committed by ctg").isEmpty();
            host.commit();
            assertThat(repository.findById(Frontignan.ID)).contains(both.get(0));
            assertThat(repository.findById(SampleConventions.MAXIMAL_ID)).contains(both.get(1));
        }
    }

    /** The host's one connection, in its transaction. */
    private record HostConnection(Connection connection) implements ConnectionProvider {
        @Override
        public Connection acquire() {
            return connection;
        }

        @Override
        public void release(Connection c) {
            // the host's to close
        }

        @Override
        public boolean inHostTransaction(Connection c) throws SQLException {
            return !c.getAutoCommit();
        }
    }

    @Test
    void migrationAndUseNeedOneConnectionAtATime() {
        TestDatabase other = database();
        try {
            ProbeDataSource one = new ProbeDataSource(other.newDataSource());
            one.reset();
            JdbcConventionRepository fresh = JdbcConventionRepository.builder(one.dataSource()).build();
            Convention saved = fresh.save(SampleConventions.maximal(), change("création"));
            fresh.saveAll(List.of(Frontignan.draft()), change("import"));
            assertThat(fresh.search(ConventionQuery.all())).hasSize(2).contains(saved);

            assertThat(one.mostOpenAtOnce()).isEqualTo(1);
        } finally {
            other.close();
        }
    }

    /** Rows of a convention (all revisions) per table. */
    protected Map<String, Integer> countRows(String id) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String table : TABLES) {
                String column = table.equals("convention") ? "id" : "convention_id";
                try (PreparedStatement s = c.prepareStatement(
                        "SELECT COUNT(*) FROM " + repository.tableName(table) + " WHERE " + column + " = ?")) {
                    s.setString(1, id);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        counts.put(table, rs.getInt(1));
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return counts;
    }

    private boolean signed(String id) throws SQLException {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT is_signed FROM " + repository.tableName("convention") + " WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet rs = s.executeQuery()) {
                assertThat(rs.next()).isTrue();
                return rs.getBoolean(1);
            }
        }
    }

    /** The rows of {@code sql} with one parameter, each as its columns joined by "|". */
    protected List<String> query(String sql, String parameter) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, parameter);
            try (ResultSet rs = s.executeQuery()) {
                int columns = rs.getMetaData().getColumnCount();
                while (rs.next()) {
                    List<String> values = new ArrayList<>();
                    for (int i = 1; i <= columns; i++) {
                        values.add(String.valueOf(rs.getString(i)));
                    }
                    rows.add(String.join("|", values));
                }
            }
        }
        return rows;
    }
}
