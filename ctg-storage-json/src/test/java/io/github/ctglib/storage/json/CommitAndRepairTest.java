package io.github.ctglib.storage.json;

import static io.github.ctglib.storage.json.Samples.copy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.ConventionJson;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.Revision;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The history revision is the commit point of a save, and the current document a copy written without fsync:
 * what a crash can leave of that copy (missing, behind, torn) is served from the history and rewritten, and
 * nothing ever rewrites the history.
 */
class CommitAndRepairTest {

    @TempDir
    Path dir;

    private Convention v1;
    private Convention v2;

    /** A convention saved twice, then its current document put in the state {@code crash} leaves. */
    private JsonConventionRepository afterCrash(java.util.function.Consumer<Path> crash) {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        v2 = store.save(copy(v1).withTitle("Titre révisé"), Samples.change("Titre"));
        crash.accept(dir.resolve("ctg-a.json"));
        return JsonConventionRepository.open(dir);
    }

    @Test
    void aCurrentDocumentLeftBehindByASaveKilledAfterItsCommitIsServedFromTheHistoryAndRewritten() throws IOException {
        JsonConventionRepository reopened = afterCrash(current -> copyFile(dir.resolve("history/ctg-a/1.json"), current));

        assertThat(reopened.findById("ctg-a")).contains(v2);
        assertThat(reopened.history("ctg-a")).extracting(Revision::summary).containsExactly("Création", "Titre");
        assertThat(currentBytes()).isEqualTo(revisionBytes(2));
        assertThat(reopened.problems()).isEmpty();
    }

    @Test
    void aCurrentDocumentMissingAfterAFirstSaveKilledAfterItsCommitIsServedFromTheHistoryAndRewritten() throws IOException {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        Convention saved = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Files.delete(dir.resolve("ctg-a.json"));

        JsonConventionRepository reopened = JsonConventionRepository.open(dir);

        assertThat(reopened.findById("ctg-a")).contains(saved);
        assertThat(reopened.search(ConventionQuery.byCommune("34108"))).containsExactly(saved);
        assertThat(currentBytes()).isEqualTo(revisionBytes(1));
    }

    @Test
    void aCurrentDocumentTornByAMachineCrashIsServedFromTheHistoryAndRewritten() throws IOException {
        byte[] revision = Files.readAllBytes(savedTwice().resolve("history/ctg-a/2.json"));
        byte[] zeroedEnd = revision.clone();
        Arrays.fill(zeroedEnd, revision.length / 2, revision.length, (byte) 0);
        List<byte[]> torn = List.of(new byte[0], zeroedEnd, Arrays.copyOf(revision, 4096));

        for (byte[] leftOver : torn) {
            Files.write(dir.resolve("ctg-a.json"), leftOver);

            JsonConventionRepository reopened = JsonConventionRepository.open(dir);

            assertThat(reopened.findById("ctg-a")).as("%d bytes", leftOver.length).contains(v2);
            assertThat(reopened.search(ConventionQuery.byCommune("34108"))).containsExactly(v2);
            // Rewritten on opening when its head is torn, else by the repair (or the next write of that id).
            reopened.removeOrphanRevisions();
            assertThat(currentBytes()).isEqualTo(revision);
            assertThat(reopened.problems()).isEmpty();
        }
    }

    @Test
    void aDocumentBrokenByHandIsReportedAndNeverOverwrittenFromTheHistory() throws IOException {
        savedTwice();
        byte[] revision = revisionBytes(2);
        for (byte[] edit : List.of("{".getBytes(StandardCharsets.UTF_8), Arrays.copyOf(revision, revision.length - 10),
                new String(revision, StandardCharsets.UTF_8).replace("\"Titre révisé\"", "\"Titre révisé").getBytes(
                        StandardCharsets.UTF_8))) {
            Files.write(dir.resolve("ctg-a.json"), edit);

            JsonConventionRepository reopened = JsonConventionRepository.open(dir);

            assertThat(reopened.problems()).extracting(StoreProblem::file).containsExactly(dir.resolve("ctg-a.json"));
            assertThat(currentBytes()).isEqualTo(edit);
        }
    }

    @Test
    void aHandEditOfTheCurrentDocumentIsServedAndNeverRewritesTheHistory() throws IOException {
        savedTwice();
        Map<String, String> history = snapshot(dir.resolve("history"));
        Path current = dir.resolve("ctg-a.json");
        Files.writeString(current, Files.readString(current).replace("Titre révisé", "Corrigé à la main"));

        JsonConventionRepository reopened = JsonConventionRepository.open(dir);
        Convention edited = reopened.findById("ctg-a").orElseThrow();
        assertThat(edited.getTitle()).isEqualTo("Corrigé à la main");
        assertThat(edited.getVersion()).isEqualTo(2);
        assertThat(reopened.findRevision("ctg-a", 2)).contains(v2);
        assertThat(snapshot(dir.resolve("history"))).isEqualTo(history);

        Convention v3 = reopened.save(edited, Samples.change("Après la correction"));

        assertThat(reopened.findRevision("ctg-a", 3)).contains(v3);
        assertThat(v3.getTitle()).isEqualTo("Corrigé à la main");
        Map<String, String> after = snapshot(dir.resolve("history"));
        assertThat(after).containsAllEntriesOf(history).containsKey("ctg-a/3.json").hasSize(history.size() + 1);
    }

