package io.github.ctglib.lifecycle;

import static io.github.ctglib.lifecycle.FrontignanJourney.AGENT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.convention.ImmutableSignatory;
import io.github.ctglib.convention.Stage;
import io.github.ctglib.convention.Territory;
import io.github.ctglib.examples.Frontignan;
import io.github.ctglib.ports.Change;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.ConventionRepository;
import io.github.ctglib.ports.InMemoryConventionRepository;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.rules.RuleCodes;
import io.github.ctglib.rules.Violation;
import io.github.ctglib.vocabulary.DateRange;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The import use case: documents judged as of their stage, against the store and each other, all stored or
 * none. The same judgement as the lifecycle's commands, shown here on the document path.
 */
class ConventionImportTest {

    private final FrontignanJourney journey = new FrontignanJourney();
    private final ConventionLifecycle ctg = journey.ctg;

    private static final ImmutableConvention SIGNED = ImmutableConvention.copyOf(Frontignan.signed());
    private static final ImmutableConvention DRAFT = ImmutableConvention.copyOf(Frontignan.draft());

    /** Frontignan signed again as another convention, over the same commune in 2026-2030. */
    private static ImmutableConvention rival(String id) {
        return SIGNED.withId(id).withValidity(DateRange.ofYears(2026, 2030)).withActions(List.of());
    }

    private static IncomingDocument document(String source, Convention convention) {
        return new IncomingDocument(source, convention);
    }

