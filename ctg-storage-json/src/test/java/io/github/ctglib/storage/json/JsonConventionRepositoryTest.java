package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static io.github.ctglib.storage.json.Samples.copy;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.convention.ImmutableConvention;
import io.github.ctglib.format.json.ConventionDocuments;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.format.json.SchemaCheck;
import io.github.ctglib.ports.ConcurrencyConflictException;
import io.github.ctglib.ports.ConventionNotFoundException;
import io.github.ctglib.ports.Revision;
import io.github.ctglib.ports.StorageException;
import io.github.ctglib.ports.StoredRevision;
import io.github.ctglib.testsupport.SampleConventions;
import io.github.ctglib.vocabulary.DateRange;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class JsonConventionRepositoryTest {

    @TempDir
    Path dir;

    private JsonConventionRepository store() {
        return JsonConventionRepository.open(dir);
    }

    @Nested
    class Layout {

        @Test
        void aSaveWritesTheCurrentDocumentAndItsRevisionAndNothingElse() throws IOException {
            Convention saved = store().save(Samples.frontignan("ctg-a"), Samples.change("Création"));

            assertThat(saved.getVersion()).isEqualTo(1);
            assertThat(files()).containsExactlyInAnyOrder(".ctg-store.changes", ".ctg-store.lock", "ctg-a.json",
                    "history/ctg-a/1.json");
            assertThat(Files.readAllBytes(dir.resolve("ctg-a.json")))
                    .isEqualTo(Files.readAllBytes(dir.resolve("history/ctg-a/1.json")));
        }

        @Test
        void everyDocumentTheStoreWritesConformsToTheSchema() {
            JsonConventionRepository store = store();
            Convention v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            store.save(copy(v1).withTitle("Titre révisé"), Samples.change("Titre"));
            store.save(ImmutableConvention.copyOf(SampleConventions.maximal()).withId("ctg-b"), Samples.change("Tout"));
            store.restore(List.of(new StoredRevision(new Revision(1, Instant.parse("2026-11-26T10:15:30Z"), "agent:copy", "Copie"),
                    Samples.frontignan("ctg-c").withVersion(1))));

            List<String> documents = files().stream().filter(f -> f.endsWith(".json")).collect(Collectors.toList());
            assertThat(documents).hasSize(7);
            for (String document : documents) {
                assertThat(SchemaCheck.errors(dir.resolve(document))).as(document).isEmpty();
            }
        }

        @Test
        void aStoreOpenedLaterFindsEverything() {
            JsonConventionRepository first = store();
            Convention v1 = first.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Convention v2 = first.save(copy(v1).withTitle("Deuxième titre"), Samples.change("Titre"));

            JsonConventionRepository reopened = JsonConventionRepository.open(dir);

            assertThat(reopened.findById("ctg-a")).contains(v2);
            assertThat(reopened.findRevision("ctg-a", 1)).contains(v1);
            assertThat(reopened.history("ctg-a")).extracting(Revision::version, Revision::summary)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(1L, "Création"),
                            org.assertj.core.groups.Tuple.tuple(2L, "Titre"));
            assertThat(reopened.problems()).isEmpty();
        }

        @Test
        void aStoreOpensWithTheHostsMapper() {
            JsonMapper host = JsonMapper.builder().build();
            JsonConventionRepository store = JsonConventionRepository.open(dir, host);

            Convention saved = store.save(ImmutableConvention.copyOf(SampleConventions.maximal()), Samples.change("Création"));

            assertThat(JsonConventionRepository.open(dir).findById(saved.getId())).contains(saved);
        }

        @Test
        void openingCreatesAMissingDirectory() {
            Path nested = dir.resolve("a/b/store");

            JsonConventionRepository store = JsonConventionRepository.open(nested);

            assertThat(store.directory()).isEqualTo(nested);
            assertThat(Files.isDirectory(nested)).isTrue();
        }
    }

    @Nested
    class Durability {

        @Test
        void openingRemovesTheTempFilesOfInterruptedWritesAndNothingElse() throws IOException {
            JsonConventionRepository.open(dir).save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Files.writeString(dir.resolve(".ctg-a.json.5f3a.tmp"), "{\"format\": \"ctg-conv");
            Files.writeString(dir.resolve("history/ctg-a/.2.json.77.tmp"), "");
            Files.writeString(dir.resolve("notes.txt"), "mine");

            JsonConventionRepository.open(dir);

            assertThat(files()).containsExactlyInAnyOrder(".ctg-store.changes", ".ctg-store.lock", "ctg-a.json",
                    "history/ctg-a/1.json", "notes.txt");
        }

        @Test
        void aChangeCounterLeftOddByADeadWriterMakesReadersRescanUntilAStoreOpens() throws IOException {
            JsonConventionRepository store = store();
            Convention v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            // Another process marked a write begun, replaced the document, and died before marking it done.
            Files.writeString(dir.resolve(".ctg-store.changes"), "7\n");
            Convention v2 = copy(v1).withVersion(2).withTitle("Écrit par un processus mort");
            byte[] document = ConventionJson.standard().toBytes(v2,
                    java.util.Optional.of(new Revision(2, Instant.parse("2026-11-26T10:15:30Z"), "agent:dead", "Mort en écrivant")));
            Files.write(dir.resolve("history/ctg-a/2.json"), document);
            Files.write(dir.resolve("ctg-a.json"), document);

            assertThat(store.findById("ctg-a")).contains(v2);

            JsonConventionRepository.open(dir);
            assertThat(ChangeCounter.parse(Files.readString(dir.resolve(".ctg-store.changes")))).isEqualTo(8);
        }

        @Test
        void aFailedMoveIsAnErrorThatLeavesNothingBehind() throws IOException {
            Files.createDirectories(dir.resolve("history/ctg-a/1.json"));
            Files.writeString(dir.resolve("history/ctg-a/1.json/blocker"), "in the way");
            JsonConventionRepository store = store();

            assertThatThrownBy(() -> store.save(Samples.frontignan("ctg-a"), Samples.change("Création")))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("Could not write " + dir.resolve("history/ctg-a/1.json"));
            assertThat(files()).containsExactlyInAnyOrder(".ctg-store.changes", ".ctg-store.lock",
                    "history/ctg-a/1.json/blocker");
            assertThat(store.findById("ctg-a")).isEmpty();
        }
    }

    @Nested
    class Versions {

        /**
         * A store written by the previous version holds documents of format 1: they are served upgraded, found by
         * their search keys (the index reads the head of format 1 too), and the next save writes format 2.
         */
        @Test
        void aDocumentOfFormat1IsServedUpgradedAndSavedAgainInFormat2() throws IOException {
            String v1 = SampleConventions.FORMAT_1_DOCUMENT;
            Files.createDirectories(dir.resolve("history/ctg-34-v1"));
            Files.writeString(dir.resolve("history/ctg-34-v1/1.json"), v1);
            Files.writeString(dir.resolve("ctg-34-v1.json"), v1);

            JsonConventionRepository store = store();

            assertThat(store.problems()).isEmpty();
            Convention read = store.findById("ctg-34-v1").orElseThrow();
            assertThat(read.getTerritory().getEpciSirens()).containsExactly("200066355");
            assertThat(read.getSignatories().get(0).getRepresentatives()).extracting(r -> r.getName())
                    .containsExactly("Thierry Mathieu");
            assertThat(read.getPredecessorIds()).containsExactly("ctg-34-frontignan-2018");
            assertThat(store.search(io.github.ctglib.ports.ConventionQuery.builder().epciSiren("200066355").build()))
                    .extracting(Convention::getId).containsExactly("ctg-34-v1");
            store.save(read, Samples.change("Après la mise à jour de ctg"));
            assertThat(Files.readString(dir.resolve("ctg-34-v1.json"))).contains("\"format\": \"ctg-convention/3\"");
            assertThat(Files.readString(dir.resolve("history/ctg-34-v1/1.json"))).isEqualTo(v1);
            assertThat(store.findRevision("ctg-34-v1", 1)).contains(read);
        }

        @Test
        void aStaleSaveIsAConflictAndWritesNothing() throws IOException {
            JsonConventionRepository store = store();
            Convention v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            store.save(copy(v1).withTitle("Par Alice"), Samples.change("Alice"));
            byte[] before = Files.readAllBytes(dir.resolve("ctg-a.json"));

            assertThatThrownBy(() -> store.save(copy(v1).withTitle("Par Bob"), Samples.change("Bob")))
                    .isInstanceOfSatisfying(ConcurrencyConflictException.class, e -> {
                        assertThat(e.expectedVersion()).isEqualTo(1);
                        assertThat(e.actualVersion()).isEqualTo(2);
                    });
            assertThat(Files.readAllBytes(dir.resolve("ctg-a.json"))).isEqualTo(before);
            assertThat(files()).doesNotContain("history/ctg-a/3.json");
        }

        @Test
        void anotherStoreObjectSeesWritesAndIsHeldToTheStoredVersion() {
            JsonConventionRepository alice = store();
            JsonConventionRepository bob = JsonConventionRepository.open(dir);
            Convention v1 = alice.save(Samples.frontignan("ctg-a"), Samples.change("Création"));

            assertThat(bob.findById("ctg-a")).contains(v1);
            Convention v2 = alice.save(copy(v1).withTitle("Par Alice"), Samples.change("Alice"));
            assertThat(bob.search(io.github.ctglib.ports.ConventionQuery.byCommune("34108"))).containsExactly(v2);
            assertThatThrownBy(() -> bob.save(copy(v1).withTitle("Par Bob"), Samples.change("Bob")))
                    .isInstanceOf(ConcurrencyConflictException.class);
            alice.delete("ctg-a", 2);
            assertThat(bob.findById("ctg-a")).isEmpty();
            assertThat(bob.streamAll()).isEmpty();
        }

        @Test
        void threadsUpdatingOneConventionLoseNoUpdate() throws Exception {
            JsonConventionRepository store = store();
            store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            int threads = 4;
            int updatesEach = 15;
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            List<Future<Integer>> conflicts = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                JsonConventionRepository own = t % 2 == 0 ? store : JsonConventionRepository.open(dir);
                conflicts.add(pool.submit(() -> {
                    int seen = 0;
                    for (int done = 0; done < updatesEach; ) {
                        Convention current = own.findById("ctg-a").orElseThrow();
                        try {
                            own.save(copy(current).withTitle("Mise à jour " + current.getVersion()), Samples.change("+1"));
                            done++;
                        } catch (ConcurrencyConflictException e) {
                            seen++;
                        }
                    }
                    return seen;
                }));
            }
            pool.shutdown();
            assertThat(pool.awaitTermination(2, TimeUnit.MINUTES)).isTrue();
            for (Future<Integer> f : conflicts) {
                f.get();
            }

            assertThat(store.findById("ctg-a").orElseThrow().getVersion()).isEqualTo(1 + threads * updatesEach);
            assertThat(store.history("ctg-a")).hasSize(1 + threads * updatesEach);
        }
    }

    @Nested
    class DeleteAndRestore {

        @Test
        void deleteRemovesTheConventionAndItsHistory() {
            JsonConventionRepository store = store();
            store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Convention keep = store.save(Samples.frontignan("ctg-b"), Samples.change("Création"));

            store.delete("ctg-a", 1);

            assertThat(store.findById("ctg-a")).isEmpty();
            assertThat(store.history("ctg-a")).isEmpty();
            assertThat(files()).containsExactlyInAnyOrder(".ctg-store.changes", ".ctg-store.lock", "ctg-b.json",
                    "history/ctg-b/1.json");
            assertThat(store.streamAll()).containsExactly(keep);
            assertThat(store.save(Samples.frontignan("ctg-a"), Samples.change("Recréation")).getVersion()).isEqualTo(1);
        }

        @Test
        void deleteChecksTheVersionAndThatTheConventionExists() {
            JsonConventionRepository store = store();
            store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));

            assertThatThrownBy(() -> store.delete("ctg-a", 3)).isInstanceOf(ConcurrencyConflictException.class);
            assertThatThrownBy(() -> store.delete("ctg-z", 1)).isInstanceOf(ConventionNotFoundException.class);
            assertThat(store.findById("ctg-a")).isPresent();
        }

        @Test
        void restoreWritesTheWholeHistory() {
            Convention v1 = Samples.frontignan("ctg-a").withVersion(1);
            Convention v2 = copy(v1).withVersion(2).withTitle("Deux");
            List<StoredRevision> history = List.of(
                    new StoredRevision(new Revision(1, Instant.parse("2026-11-26T10:15:30Z"), "agent:a", "Un"), v1),
                    new StoredRevision(new Revision(2, Instant.parse("2026-11-26T10:15:30Z").plusSeconds(60), "agent:b", "Deux"), v2));
            JsonConventionRepository store = store();

            store.restore(history);

            assertThat(store.findById("ctg-a")).contains(v2);
            assertThat(store.findRevision("ctg-a", 1)).contains(v1);
            assertThat(store.history("ctg-a")).containsExactly(history.get(0).revision(), history.get(1).revision());
            assertThatThrownBy(() -> store.restore(history)).isInstanceOf(ConcurrencyConflictException.class);
        }
    }

    @Nested
    class BadInput {

        @Test
        void unsafeIdsAreRefusedBeforeAnyFileIsTouched() {
            JsonConventionRepository store = store();
            List<String> before = files();

            for (String id : List.of("../escape", "/etc/passwd", "a/b", "a\\b", "..", "a\u0000b", "a\nb", "")) {
                assertThatThrownBy(() -> store.findById(id)).as(id).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.history(id)).as(id).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.findRevision(id, 1)).as(id).isInstanceOf(IllegalArgumentException.class);
                assertThatThrownBy(() -> store.delete(id, 1)).as(id).isInstanceOf(IllegalArgumentException.class);
            }
            Convention escaping = ImmutableConvention.copyOf(Samples.frontignan("x")).withId("../escape");
            assertThatThrownBy(() -> store.save(escaping, Samples.change("x")))
                    .isInstanceOf(IllegalArgumentException.class);
            assertThat(files()).isEqualTo(before);
            assertThat(dir.getParent().resolve("escape.json")).doesNotExist();
        }

        @Test
        void aConventionBreakingADomainRuleIsStoredAndReported() {
            JsonConventionRepository store = store();
            Convention reversed = store.save(Samples.frontignan("ctg-a").withValidity(DateRange.ofYears(2027, 2023)),
                    Samples.change("x"));

            assertThat(JsonConventionRepository.open(dir).findById("ctg-a")).contains(reversed);
            assertThat(store.problems()).singleElement().satisfies(p -> {
                assertThat(p.served()).isTrue();
                assertThat(p.message()).contains(dir.resolve("ctg-a.json").toString(), "/validity: CTG-PERIOD-001");
            });
        }

        @Test
        void aDocumentWhoseIdIsAPathGetsNoAdviceToRenameItThere() throws IOException {
            store().save(Samples.frontignan("good"), Samples.change("Création"));
            Files.writeString(dir.resolve("hostile.json"), Files.readString(dir.resolve("good.json"))
                    .replace("\"id\": \"good\"", "\"id\": \"../../etc/passwd\""));

            String message = message(JsonConventionRepository.open(dir), "hostile.json");

            assertThat(message).contains("holds convention '../../etc/passwd'", "not safe as a file name")
                    .doesNotContain("rename it", "passwd.json");
        }

        @Test
        void badDocumentsAreReportedLeftAsTheyAreAndTheOthersServed() throws IOException {
            JsonConventionRepository writer = store();
            Convention good = writer.save(Samples.frontignan("good"), Samples.change("Création"));
            writer.save(Samples.frontignan("reversed"), Samples.change("Création"));
            writer.save(Samples.frontignan("future"), Samples.change("Création"));
            editDocument("reversed", text -> text.replace("\"from\": \"2023-01-01\"", "\"from\": \"2029-01-01\""));
            editDocument("future", text -> text.replace("ctg-convention/3", "ctg-convention/9"));
            Files.writeString(dir.resolve("broken.json"), "{\"format\": \"ctg-convention/2\", \"id\": ");
            Files.copy(dir.resolve("good.json"), dir.resolve("misnamed.json"));
            Files.copy(dir.resolve("good.json"), dir.resolve("not an id.json"));
            try (var out = Files.newOutputStream(dir.resolve("exported.json"))) {
                ConventionDocuments.write(Samples.frontignan("exported").withVersion(3), out);
            }
            List<String> before = snapshot();

            JsonConventionRepository store = JsonConventionRepository.open(dir);

            assertThat(store.problems()).extracting(p -> p.file().getFileName().toString())
                    .containsExactly("broken.json", "exported.json", "future.json", "misnamed.json", "not an id.json",
                            "reversed.json");
            assertThat(store.problems()).allSatisfy(p -> assertThat(p.message()).startsWith(p.file().toString()));
            assertThat(message(store, "broken.json")).contains("it is not valid JSON at line 1");
            assertThat(message(store, "exported.json")).contains("no \"revision\"", "Import it");
            assertThat(message(store, "future.json")).contains("newer than this version of ctg reads");
            assertThat(message(store, "misnamed.json")).contains("holds convention 'good' but is named misnamed.json",
                    "rename it good.json");
            assertThat(message(store, "not an id.json")).contains("the file name is not a convention id");
            assertThat(message(store, "reversed.json")).contains("/validity: CTG-PERIOD-001");
            assertThat(store.problems()).filteredOn(StoreProblem::served).extracting(p -> p.file().getFileName())
                    .containsExactly(Path.of("reversed.json"));
            assertThat(store.streamAll()).extracting(Convention::getId).containsExactly("good", "reversed");
            assertThat(store.findById("good")).contains(good);
            assertThatThrownBy(() -> store.findById("future"))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining(dir.resolve("future.json").toString());
            assertThatThrownBy(() -> store.save(Samples.frontignan("broken"), Samples.change("Écraser")))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining(dir.resolve("broken.json").toString());
            assertThatThrownBy(() -> store.delete("future", 1)).isInstanceOf(InvalidDocumentException.class);
            assertThat(snapshot()).as("nothing deleted or rewritten").isEqualTo(before);
        }

        @Test
        void aDocumentDamagedPastItsHeadIsFoundOutWhenReadAndNotServed() throws IOException {
            JsonConventionRepository writer = store();
            writer.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Convention b = writer.save(Samples.frontignan("ctg-b"), Samples.change("Création"));
            Path file = dir.resolve("ctg-a.json");
            String text = Files.readString(file);
            Files.writeString(file, text.replace("\"pilot\":", "\"pilote\":").substring(0, text.length() - 20));
            byte[] damaged = Files.readAllBytes(file);

            JsonConventionRepository store = JsonConventionRepository.open(dir);

            assertThatThrownBy(() -> store.findById("ctg-a"))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining(file.toString())
                    .hasMessageContaining("not valid JSON");
            assertThat(store.search(io.github.ctglib.ports.ConventionQuery.byCommune("34108"))).containsExactly(b);
            assertThat(store.problems()).singleElement().satisfies(p -> {
                assertThat(p.file()).isEqualTo(file);
                assertThat(p.served()).isFalse();
            });
            assertThatThrownBy(() -> store.save(Samples.frontignan("ctg-a").withVersion(1), Samples.change("x")))
                    .isInstanceOf(InvalidDocumentException.class);
            assertThat(Files.readAllBytes(file)).isEqualTo(damaged);
        }

        @Test
        void aDocumentThisStoreWroteThenEditedPastItsHeadIsReadWholeBeforeASaveOverIt() throws IOException {
            JsonConventionRepository store = store();
            Convention v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Path file = dir.resolve("ctg-a.json");
            // Edited in place, with the version untouched: only a reading of the whole document finds it out.
            Files.writeString(file, Files.readString(file).replace("\"pilot\":", "\"pilote\":"));
            byte[] edited = Files.readAllBytes(file);

            assertThatThrownBy(() -> store.save(copy(v1).withTitle("Par-dessus"), Samples.change("x")))
                    .isInstanceOf(InvalidDocumentException.class)
                    .hasMessageContaining("pilote");
            assertThat(Files.readAllBytes(file)).isEqualTo(edited);
        }

        @Test
        void aSaveDoesNotReplaceADocumentHoldingAnotherId() throws IOException {
            JsonConventionRepository store = store();
            store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            Files.copy(dir.resolve("ctg-a.json"), dir.resolve("ctg-b.json"));

            assertThatThrownBy(() -> store.save(Samples.frontignan("ctg-b"), Samples.change("x")))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("holds convention ctg-a, not ctg-b");
        }

        @Test
        void aHandFixedDocumentIsServedOnceTheProblemsAreAskedFor() throws IOException {
            store().save(Samples.frontignan("ctg-a"), Samples.change("Création"));
            byte[] good = Files.readAllBytes(dir.resolve("ctg-a.json"));
            Files.writeString(dir.resolve("ctg-a.json"), "{");
            JsonConventionRepository store = JsonConventionRepository.open(dir);
            assertThat(store.problems()).hasSize(1);

            Files.write(dir.resolve("ctg-a.json"), good);

            assertThat(store.problems()).isEmpty();
            assertThat(store.findById("ctg-a")).isPresent();
        }

        private String message(JsonConventionRepository store, String file) {
            return store.problems().stream().filter(p -> p.file().getFileName().toString().equals(file))
                    .findFirst().orElseThrow().message();
        }

        private void editDocument(String id, java.util.function.UnaryOperator<String> edit) throws IOException {
            Path file = dir.resolve(id + ".json");
            Files.writeString(file, edit.apply(Files.readString(file)));
        }

        /** Every file with its content. */
        private List<String> snapshot() throws IOException {
            List<String> all = new ArrayList<>();
            for (String name : files()) {
                all.add(name + "=" + new String(Files.readAllBytes(dir.resolve(name)), StandardCharsets.UTF_8));
            }
            return all;
        }
    }

    /** Every regular file under the store, relative, '/'-separated, sorted. */
    private List<String> files() {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString().replace('\\', '/')).sorted()
                    .collect(Collectors.toList());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
