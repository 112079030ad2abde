package io.github.ctglib.testsupport;

import static io.github.ctglib.testsupport.SampleConventions.frontignan;
import static io.github.ctglib.testsupport.SampleConventions.variant;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.ctglib.actionplan.BudgetLine;
import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Termination;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.ImmutableConventionQuery;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.vocabulary.ActionField;
import io.github.ctglib.vocabulary.DateRange;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.assertj.core.presentation.Representation;
import org.assertj.core.presentation.StandardRepresentation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every {@link ConventionRepository} adapter must pass: one suite, so that the JSON files, the
 * database and the in-memory reference all behave the same. An adapter's test extends it and says how to
 * open a fresh, empty repository:
 *
 * <pre>{@code
 * class JsonFileConventionRepositoryTest extends ConventionRepositoryContract {
 *     @TempDir Path dir;
 *     protected ConventionRepository repository() { return new JsonFileConventionRepository(dir); }
 * }
 * }</pre>
 *
 * <p>{@link #repository()} is called once before each test and must return an <strong>empty</strong> store
 * of its own (a new temporary directory, a truncated or new schema): the suite checks that it starts empty.
 * Release what it holds in {@link #afterEach()}. Tests are independent, deterministic and fast; the one
 * concurrent test only needs the repository to be thread-safe, as the port requires.
 *
 * <p>Besides the port's Javadoc, the suite pins down what "stored" means:
 * <ul>
 *   <li>a convention comes back {@code equals} to what was saved, by every read ({@code findById},
 *       {@code findRevision}, {@code search}, {@code streamAll}): every field, every optional part, every
 *       list in its order, text verbatim in every script (no trimming, no re-encoding, no normalisation of
 *       line breaks) and decimals with their <strong>scale as given</strong>: budget amounts are in cents
 *       ({@code 12.00}, the model normalises them), other figures keep theirs ({@code 29} and {@code 29.0} are
 *       two values);</li>
 *   <li>{@link Change#at()} is kept at least to the millisecond; history is ordered by version, whatever the
 *       instants say;</li>
 *   <li>"ordered by id" is the order of {@link String#compareTo} (character codes: {@code -} {@code .}
 *       digits, {@code _}, lower case), e.g. {@code COLLATE "C"}, never a locale's collation;</li>
 *   <li>a deleted id can be created again, from version 1;</li>
 *   <li>{@code saveAll} keeps the conventions saved before a failure;</li>
 *   <li>restoring over a stored id conflicts as a save at version 0 would (expected 0, actual the stored
 *       version).</li>
 * </ul>
 */
public abstract class ConventionRepositoryContract {

    private static final Instant FIRST_CHANGE = Instant.parse("2024-03-06T09:15:30.123Z");
    private static final int RACE_ROUNDS = 20;
    private static final long RACE_TIMEOUT_SECONDS = 10;
    private static final Representation VISIBLE_TEXT = new VisibleText();
    private static final Comparator<Convention> BY_ID = Comparator.comparing(Convention::getId);

    /** Sète Agglopôle Méditerranée (Frontignan's EPCI), and the EPCIs of the other search fixtures. */
    private static final String SETE_AGGLOPOLE = Frontignan.EPCI;
    private static final String NIMES_METROPOLE = "243000643";
    private static final String MONTPELLIER_METROPOLE = "243400017";
    private static final String PAYS_AJACCIEN = "242010056";
    private static final String CINOR = "249740119";

    private static final String AJACCIO_CLOSED = "ctg-2a-ajaccio-2018";
    private static final String NIMES_SIGNED = "ctg-30-nimes-2022";
    private static final String FRONTIGNAN_SIGNED = "ctg-34-frontignan-2023";
    private static final String FRONTIGNAN_UNSIGNED = "ctg-34-frontignan-2028";
    private static final String MONTPELLIER_UPCOMING = "ctg-34-montpellier-2026";
    private static final String SETE_TERMINATED = "ctg-34-sete-agglo-2021";
    private static final String SAINT_DENIS_EVALUATED = "ctg-974-saint-denis-2020";
    /** The first day the terminated fixture no longer applies. */
    private static final LocalDate SETE_TERMINATION = LocalDate.of(2024, 7, 1);

    private ConventionRepository store;
    /** The search fixtures as stored (the values save returned), by id. */
    private final Map<String, Convention> searchFixtures = new TreeMap<>();

    /** For an adapter's test class, which extends this suite. */
    protected ConventionRepositoryContract() {}

    /**
     * A new, empty repository for one test: its own temporary directory, a new or truncated schema. Called
     * once before each test.
     *
     * @return the repository under test, empty
     */
    protected abstract ConventionRepository repository();

    /** Releases what {@link #repository()} opened (connections, files); nothing by default. */
    protected void afterEach() {}

    /** Opens the test's repository and checks that it is empty. */
    @BeforeEach
    protected final void openEmptyRepository() {
        searchFixtures.clear(); // an adapter's test may share one instance between tests (PER_CLASS)
        store = Objects.requireNonNull(repository(), "repository() returned null: return a new, empty repository");
        assertThat(storedIds()).as("repository() must return an empty repository for each test").isEmpty();
    }

    /** Calls {@link #afterEach()}. */
    @AfterEach
    protected final void releaseRepository() {
        afterEach();
    }

    // ---------------------------------------------------------------- saving and finding

    @Test
    void createsAConventionAtVersionOneAndFindsItBackEqual() {
        Convention saved = store.save(frontignan(), change(1));

        assertSameConvention(saved, atVersion(frontignan(), 1));
        assertStoredExactly(saved);
    }

    @Test
    void findsNothingUnderAnUnknownId() {
        save(frontignan(), change(1));

        assertThat(store.findById("ctg-34-unknown")).isEmpty();
    }

    @Test
    void keepsEveryPartOfAMaximalConvention() {
        assertStoredExactly(save(SampleConventions.maximal(), change(1)));
    }

    @Test
    void keepsAPlanOfTwoHundredActions() {
        Convention saved = save(SampleConventions.withActions(200), change(1));

        assertThat(saved.getActions()).hasSize(200);
        assertStoredExactly(saved);
    }

    @Test
    void keepsTextInEveryScriptVerbatim() {
        Convention given = SampleConventions.inEveryScript();
        Convention saved = save(given, change(1));

        Convention found = findById(given.getId());
        assertThat(found.getTitle()).withRepresentation(VISIBLE_TEXT).isEqualTo(given.getTitle());
        assertThat(found.getActions().get(0).getObjectives()).withRepresentation(VISIBLE_TEXT)
                .isEqualTo(given.getActions().get(0).getObjectives());
        assertStoredExactly(saved);
    }

    @Test
    void keepsAmountsExactInCents() {
        save(SampleConventions.withExactAmounts(), change(1));

        List<BigDecimal> amounts = findById(SampleConventions.EXACT_AMOUNTS_ID).getActions().get(0).getBudget()
                .stream().map(BudgetLine::getAmount).collect(Collectors.toList());
        assertThat(amounts).hasSameSizeAs(SampleConventions.EXACT_AMOUNTS);
        for (int i = 0; i < amounts.size(); i++) {
            // The model keeps money in cents: 12 is built as 12.00, and must come back so.
            BigDecimal given = new BigDecimal(SampleConventions.EXACT_AMOUNTS.get(i)).setScale(2);
            assertThat(amounts.get(i)).as("amount %s", given).isEqualByComparingTo(given).isEqualTo(given);
            assertThat(amounts.get(i).toPlainString()).isEqualTo(given.toPlainString());
        }
        assertStoredExactly(atVersion(SampleConventions.withExactAmounts(), 1));
    }

    @Test
    void updateStoresTheNextVersion() {
        Convention first = save(frontignan(), change(1));
        Convention changed = ImmutableConvention.copyOf(first)
                .withTitle("Convention territoriale globale de Frontignan — signée")
                .withStage(Stage.SIGNED)
                .withSignatureDate(Frontignan.SIGNATURE_DATE)
                .withActions(SampleConventions.withActions(3).getActions());

        Convention second = store.save(changed, change(2));

        assertSameConvention(second, atVersion(changed, 2));
        assertStoredExactly(second);
        assertSameConvention(findRevision(Frontignan.ID, 1), first);
    }

    @Test
    void updateLeavesNothingOfTheRemovedParts() {
        Convention maximal = save(SampleConventions.maximal(), change(1));
        Convention stripped = atVersion(ImmutableConvention.copyOf(frontignan()).withId(maximal.getId()), 1);

        assertStoredExactly(save(stripped, change(2)));
    }

    @Test
    void saveAllStoresEachConventionAtVersionOne() {
        List<Convention> conventions = List.of(SampleConventions.maximal(), frontignan(),
                SampleConventions.withActions(5));

        List<Convention> saved = store.saveAll(conventions, change(1));

        assertSameConventions(saved, conventions.stream().map(c -> atVersion(c, 1)).collect(Collectors.toList()));
        saved.forEach(this::assertStoredExactly);
        assertThat(store.history(Frontignan.ID)).containsExactly(revision(1, change(1)));
    }

    @Test
    void saveAllKeepsTheConventionsSavedBeforeAFailure() {
        Convention existing = save(frontignan(), change(1));
        Convention before = variant("ctg-34-before").build();

        assertConflict(() -> store.saveAll(List.of(before, frontignan(), variant("ctg-34-after").build()), change(2)),
                Frontignan.ID, 0, 1);

        assertStoredExactly(atVersion(before, 1));
        assertStoredExactly(existing);
    }

    @Test
    void streamAllGivesEveryConventionOrderedById() {
        storeSearchFixtures();

        assertSameConventions(streamAll(), List.copyOf(searchFixtures.values()));
    }

    @Test
    void ordersIdsByTheirCharacterCodes() {
        for (String id : List.of("b-2", "a_1", "b-10", "a.1", "0-z", "a-1", "a1", "9")) {
            save(variant(id).build(), change(1));
        }
        List<String> expected = List.of("0-z", "9", "a-1", "a.1", "a1", "a_1", "b-10", "b-2");

        assertThat(storedIds()).isEqualTo(expected);
        assertThat(store.search(ConventionQuery.all())).extracting(Convention::getId).isEqualTo(expected);
        assertThat(store.search(ConventionQuery.byCommune(Frontignan.COMMUNE))).extracting(Convention::getId)
                .isEqualTo(expected);
    }


    // ---------------------------------------------------------------- searching

    @Test
    void searchForAllGivesEveryConventionOrderedById() {
        storeSearchFixtures();

        assertSearch(ConventionQuery.all(), AJACCIO_CLOSED, NIMES_SIGNED, FRONTIGNAN_SIGNED, FRONTIGNAN_UNSIGNED,
                MONTPELLIER_UPCOMING, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
    }

    @Test
    void searchesByCafDepartement() {
        storeSearchFixtures();

        assertSearch(query().cafDepartement("34").build(), FRONTIGNAN_SIGNED, FRONTIGNAN_UNSIGNED,
                MONTPELLIER_UPCOMING, SETE_TERMINATED);
        assertSearch(query().cafDepartement("2A").build(), AJACCIO_CLOSED);
        assertSearch(query().cafDepartement("974").build(), SAINT_DENIS_EVALUATED);
        assertSearch(query().cafDepartement("13").build());
    }

    @Test
    void searchesByCommuneAmongAllTheCommunesCovered() {
        storeSearchFixtures();

        assertSearch(ConventionQuery.byCommune(Frontignan.COMMUNE), FRONTIGNAN_SIGNED, FRONTIGNAN_UNSIGNED,
                SETE_TERMINATED);
        assertSearch(ConventionQuery.byCommune(SampleConventions.SETE), SETE_TERMINATED);
        assertSearch(ConventionQuery.byCommune("2A004"), AJACCIO_CLOSED);
        assertSearch(ConventionQuery.byCommune("01001"));
    }

    @Test
    void searchesByEpci() {
        storeSearchFixtures();

        assertSearch(query().epciSiren(SETE_AGGLOPOLE).build(), SETE_TERMINATED);
        assertSearch(query().epciSiren(NIMES_METROPOLE).build(), NIMES_SIGNED);
        assertSearch(query().epciSiren("200000172").build());
    }

    /** A territory of several EPCIs is found by each of them (ConventionQuery.matches: any of its EPCIs). */
    @Test
    void searchesByEpciFindATerritoryOfSeveralByEachOfThem() {
        saveFixture(variant("ctg-34-two-epcis").communes(Frontignan.COMMUNE, SampleConventions.FABREGUES)
                .epci(SETE_AGGLOPOLE).epci(MONTPELLIER_METROPOLE).stage(Stage.SIGNED).build());
        saveFixture(variant(MONTPELLIER_UPCOMING).communes("34172").epci(MONTPELLIER_METROPOLE).build());

        assertSearch(query().epciSiren(SETE_AGGLOPOLE).build(), "ctg-34-two-epcis");
        assertSearch(query().epciSiren(MONTPELLIER_METROPOLE).build(), MONTPELLIER_UPCOMING, "ctg-34-two-epcis");
        assertSearch(query().epciSiren(MONTPELLIER_METROPOLE).communeCode("34172").build(), MONTPELLIER_UPCOMING);
        assertSearch(query().epciSiren(NIMES_METROPOLE).build());
    }

    @Test
    void searchesByStage() {
        storeSearchFixtures();

        assertSearch(query().stage(Stage.SIGNED).build(), NIMES_SIGNED, FRONTIGNAN_SIGNED, MONTPELLIER_UPCOMING);
        assertSearch(query().stage(Stage.TERMINATED).build(), SETE_TERMINATED);
        assertSearch(query().stage(Stage.IN_PREPARATION).build(), FRONTIGNAN_UNSIGNED);
        assertSearch(query().stage(Stage.CLOSED).build(), AJACCIO_CLOSED);
        assertSearch(query().stage(Stage.EVALUATION).build(), SAINT_DENIS_EVALUATED);
        assertSearch(query().stage(Stage.AWAITING_SIGNATURES).build());
    }

    @Test
    void searchesConventionsInForceOnADay() {
        storeSearchFixtures();

        assertSearch(inForceOn(2021, 6, 1), AJACCIO_CLOSED, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
        assertSearch(inForceOn(2024, 6, 30), NIMES_SIGNED, FRONTIGNAN_SIGNED, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
        assertSearch(inForceOn(2017, 12, 31));
    }

    @Test
    void inForceIncludesTheFirstAndLastDaysOfValidity() {
        storeSearchFixtures();

        assertSearch(inForceOn(2022, 12, 31), NIMES_SIGNED, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
        assertSearch(inForceOn(2023, 1, 1), NIMES_SIGNED, FRONTIGNAN_SIGNED, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
        assertSearch(inForceOn(2027, 12, 31), FRONTIGNAN_SIGNED, MONTPELLIER_UPCOMING);
        assertSearch(inForceOn(2028, 1, 1), MONTPELLIER_UPCOMING);
    }

    @Test
    void aTerminatedConventionIsInForceOnlyBeforeItsTerminationDate() {
        storeSearchFixtures();
        ConventionQuery onTheSeteCommune = ConventionQuery.byCommune(SampleConventions.SETE);

        assertSearch(inForceOn(onTheSeteCommune, LocalDate.of(2021, 1, 1)), SETE_TERMINATED);
        assertSearch(inForceOn(onTheSeteCommune, SETE_TERMINATION.minusDays(1)), SETE_TERMINATED);
        assertSearch(inForceOn(onTheSeteCommune, SETE_TERMINATION));
        assertSearch(inForceOn(onTheSeteCommune, LocalDate.of(2025, 12, 31)));
    }

    @Test
    void anUnsignedConventionIsNeverInForce() {
        storeSearchFixtures();

        assertSearch(inForceOn(2028, 1, 1), MONTPELLIER_UPCOMING);
        assertSearch(inForceOn(2030, 6, 15), MONTPELLIER_UPCOMING);
        assertSearch(inForceOn(2032, 12, 31));
    }

    @Test
    void searchesConventionsEndingBetweenTwoDaysIncluded() {
        storeSearchFixtures();

        assertSearch(endingBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2025, 12, 31)), NIMES_SIGNED,
                SETE_TERMINATED, SAINT_DENIS_EVALUATED);
        assertSearch(endingBetween(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31)), SAINT_DENIS_EVALUATED);
        assertSearch(endingBetween(LocalDate.of(2025, 12, 31), LocalDate.of(2025, 12, 31)), NIMES_SIGNED,
                SETE_TERMINATED);
        assertSearch(endingBetween(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 30)));
    }

    @Test
    void searchesConventionsEndingFromOrUntilADay() {
        storeSearchFixtures();

        assertSearch(query().endingFrom(LocalDate.of(2027, 12, 31)).build(), FRONTIGNAN_SIGNED, FRONTIGNAN_UNSIGNED,
                MONTPELLIER_UPCOMING);
        assertSearch(query().endingTo(LocalDate.of(2021, 12, 31)).build(), AJACCIO_CLOSED);
        assertSearch(query().endingTo(LocalDate.of(2021, 12, 30)).build());
    }

    @Test
    void searchesByFieldOfAction() {
        storeSearchFixtures();

        assertSearch(query().field(ActionField.EARLY_CHILDHOOD).build(), FRONTIGNAN_SIGNED, FRONTIGNAN_UNSIGNED);
        assertSearch(query().field(ActionField.YOUTH).build(), FRONTIGNAN_SIGNED);
        assertSearch(query().field(ActionField.OTHER).build(), SETE_TERMINATED);
        assertSearch(query().field(ActionField.DIGITAL_INCLUSION).build(), SAINT_DENIS_EVALUATED);
        assertSearch(query().field(ActionField.DISABILITY).build());
    }

    @Test
    void searchesWithEveryCriterionAtOnce() {
        storeSearchFixtures();

        assertSearch(query().cafDepartement("34").communeCode(Frontignan.COMMUNE).build(), FRONTIGNAN_SIGNED,
                FRONTIGNAN_UNSIGNED, SETE_TERMINATED);
        assertSearch(query().cafDepartement("34").communeCode(Frontignan.COMMUNE).stage(Stage.SIGNED)
                        .inForceOn(LocalDate.of(2024, 1, 1)).field(ActionField.YOUTH)
                        .endingFrom(LocalDate.of(2027, 1, 1)).endingTo(LocalDate.of(2027, 12, 31)).build(),
                FRONTIGNAN_SIGNED);
        assertSearch(query().cafDepartement("30").field(ActionField.YOUTH).build());
        assertSearch(query().epciSiren(SETE_AGGLOPOLE).inForceOn(SETE_TERMINATION).build());
    }

    @Test
    void searchLooksAtTheCurrentRevisionOnly() {
        storeSearchFixtures();
        Convention signed = searchFixtures.get(FRONTIGNAN_SIGNED);
        saveFixture(ImmutableConvention.copyOf(signed).withStage(Stage.TERMINATED)
                .withTermination(Termination.of(LocalDate.of(2024, 1, 1), "Renouvellement anticipé")));

        assertSearch(query().stage(Stage.SIGNED).build(), NIMES_SIGNED, MONTPELLIER_UPCOMING);
        assertSearch(query().stage(Stage.TERMINATED).build(), FRONTIGNAN_SIGNED, SETE_TERMINATED);
        assertSearch(inForceOn(2024, 6, 30), NIMES_SIGNED, SETE_TERMINATED, SAINT_DENIS_EVALUATED);
    }

    // ---------------------------------------------------------------- optimistic concurrency

    @Test
    void savingAStaleVersionConflictsAndWritesNothing() {
        Convention first = save(frontignan(), change(1));
        Convention second = save(retitled(first, "Deuxième version"), change(2));

        assertConflict(() -> store.save(retitled(first, "Version concurrente"), change(3)), Frontignan.ID, 1, 2);

        assertStoredExactly(second);
        assertThat(store.history(Frontignan.ID)).containsExactly(revision(1, change(1)), revision(2, change(2)));
    }

    @Test
    void creatingAnIdAlreadyStoredConflicts() {
        Convention stored = save(frontignan(), change(1));

        assertConflict(() -> store.save(retitled(frontignan(), "Homonyme"), change(2)), Frontignan.ID, 0, 1);

        assertStoredExactly(stored);
        assertThat(store.history(Frontignan.ID)).containsExactly(revision(1, change(1)));
    }

    @Test
    void savingAVersionOfAMissingConventionConflicts() {
        assertConflict(() -> store.save(atVersion(frontignan(), 5), change(1)), Frontignan.ID, 5, 0);

        assertNothingStoredUnder(Frontignan.ID);
    }

    @Test
    void concurrentSavesOfOneVersionLetExactlyOneWin() throws Exception {
        Convention current = save(frontignan(), change(0));
        ExecutorService racers = Executors.newFixedThreadPool(2);
        try {
            for (int round = 1; round <= RACE_ROUNDS; round++) {
                CyclicBarrier start = new CyclicBarrier(2);
                List<Future<Convention>> saves = List.of(
                        racers.submit(racer(retitled(current, "Version A" + round), change(round), start)),
                        racers.submit(racer(retitled(current, "Version B" + round), change(round), start)));
                List<Convention> winners = new ArrayList<>();
                List<Throwable> failures = new ArrayList<>();
                for (Future<Convention> save : saves) {
                    try {
                        winners.add(save.get(RACE_TIMEOUT_SECONDS, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        failures.add(e.getCause());
                    }
                }
                long raced = current.getVersion();
                assertThat(winners).as("winners of round %d", round).extracting(Convention::getTitle).hasSize(1);
                assertThat(failures).as("losers of round %d", round).singleElement()
                        .isInstanceOfSatisfying(ConcurrencyConflictException.class,
                                e -> assertConflictNames(e, Frontignan.ID, raced, raced + 1));
                current = winners.get(0);
                assertThat(current.getVersion()).isEqualTo(raced + 1);
                assertSameConvention(findById(Frontignan.ID), current);
            }
        } finally {
            racers.shutdownNow();
        }
        assertThat(store.history(Frontignan.ID)).extracting(Revision::version)
                .isEqualTo(LongStream.rangeClosed(1, RACE_ROUNDS + 1).boxed().collect(Collectors.toList()));
    }

    // ---------------------------------------------------------------- history

    @Test
    void historyKeepsEveryRevisionInVersionOrder() {
        // Clocks of different machines disagree: the third change is dated before the others, yet comes last.
        List<Change> changes = List.of(
                new Change("agent:m.dupont", FIRST_CHANGE, "Création"),
                new Change("système:import", FIRST_CHANGE.plusMillis(1),
                        "Ajout de la fiche « 7.1 » ; l'actualisation\n👨‍👩‍👧 \"ludothèque\" -- /* */ \\"),
                new Change("agent:ç.œ", Instant.parse("1999-12-31T23:59:59.999Z"), ""));
        Convention current = frontignan();
        for (Change change : changes) {
            current = save(retitled(current, "Titre après : " + change.summary()), change);
        }

        assertThat(store.history(Frontignan.ID))
                .containsExactly(revision(1, changes.get(0)), revision(2, changes.get(1)), revision(3, changes.get(2)));
    }

    @Test
    void findRevisionGivesEachEarlierStateExactly() {
        Convention first = save(SampleConventions.maximal(), change(1));
        Convention second = save(ImmutableConvention.copyOf(first).withActions(List.of())
                .withEvaluation(Optional.empty()), change(2));
        Convention third = save(retitled(second, "Troisième version"), change(3));

        assertSameConvention(findRevision(first.getId(), 1), first);
        assertSameConvention(findRevision(first.getId(), 2), second);
        assertSameConvention(findRevision(first.getId(), 3), third);
        assertThat(store.findRevision(first.getId(), 0)).isEmpty();
        assertThat(store.findRevision(first.getId(), 4)).isEmpty();
    }

    @Test
    void historyOfAnUnknownIdIsEmpty() {
        save(frontignan(), change(1));

        assertThat(store.history("ctg-34-unknown")).isEmpty();
        assertThat(store.findRevision("ctg-34-unknown", 1)).isEmpty();
    }

    // ---------------------------------------------------------------- deleting

    @Test
    void deletingAnUnknownIdFails() {
        save(frontignan(), change(1));

        assertThatThrownBy(() -> store.delete("ctg-34-unknown", 1))
                .isInstanceOfSatisfying(ConventionNotFoundException.class,
                        e -> assertThat(e.conventionId()).isEqualTo("ctg-34-unknown"));
    }

    @Test
    void deletingAnotherVersionConflictsAndKeepsTheConvention() {
        Convention first = save(frontignan(), change(1));
        Convention second = save(retitled(first, "Deuxième version"), change(2));

        assertConflict(() -> store.delete(Frontignan.ID, 1), Frontignan.ID, 1, 2);

        assertStoredExactly(second);
        assertThat(store.history(Frontignan.ID)).hasSize(2);
    }

    @Test
    void deletingRemovesTheConventionAndItsHistory() {
        Convention first = save(frontignan(), change(1));
        save(retitled(first, "Deuxième version"), change(2));
        Convention other = save(SampleConventions.maximal(), change(3));

        store.delete(Frontignan.ID, 2);

        assertNothingStoredUnder(Frontignan.ID);
        assertThat(store.findRevision(Frontignan.ID, 1)).isEmpty();
        assertThat(store.search(ConventionQuery.byCommune(Frontignan.COMMUNE))).extracting(Convention::getId)
                .containsExactly(other.getId());
        assertStoredExactly(other);
    }

    @Test
    void aDeletedIdCanBeCreatedAgain() {
        save(frontignan(), change(1));
        store.delete(Frontignan.ID, 1);

        Convention again = save(retitled(frontignan(), "Nouvelle convention"), change(2));

        assertThat(again.getVersion()).isEqualTo(1);
        assertStoredExactly(again);
        assertThat(store.history(Frontignan.ID)).containsExactly(revision(1, change(2)));
    }

    // ---------------------------------------------------------------- unsafe ids

    @ParameterizedTest(name = "unsafe id {0}")
    @MethodSource("io.github.ctglib.testsupport.ConventionRepositoryContract#unsafeIds")
    void readsAndDeleteRefuseAnUnsafeId(String id) {
        assertThatIllegalArgumentException().isThrownBy(() -> store.findById(id));
        assertThatIllegalArgumentException().isThrownBy(() -> store.history(id));
        assertThatIllegalArgumentException().isThrownBy(() -> store.findRevision(id, 1));
        assertThatIllegalArgumentException().isThrownBy(() -> store.delete(id, 1));
    }

    @ParameterizedTest(name = "unsafe id {0}")
    @MethodSource("io.github.ctglib.testsupport.ConventionRepositoryContract#unsafeIdsOfBuildableConventions")
    void writesRefuseAnUnsafeIdAndStoreNothing(String id) {
        Convention unsafe = ImmutableConvention.copyOf(frontignan()).withId(id);

        assertThatIllegalArgumentException().isThrownBy(() -> store.save(unsafe, change(1)));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> store.restore(List.of(storedRevision(1, unsafe, change(1)))));
        assertThat(streamAll()).isEmpty();
    }

    /** {@return {@link SampleConventions#UNSAFE_IDS}, each named printably} */
    protected static Stream<Named<String>> unsafeIds() {
        return SampleConventions.UNSAFE_IDS.stream().map(id -> Named.of(printable(id), id));
    }

    /** {@return the unsafe ids a convention can be built with (a blank id fails when building)} */
    protected static Stream<Named<String>> unsafeIdsOfBuildableConventions() {
        return unsafeIds().filter(id -> !id.getPayload().isBlank());
    }

    // ---------------------------------------------------------------- restoring

    @Test
    void restoreRecreatesEveryRevision() {
        List<StoredRevision> revisions = threeRevisions();

        store.restore(revisions);

        assertThat(store.history(Frontignan.ID))
                .isEqualTo(revisions.stream().map(StoredRevision::revision).collect(Collectors.toList()));
        for (StoredRevision revision : revisions) {
            assertSameConvention(findRevision(Frontignan.ID, revision.revision().version()), revision.convention());
        }
        assertStoredExactly(revisions.get(2).convention());
    }

    @Test
    void aRestoredConventionGoesOnFromItsLastVersion() {
        List<StoredRevision> revisions = threeRevisions();
        store.restore(revisions);

        Convention fourth = save(retitled(revisions.get(2).convention(), "Après la copie"), change(4));

        assertThat(fourth.getVersion()).isEqualTo(4);
        assertStoredExactly(fourth);
        assertThat(store.history(Frontignan.ID)).extracting(Revision::version).containsExactly(1L, 2L, 3L, 4L);
    }

    @Test
    void restoringAnIdAlreadyStoredConflicts() {
        Convention stored = save(frontignan(), change(1));

        assertConflict(() -> store.restore(threeRevisions()), Frontignan.ID, 0, 1);

        assertStoredExactly(stored);
        assertThat(store.history(Frontignan.ID)).containsExactly(revision(1, change(1)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.ctglib.testsupport.ConventionRepositoryContract#incompleteHistories")
    void restoreRefusesAnIncompleteHistory(List<StoredRevision> revisions) {
        assertThatIllegalArgumentException().isThrownBy(() -> store.restore(revisions));

        assertThat(streamAll()).isEmpty();
    }

    /**
     * {@return histories {@link ConventionRepository#restore} must refuse: empty, with a gap, mixing
     * conventions…}
     */
    protected static Stream<Named<List<StoredRevision>>> incompleteHistories() {
        Convention convention = frontignan();
        StoredRevision first = storedRevision(1, convention, change(1));
        StoredRevision second = storedRevision(2, convention, change(2));
        StoredRevision third = storedRevision(3, convention, change(3));
        return Stream.of(
                Named.of("no revision", List.of()),
                Named.of("a gap: 1, 3", List.of(first, third)),
                Named.of("not from 1: 2, 3", List.of(second, third)),
                Named.of("twice 1", List.of(first, first)),
                Named.of("out of order: 2, 1", List.of(second, first)),
                Named.of("two conventions", List.of(first,
                        storedRevision(2, SampleConventions.maximal(), change(2)))));
    }

    // ---------------------------------------------------------------- helpers

    private static ImmutableConventionQuery.Builder query() {
        return ConventionQuery.builder();
    }

    /** Saves the search fixtures, in an order other than their ids'. */
    private void storeSearchFixtures() {
        Stream.of(
                variant(SETE_TERMINATED).communes(SampleConventions.SETE, Frontignan.COMMUNE,
                                SampleConventions.BALARUC_LES_BAINS).epci(SETE_AGGLOPOLE)
                        .validity(DateRange.ofYears(2021, 2025)).terminatedOn(SETE_TERMINATION)
                        .fields(Frontignan.HOUSING, SampleConventions.MOBILITY),
                variant(FRONTIGNAN_SIGNED).stage(Stage.SIGNED).fields(Frontignan.EARLY_CHILDHOOD, Frontignan.YOUTH),
                variant(SAINT_DENIS_EVALUATED).caf("974").communes("97411").epci(CINOR).stage(Stage.EVALUATION)
                        .validity(DateRange.ofYears(2020, 2024))
                        .fields(Frontignan.ACCESS_TO_RIGHTS, Frontignan.DIGITAL_INCLUSION),
                variant(FRONTIGNAN_UNSIGNED).validity(DateRange.ofYears(2028, 2032)).fields(Frontignan.EARLY_CHILDHOOD),
                variant(NIMES_SIGNED).caf("30").communes("30189").epci(NIMES_METROPOLE).stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2022, 2025)).fields(Frontignan.PARENTHOOD),
                variant(MONTPELLIER_UPCOMING).communes("34172").epci(MONTPELLIER_METROPOLE).stage(Stage.SIGNED)
                        .validity(DateRange.ofYears(2026, 2030)).fields(Frontignan.CHILDHOOD),
                variant(AJACCIO_CLOSED).caf("2A").communes("2A004").epci(PAYS_AJACCIEN).stage(Stage.CLOSED)
                        .validity(DateRange.ofYears(2018, 2021)).fields(Frontignan.SOCIAL_LIFE))
                .map(SampleConventions.Variant::build)
                .forEach(this::saveFixture);
    }

    private void saveFixture(Convention convention) {
        Convention saved = save(convention, change(searchFixtures.size() + 1));
        searchFixtures.put(saved.getId(), saved);
    }

    /**
     * The search finds exactly the conventions {@code expectedIds} (in that order), and gives the same
     * answer as {@link ConventionQuery#matches} over every stored fixture.
     */
    private void assertSearch(ConventionQuery query, String... expectedIds) {
        List<Convention> found = store.search(query);
        List<Convention> reference = searchFixtures.values().stream().filter(query::matches).sorted(BY_ID)
                .collect(Collectors.toList());

        assertThat(found).extracting(Convention::getId).as("ids found by %s", query).containsExactly(expectedIds);
        assertSameConventions(found, reference);
    }

    private static ConventionQuery inForceOn(int year, int month, int day) {
        return query().inForceOn(LocalDate.of(year, month, day)).build();
    }

    private static ConventionQuery inForceOn(ConventionQuery narrowed, LocalDate day) {
        return query().from(narrowed).inForceOn(day).build();
    }

    private static ConventionQuery endingBetween(LocalDate from, LocalDate to) {
        return query().endingFrom(from).endingTo(to).build();
    }

    /** {@code expected} comes back equal from every read: by id, as its revision, by search and stream. */
    private void assertStoredExactly(Convention expected) {
        String id = expected.getId();
        assertSameConvention(findById(id), expected);
        assertSameConvention(findRevision(id, expected.getVersion()), expected);
        assertSameConvention(onlyOneWithId(id, store.search(ConventionQuery.all()), "search(all)"), expected);
        assertSameConvention(onlyOneWithId(id, streamAll(), "streamAll()"), expected);
    }

    /**
     * {@code actual} equals {@code expected}; when not, the field-by-field comparison names the differing
     * fields (a whole convention in a failure message is hard to read), with control characters shown.
     */
    private static void assertSameConvention(Convention actual, Convention expected) {
        if (!actual.equals(expected)) {
            assertThat(actual).withRepresentation(VISIBLE_TEXT).usingRecursiveComparison().isEqualTo(expected);
        }
        assertThat(actual).isEqualTo(expected);
    }

    /** Saves {@code convention}, which must succeed and return it at the next version. */
    private Convention save(Convention convention, Change change) {
        Convention saved = store.save(convention, change);
        assertSameConvention(saved, atVersion(convention, convention.getVersion() + 1));
        return saved;
    }

    /** The same conventions in the same order: their ids first, then each convention. */
    private static void assertSameConventions(List<Convention> actual, List<Convention> expected) {
        assertThat(actual).extracting(Convention::getId)
                .isEqualTo(expected.stream().map(Convention::getId).collect(Collectors.toList()));
        for (int i = 0; i < actual.size(); i++) {
            assertSameConvention(actual.get(i), expected.get(i));
        }
    }

    private Convention findById(String id) {
        return store.findById(id).orElseThrow(() -> new AssertionError("findById(" + id + ") is empty"));
    }

    private Convention findRevision(String id, long version) {
        return store.findRevision(id, version)
                .orElseThrow(() -> new AssertionError("findRevision(" + id + ", " + version + ") is empty"));
    }

    private static Convention onlyOneWithId(String id, List<Convention> conventions, String read) {
        List<Convention> withId = conventions.stream().filter(c -> c.getId().equals(id)).collect(Collectors.toList());
        assertThat(withId).as("conventions %s gives with id %s", read, id).extracting(Convention::getVersion)
                .hasSize(1);
        return withId.get(0);
    }

    private void assertNothingStoredUnder(String id) {
        assertThat(store.findById(id)).as("findById(%s)", id).isEmpty();
        assertThat(store.history(id)).as("history(%s)", id).isEmpty();
        assertThat(storedIds()).doesNotContain(id);
        assertThat(store.search(ConventionQuery.all())).extracting(Convention::getId).doesNotContain(id);
    }

    private static void assertConflict(ThrowingCallable write, String id, long expectedVersion, long actualVersion) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConcurrencyConflictException.class,
                e -> assertConflictNames(e, id, expectedVersion, actualVersion));
    }

    private static void assertConflictNames(ConcurrencyConflictException conflict, String id, long expectedVersion,
            long actualVersion) {
        assertThat(conflict.conventionId()).as("conventionId").isEqualTo(id);
        assertThat(conflict.expectedVersion()).as("expectedVersion").isEqualTo(expectedVersion);
        assertThat(conflict.actualVersion()).as("actualVersion").isEqualTo(actualVersion);
    }

    private Callable<Convention> racer(Convention convention, Change change, CyclicBarrier start) {
        return () -> {
            start.await(RACE_TIMEOUT_SECONDS, TimeUnit.SECONDS);
            return store.save(convention, change);
        };
    }

    private List<Convention> streamAll() {
        try (Stream<Convention> all = store.streamAll()) {
            return all.collect(Collectors.toList());
        }
    }

    private List<String> storedIds() {
        return streamAll().stream().map(Convention::getId).collect(Collectors.toList());
    }

    /** Frontignan created, awaiting signatures, then with every part filled: as another store would hold it. */
    private static List<StoredRevision> threeRevisions() {
        Convention created = frontignan();
        return List.of(
                storedRevision(1, created, change(1)),
                storedRevision(2, ImmutableConvention.copyOf(created).withStage(Stage.AWAITING_SIGNATURES), change(2)),
                storedRevision(3, ImmutableConvention.copyOf(SampleConventions.maximal()).withId(Frontignan.ID),
                        change(3)));
    }

    private static StoredRevision storedRevision(long version, Convention convention, Change change) {
        return new StoredRevision(revision(version, change), atVersion(convention, version));
    }

    private static Revision revision(long version, Change change) {
        return new Revision(version, change.at(), change.actor(), change.summary());
    }

    /** The n-th change of a test: a distinct instant, to the millisecond. */
    private static Change change(int n) {
        return new Change("agent:m.dupont", FIRST_CHANGE.plusSeconds(3_600L * n).plusMillis(n), "Révision n° " + n);
    }

    private static Convention atVersion(Convention convention, long version) {
        return ImmutableConvention.copyOf(convention).withVersion(version);
    }

    private static Convention retitled(Convention convention, String title) {
        return ImmutableConvention.copyOf(convention).withTitle(title);
    }

    /** Shows control characters (line breaks, tabs, NUL) in failure messages, where they are invisible. */
    private static final class VisibleText extends StandardRepresentation {
        /** A whole convention is unreadable in a message: the differing fields are listed after it. */
        @Override
        public String toStringOf(Object object) {
            return object instanceof Convention c
                    ? "Convention " + c.getId() + " at version " + c.getVersion()
                    : super.toStringOf(object);
        }

        @Override
        protected String toStringOf(String text) {
            return super.toStringOf(visible(text));
        }
    }

    /** {@code text} with backslashes doubled and control characters escaped: \n, \r, \t, \u0000. */
    private static String visible(String text) {
        StringBuilder shown = new StringBuilder(text.length());
        text.chars().forEach(c -> {
            switch (c) {
                case '\\' -> shown.append("\\\\");
                case '\n' -> shown.append("\\n");
                case '\r' -> shown.append("\\r");
                case '\t' -> shown.append("\\t");
                default -> shown.append(Character.isISOControl(c)
                        ? String.format(Locale.ROOT, "\\u%04x", c) : String.valueOf((char) c));
            }
        });
        return shown.toString();
    }

    private static String printable(String id) {
        if (id.isEmpty()) {
            return "(empty)";
        }
        if (id.length() > 40) {
            return id.substring(0, 8) + "… (" + id.length() + " characters)";
        }
        return visible(id);
    }
}