    private ImportRejectedException rejected(List<IncomingDocument> documents) {
        List<String> before = journey.repository.streamAll().map(Convention::getId).toList();
        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> ctg.importDocuments(documents, AGENT));
        assertThat(e).as("expected the import to be rejected").isNotNull();
        assertThat(journey.repository.streamAll().map(Convention::getId).toList()).as("nothing stored")
                .isEqualTo(before);
        return e;
    }

    @Test
    void documentsAreStoredEachAsItsFirstRevisionAtTheStageTheyState() {
        ImportResult result = ctg.importDocuments(List.of(document("frontignan.json", SIGNED.withVersion(7)),
                document("draft.json", DRAFT.withId("ctg-34-frontignan-2028"))), AGENT);

        assertThat(result.stored()).extracting(Convention::getId, Convention::getVersion, Convention::getStage)
                .containsExactly(tuple(Frontignan.ID, 1L, Stage.SIGNED),
                        tuple("ctg-34-frontignan-2028", 1L, Stage.IN_PREPARATION));
        assertThat(journey.repository.history(Frontignan.ID)).containsExactly(new Revision(1,
                Instant.parse("2023-09-01T08:00:00Z"), AGENT, "Imported from frontignan.json"));
    }

    @Test
    void everyViolationOfEveryDocumentIsReportedAtOnce() {
        ImmutableConvention noParenthood = SIGNED.withId("ctg-a").withFields(SIGNED.getFields().stream()
                .filter(f -> !f.equals(Frontignan.PARENTHOOD)).toList()).withActions(List.of());
        ImmutableConvention sevenYears = SIGNED.withId("ctg-b").withValidity(DateRange.ofYears(2023, 2029));

        ImportRejectedException e = rejected(List.of(document("a.json", noParenthood),
                document("ok.json", Frontignan.draft()), document("b.json", sevenYears)));

        assertThat(e.documents()).extracting(DocumentJudgement::source, DocumentJudgement::hasErrors)
                .containsExactly(tuple("a.json", true), tuple("ok.json", false), tuple("b.json", true));
        assertThat(e.documents().get(0).violations()).extracting(Violation::code).contains(RuleCodes.SCOPE);
        assertThat(e.documents().get(2).violations()).extracting(Violation::code).contains(RuleCodes.VALIDITY_LENGTH);
        assertThat(e.getMessage()).contains("a.json", "b.json", "nothing stored").doesNotContain("ok.json");
        assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.SCOPE, RuleCodes.VALIDITY_LENGTH);
    }

    @Test
    void aSignedStageWithoutSignaturesIsRefusedAndCannotBlockAGenuineConvention() {
        ImmutableConvention claimsSigned = ImmutableConvention.copyOf(Frontignan.draft()).withId("ctg-34-claims")
                .withStage(Stage.SIGNED).withSignatureDate(Frontignan.SIGNATURE_DATE);

        ImportRejectedException e = rejected(List.of(document("claims.json", claimsSigned)));

        assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.SIGNED_STAGE_UNSIGNED_PARTY);
        assertThat(journey.signed(Frontignan.draft()).getStage()).isEqualTo(Stage.SIGNED);
    }

    @Nested
    class AgainstTheStore {
        @Test
        void aSignedDocumentOverACommuneCoveredInTheStoreIsRefused() {
            journey.signed(Frontignan.draft());

            ImportRejectedException e = rejected(List.of(document("rival.json", rival("ctg-34-rival"))));

            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                    .contains(tuple(RuleCodes.TERRITORY_TAKEN, "territory.communeCodes[0]"));
            assertThat(journey.repository.search(ConventionQuery.builder().communeCode(Frontignan.COMMUNE)
                    .inForceOn(LocalDate.of(2026, 6, 1)).build())).extracting(Convention::getId)
                    .containsExactly(Frontignan.ID);
        }

        @Test
        void aSignedDocumentThatFollowsWithoutOverlapIsImported() {
            journey.signed(Frontignan.draft());
            ImmutableConvention next = SIGNED.withId("ctg-34-frontignan-2028").withValidity(DateRange.ofYears(2028, 2032))
                    .withActions(List.of()).withPredecessorIds(List.of(Frontignan.ID));

            ImportResult result = ctg.importDocuments(List.of(document("next.json", next)), AGENT);

            assertThat(result.stored()).hasSize(1);
            assertThat(result.documents().get(0).warnings()).extracting(Violation::code)
                    .doesNotContain(RuleCodes.PREDECESSOR_UNKNOWN);
        }

        @Test
        void anUnsignedDocumentOverACoveredCommuneIsImported() {
            journey.signed(Frontignan.draft());
            assertThat(ctg.importDocuments(List.of(document("draft.json", DRAFT.withId("ctg-34-next"))),
                    AGENT).stored()).hasSize(1);
        }

        @Test
        void anIdTheStoreHoldsIsRefused() {
            journey.prepared(Frontignan.draft());
            ImportRejectedException e = rejected(List.of(document("again.json", Frontignan.draft())));
            assertThat(e.violations()).extracting(Violation::code, Violation::path)
                    .contains(tuple(RuleCodes.ALREADY_EXISTS, "id"));
        }

        @Test
        void aPredecessorTheStoreDoesNotHoldIsAWarning() {
            ImportResult result = ctg.importDocuments(List.of(document("next.json",
                    DRAFT.withPredecessorIds(List.of("ctg-34-frontignan-2018")))), AGENT);

            assertThat(result.documents().get(0).warnings()).extracting(Violation::code, Violation::path)
                    .containsExactly(tuple(RuleCodes.PREDECESSOR_UNKNOWN, "predecessorIds"));
        }
    }

    @Nested
    class AmongTheDocuments {
        @Test
        void twoSignedDocumentsOverlappingOnACommuneAreBothRefused() {
            ImportRejectedException e = rejected(List.of(document("a.json", rival("ctg-34-a")),
                    document("b.json", rival("ctg-34-b").withValidity(DateRange.ofYears(2027, 2031)))));

            assertThat(e.documents()).allSatisfy(d -> assertThat(d.violations()).extracting(Violation::code)
                    .contains(RuleCodes.TERRITORY_TAKEN));
        }

        @Test
        void twoDocumentsOfOneIdAreRefused() {
            ImportRejectedException e = rejected(List.of(document("a.json", Frontignan.draft()),
                    document("b.json", Frontignan.draft())));

            assertThat(e.documents().get(1).violations()).extracting(Violation::code, Violation::messageEn)
                    .contains(tuple(RuleCodes.DUPLICATE_IN_IMPORT, "The id " + Frontignan.ID
                            + " is also the id of a.json, imported with it: each convention has its own id."));
            assertThat(e.documents().get(0).hasErrors()).isFalse();
        }

        @Test
        void aPredecessorImportedAlongIsKnown() {
            ImmutableConvention next = rival("ctg-34-frontignan-2028").withValidity(DateRange.ofYears(2028, 2032))
                    .withPredecessorIds(List.of(Frontignan.ID));
            ImportResult result = ctg.importDocuments(List.of(document("old.json", SIGNED),
                    document("next.json", next)), AGENT);
            assertThat(result.documents()).allSatisfy(d -> assertThat(d.warnings()).extracting(Violation::code)
                    .doesNotContain(RuleCodes.PREDECESSOR_UNKNOWN));
        }
    }

    @Test
    void whenTheStoreFailsPartWayWhatWasStoredIsRemovedAgain() {
        FailingOnTheSecondSave failingOnTheSecond = new FailingOnTheSecondSave();
        ConventionLifecycle lifecycle = ConventionLifecycle.builder(failingOnTheSecond).build();

        assertThatThrownBy(() -> lifecycle.importDocuments(List.of(document("a.json", Frontignan.draft()),
                document("b.json", DRAFT.withId("ctg-34-b"))), AGENT))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("b.json", "disk full", "removed again, nothing is imported");
        assertThat(failingOnTheSecond.streamAll()).isEmpty();
    }

    @Test
    void anImportCutShortIsFinishedByRunningItAgain() {
        // The first run stored a.json, then was killed before b.json.
        ctg.importDocuments(List.of(document("a.json", DRAFT)), AGENT);
        List<IncomingDocument> again = List.of(document("a.json", DRAFT), document("b.json", DRAFT.withId("ctg-34-b")));

        ImportResult result = ctg.importDocuments(again, AGENT);

        assertThat(result.resumed()).containsExactly(Frontignan.ID);
        assertThat(result.resumesAnEarlierRun()).isTrue();
        assertThat(result.stored()).extracting(Convention::getId).containsExactly(Frontignan.ID, "ctg-34-b");
        assertThat(journey.repository.history(Frontignan.ID)).hasSize(1);
        assertThat(journey.repository.history("ctg-34-b")).hasSize(1);
    }

    @Test
    void aConventionChangedSinceItsImportIsNotTakenForAnInterruptedRun() {
        ctg.importDocuments(List.of(document("a.json", DRAFT)), AGENT);
        ctg.recordDiagnostic(Frontignan.ID, Frontignan.diagnostic(), AGENT);

        ImportRejectedException e = rejected(List.of(document("a.json", DRAFT)));
        assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.ALREADY_EXISTS);
        ImportRejectedException other = rejected(List.of(document("a.json", DRAFT.withTitle("Autre titre"))));
        assertThat(other.violations()).extracting(Violation::code).contains(RuleCodes.ALREADY_EXISTS);
    }

    @Test
    void historiesAreRestoredByTheSameJudgement() {
        journey.signed(Frontignan.draft());
        List<StoredRevision> history = List.of(new StoredRevision(new Revision(1,
                Instant.parse("2025-01-01T00:00:00Z"), AGENT, "Copied"), rival("ctg-34-rival").withVersion(1)));

        ImportRejectedException e = catchThrowableOfType(ImportRejectedException.class,
                () -> ctg.restoreHistories(List.of(history), List.of("json:old ctg-34-rival")));

        assertThat(e.documents()).extracting(DocumentJudgement::source).containsExactly("json:old ctg-34-rival");
        assertThat(e.violations()).extracting(Violation::code).contains(RuleCodes.TERRITORY_TAKEN);
        assertThat(journey.repository.findById("ctg-34-rival")).isEmpty();
        List<StoredRevision> elsewhere = List.of(new StoredRevision(history.get(0).revision(),
                rival("ctg-34-sete").withTerritory(Territory.ofCommune("34301")).withSignatories(SIGNED.getSignatories()
                        .stream().map(s -> s.getIdentifier().isEmpty() ? s
                                : ImmutableSignatory.copyOf(s).withName("Commune de Sète").withIdentifier("34301"))
                        .toList()).withVersion(1)));
        assertThat(ctg.restoreHistories(List.of(elsewhere), List.of("json:old ctg-34-sete")).stored()).hasSize(1);
        assertThat(journey.repository.history("ctg-34-sete")).hasSize(1);
        assertThat(ctg.restoreHistories(List.of(elsewhere), List.of("json:old ctg-34-sete")).resumed())
                .as("a copy run again recognises what it copied").containsExactly("ctg-34-sete");
    }

    /** A store whose second save fails, as a full disk would. */
    private static final class FailingOnTheSecondSave implements ConventionRepository {
        private final InMemoryConventionRepository stored = new InMemoryConventionRepository();
        private int saves;

        @Override
        public Convention save(Convention convention, Change change) {
            if (++saves == 2) {
                throw new StorageException("disk full");
            }
            return stored.save(convention, change);
        }

        @Override
        public Optional<Convention> findById(String id) {
            return stored.findById(id);
        }

        @Override
        public void delete(String id, long expectedVersion) {
            stored.delete(id, expectedVersion);
        }

        @Override
        public List<Convention> search(ConventionQuery query) {
            return stored.search(query);
        }

        @Override
        public Stream<Convention> streamAll() {
            return stored.streamAll();
        }

        @Override
        public List<Revision> history(String id) {
            return stored.history(id);
        }

        @Override
        public Optional<Convention> findRevision(String id, long version) {
            return stored.findRevision(id, version);
        }

        @Override
        public void restore(List<StoredRevision> revisions) {
            stored.restore(revisions);
        }
    }
}