    @Test
    void anotherStoreObjectSeesEachSaveAndEachBatchAtItsNextRead() {
        JsonConventionRepository writer = JsonConventionRepository.open(dir);
        JsonConventionRepository reader = JsonConventionRepository.open(dir);
        Convention a1 = writer.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        assertThat(reader.findById("ctg-a")).contains(a1);

        List<Convention> batch = writer.saveAll(List.of(copy(a1).withTitle("Lot"), Samples.frontignan("ctg-b"),
                Samples.frontignan("ctg-c")), Samples.change("Lot"));

        assertThat(reader.streamAll()).containsExactlyElementsOf(batch);
        assertThat(reader.history("ctg-a")).extracting(Revision::summary).containsExactly("Création", "Lot");
        writer.delete("ctg-b", 1);
        assertThat(reader.findById("ctg-b")).isEmpty();
    }

    @Test
    void aBatchSavingOneConventionTwiceCommitsBothRevisionsInOrder() {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        Convention draft = Samples.frontignan("ctg-a");

        List<Convention> saved = store.saveAll(List.of(draft, copy(draft).withVersion(1).withTitle("Deuxième")),
                Samples.change("Lot"));

        assertThat(saved).extracting(Convention::getVersion).containsExactly(1L, 2L);
        JsonConventionRepository reopened = JsonConventionRepository.open(dir);
        assertThat(reopened.findById("ctg-a")).contains(saved.get(1));
        assertThat(reopened.findRevision("ctg-a", 1)).contains(saved.get(0));
    }

    @Test
    void aStoreLaidOutByTheEarlierCtgOpensReadsAndSaves() throws IOException {
        // As ctg 0.1 left it: both documents written durably, a bare counter, and a revision above the current
        // one from a save killed before its commit point then (now a committed revision: the save in flight).
        ConventionJson json = ConventionJson.standard();
        Convention first = Samples.frontignan("ctg-a").withVersion(1);
        Convention second = copy(first).withVersion(2).withTitle("Deuxième");
        Convention third = copy(first).withVersion(3).withTitle("En vol");
        Files.createDirectories(dir.resolve("history/ctg-a"));
        write("history/ctg-a/1.json", json.toBytes(first, Optional.of(revision(1, "Création"))));
        write("history/ctg-a/2.json", json.toBytes(second, Optional.of(revision(2, "Titre"))));
        write("ctg-a.json", json.toBytes(second, Optional.of(revision(2, "Titre"))));
        write("history/ctg-a/3.json", json.toBytes(third, Optional.of(revision(3, "En vol"))));
        Files.createDirectories(dir.resolve("history/ctg-b"));
        write("history/ctg-b/2.json", json.toBytes(copy(first).withId("ctg-b").withVersion(2),
                Optional.of(revision(2, "Orpheline"))));
        Files.writeString(dir.resolve(".ctg-store.changes"), "12\n");

        JsonConventionRepository store = JsonConventionRepository.open(dir);

        assertThat(store.findById("ctg-a")).contains(third);
        assertThat(store.findRevision("ctg-a", 2)).contains(second);
        assertThat(store.findById("ctg-b")).isEmpty();
        assertThat(store.problems()).extracting(StoreProblem::file).containsExactly(dir.resolve("history/ctg-b"));
        Convention fourth = store.save(third, Samples.change("Suite"));
        assertThat(JsonConventionRepository.open(dir).history("ctg-a")).extracting(Revision::summary)
                .containsExactly("Création", "Titre", "En vol", "Suite");
        assertThat(fourth.getVersion()).isEqualTo(4);
    }

    @Test
    void aRevisionLeftUnfinishedByASaveKilledBeforeItsCommitIsRemovedAndTheAcknowledgedOneServed() throws IOException {
        byte[] whole = Files.readAllBytes(savedTwice().resolve("history/ctg-a/2.json"));
        byte[] zeroedEnd = whole.clone();
        Arrays.fill(zeroedEnd, 4096, whole.length, (byte) 0);
        // A save of revision 3 killed while writing it: its beginning, nothing, or blocks never written.
        for (byte[] unfinished : List.of(Arrays.copyOf(whole, 5000), new byte[0], zeroedEnd)) {
            Files.write(dir.resolve("history/ctg-a/3.json"), unfinished);

            JsonConventionRepository reopened = JsonConventionRepository.open(dir);

            assertThat(dir.resolve("history/ctg-a/3.json")).as("%d bytes", unfinished.length).doesNotExist();
            assertThat(reopened.findById("ctg-a")).contains(v2);
            assertThat(reopened.problems()).isEmpty();
            Convention third = reopened.save(copy(v2).withTitle("Troisième"), Samples.change("Suite"));
            assertThat(third.getVersion()).isEqualTo(3);
            assertThat(JsonConventionRepository.open(dir).findById("ctg-a")).contains(third);
            reopened.delete("ctg-a", 3);
            savedTwice();
        }
    }

    @Test
    void theUnfinishedFirstRevisionOfANewConventionIsRemovedAndNothingServed() throws IOException {
        byte[] whole = Files.readAllBytes(savedTwice().resolve("history/ctg-a/1.json"));
        Files.createDirectories(dir.resolve("history/ctg-b"));
        Files.write(dir.resolve("history/ctg-b/1.json"), Arrays.copyOf(new String(whole, StandardCharsets.UTF_8)
                .replace("ctg-a", "ctg-b").getBytes(StandardCharsets.UTF_8), 4096)); // a batch killed mid-write

        JsonConventionRepository reopened = JsonConventionRepository.open(dir);

        assertThat(dir.resolve("history/ctg-b/1.json")).doesNotExist();
        assertThat(reopened.findById("ctg-b")).isEmpty();
        assertThat(reopened.findById("ctg-a")).contains(v2);
        assertThat(reopened.problems()).isEmpty();
        assertThat(reopened.save(Samples.frontignan("ctg-b"), Samples.change("Création")).getVersion()).isEqualTo(1);
    }

    @Test
    void aWholeDocumentAboveTheCurrentOneIsNeverRemovedEvenWhenInvalid() throws IOException {
        byte[] whole = Files.readAllBytes(savedTwice().resolve("history/ctg-a/2.json"));
        byte[] invalid = new String(whole, StandardCharsets.UTF_8).replace("\"version\": 2", "\"version\": 3")
                .replace("\"title\"", "\"titel\"").getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("history/ctg-a/3.json"), invalid);

        JsonConventionRepository reopened = JsonConventionRepository.open(dir);

        assertThat(revisionBytes(3)).isEqualTo(invalid);
        assertThat(reopened.findById("ctg-a")).contains(v2);
        assertThat(reopened.problems()).extracting(StoreProblem::file).containsExactly(dir.resolve("history/ctg-a"));
    }

    @Test
    void onlyWhatAnInterruptedWriteLeavesCountsAsUnfinished() {
        byte[] document = "{\"a\": [1, {\"b\": \"} ] \\\" {\"}], \"c\": {}}\n".getBytes(StandardCharsets.UTF_8);
        assertThat(StoreWrites.isUnfinished(document)).isFalse();
        assertThat(StoreWrites.isUnfinished("{} }".getBytes(StandardCharsets.UTF_8))).isFalse(); // whole, then junk
        assertThat(StoreWrites.isUnfinished(new byte[0])).isTrue();
        assertThat(StoreWrites.isUnfinished("  \n".getBytes(StandardCharsets.UTF_8))).isTrue();
        for (int cut = 1; cut < document.length - 1; cut++) { // every beginning, even one ending in a "}" of a string
            assertThat(StoreWrites.isUnfinished(Arrays.copyOf(document, cut))).as("%d bytes", cut).isTrue();
        }
        byte[] zeroed = document.clone();
        zeroed[document.length - 2] = 0;
        assertThat(StoreWrites.isUnfinished(zeroed)).isTrue();
    }

    @Test
    void onlyTheNothingsAndZerosACrashLeavesCountAsTorn() {
        byte[] revision = IntStream.range(0, 10_000).mapToObj(i -> "x").collect(Collectors.joining())
                .getBytes(StandardCharsets.US_ASCII);
        byte[] zeroed = revision.clone();
        Arrays.fill(zeroed, 4096, 8192, (byte) 0);
        byte[] changed = revision.clone();
        changed[5] = 'y';

        assertThat(StoreWrites.isTorn(new byte[0], revision)).isTrue();
        assertThat(StoreWrites.isTorn(zeroed, revision)).isTrue();
        assertThat(StoreWrites.isTorn(Arrays.copyOf(revision, 8192), revision)).isTrue();
        assertThat(StoreWrites.isTorn(Arrays.copyOf(revision, 100), revision)).isFalse();
        assertThat(StoreWrites.isTorn(changed, revision)).isFalse();
        assertThat(StoreWrites.isTorn(revision, revision)).isFalse();
    }

    private Path savedTwice() {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        v1 = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        v2 = store.save(copy(v1).withTitle("Titre révisé"), Samples.change("Titre"));
        return dir;
    }

    private static Revision revision(long version, String summary) {
        return new Revision(version, Instant.parse("2026-11-26T10:15:30Z"), "agent:old", summary);
    }

    private void write(String file, byte[] content) throws IOException {
        Files.write(dir.resolve(file), content);
    }

    private byte[] currentBytes() throws IOException {
        return Files.readAllBytes(dir.resolve("ctg-a.json"));
    }

    private byte[] revisionBytes(long version) throws IOException {
        return Files.readAllBytes(dir.resolve("history/ctg-a/" + version + ".json"));
    }

    private static void copyFile(Path from, Path to) {
        try {
            Files.copy(from, to, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> snapshot(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).collect(Collectors.toMap(
                    p -> root.relativize(p).toString().replace('\\', '/'), CommitAndRepairTest::read, (a, b) -> a,
                    TreeMap::new));
        }
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
