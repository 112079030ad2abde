package io.github.ctglib.storage.json;

import static io.github.ctglib.storage.json.Samples.copy;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.format.json.InvalidDocumentException;
import io.github.ctglib.ports.ConventionQuery;
import io.github.ctglib.ports.StorageException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No file outside the store is read, written or deleted: each test links one of the store's own files or
 * directories to a victim outside the store, and checks that the victim is left byte for byte as it was
 * (ctg 0.1 truncated, deleted or served it). Then what interrupted writes leave in the history.
 */
class OutsideTheStoreTest {

    @TempDir
    Path temp;

    private Path store;
    private Path outside;

    @BeforeEach
    void directories() throws IOException {
        store = Files.createDirectory(temp.resolve("store"));
        outside = Files.createDirectory(temp.resolve("outside"));
    }

    @Test
    void aReadOnlyOpenThroughALinkedChangeCounterLeavesTheFileItLinksToUntouched() throws IOException {
        JsonConventionRepository.open(store).save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Path victim = Files.writeString(outside.resolve("thesis.txt"), "Chapitre 1\n".repeat(100));
        relink(store.resolve(".ctg-store.changes"), victim);
        Map<String, String> before = snapshot(outside);

        assertThatThrownBy(() -> JsonConventionRepository.open(store)).isInstanceOf(StorageException.class)
                .hasMessageContaining(".ctg-store.changes is a symbolic link").hasMessageContaining("Remove the link");

        assertThat(snapshot(outside)).isEqualTo(before);
    }

    @Test
    void aStoreOpenBeforeTheCounterWasLinkedReadsOnWithoutTouchingTheFile() throws IOException {
        JsonConventionRepository opened = JsonConventionRepository.open(store);
        Convention saved = opened.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Path victim = Files.writeString(outside.resolve("thesis.txt"), "         4 0000000000000000\n");
        relink(store.resolve(".ctg-store.changes"), victim);
        Map<String, String> before = snapshot(outside);

        assertThat(opened.findById("ctg-a")).contains(saved);
        assertThatThrownBy(() -> opened.save(copy(saved).withTitle("Autre"), Samples.change("Titre")))
                .isInstanceOf(StorageException.class).hasMessageContaining("symbolic link");

        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(opened.findById("ctg-a")).contains(saved);
    }

    @Test
    void aLinkedLockFileIsRefusedAndNothingIsCreatedWhereItPoints() throws IOException {
        Path victim = Files.writeString(outside.resolve("keys.txt"), "mine");
        Files.createSymbolicLink(store.resolve(".ctg-store.lock"), victim);
        Path dangling = temp.resolve("other/.ctg-store.lock");
        Path other = Files.createDirectory(temp.resolve("store2"));
        Files.createSymbolicLink(other.resolve(".ctg-store.lock"), outside.resolve("created.txt"));
        Map<String, String> before = snapshot(outside);

        assertThatThrownBy(() -> JsonConventionRepository.open(store)).isInstanceOf(StorageException.class)
                .hasMessageContaining(".ctg-store.lock is a symbolic link");
        assertThatThrownBy(() -> JsonConventionRepository.open(other)).isInstanceOf(StorageException.class)
                .hasMessageContaining("symbolic link");

        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(dangling).doesNotExist();
    }

    @Test
    void aCurrentDocumentLinkedFromOutsideIsReportedAndNeverServedNorWrittenThrough() throws IOException {
        JsonConventionRepository first = JsonConventionRepository.open(store);
        first.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Convention b = first.save(Samples.frontignan("ctg-b"), Samples.change("Création"));
        // A document outside the store, perfectly readable, that a link puts in the place of ctg-b's.
        Path victim = outside.resolve("ctg-b.json");
        Files.move(store.resolve("ctg-b.json"), victim);
        Files.createSymbolicLink(store.resolve("ctg-b.json"), victim);
        Map<String, String> before = snapshot(outside);

        JsonConventionRepository reopened = JsonConventionRepository.open(store);

        assertThatThrownBy(() -> reopened.findById("ctg-b")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("symbolic link");
        assertThat(reopened.streamAll().map(Convention::getId)).containsExactly("ctg-a");
        assertThat(reopened.search(ConventionQuery.byCommune("34108")).stream().map(Convention::getId))
                .doesNotContain("ctg-b");
        assertThat(reopened.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(store.resolve("ctg-b.json"));
            assertThat(problem.served()).isFalse();
            assertThat(problem.message()).contains("is a symbolic link (to " + victim + ")")
                    .contains("put the file itself in its place, or move the link out of the store");
        });
        assertThatThrownBy(() -> reopened.save(copy(b).withTitle("Autre"), Samples.change("Titre")))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> reopened.delete("ctg-b", 1)).isInstanceOf(StorageException.class);

        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(Files.isSymbolicLink(store.resolve("ctg-b.json"))).isTrue();
    }

    @Test
    void aLinkedHistoryDirectoryIsNeitherReadNorEmptiedNorWrittenInto() throws IOException {
        JsonConventionRepository first = JsonConventionRepository.open(store);
        Convention v1 = first.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        // ctg-a's history moved out of the store, a link left in its place, with the user's own notes beside.
        Path victim = outside.resolve("ctg-a");
        Files.move(store.resolve("history/ctg-a"), victim);
        Files.createSymbolicLink(store.resolve("history/ctg-a"), victim);
        Files.writeString(victim.resolve("notes.txt"), "mes notes");
        Files.writeString(victim.resolve(".2.json.5f3a.tmp"), "not the store's");
        Map<String, String> before = snapshot(outside);

        JsonConventionRepository store2 = JsonConventionRepository.open(store); // opening cleans temp files

        assertThat(store2.findById("ctg-a")).contains(v1);
        assertThatThrownBy(() -> store2.history("ctg-a")).isInstanceOf(StorageException.class)
                .hasMessageContaining("history/ctg-a is a symbolic link");
        assertThatThrownBy(() -> store2.findRevision("ctg-a", 1)).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> store2.save(copy(v1).withTitle("Autre"), Samples.change("Titre")))
                .isInstanceOf(StorageException.class).hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> store2.delete("ctg-a", 1)).isInstanceOf(StorageException.class)
                .hasMessageContaining("symbolic link");
        assertThat(store2.problems()).singleElement().satisfies(problem -> {
            assertThat(problem.file()).isEqualTo(store.resolve("history/ctg-a"));
            assertThat(problem.message()).contains("replace it with what it points to, or remove it");
        });
        assertThat(store2.removeOrphanRevisions()).isEmpty();

        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(store2.findById("ctg-a")).contains(v1); // the refused delete changed nothing
    }

    @Test
    void aLinkedHistoryRootIsReportedAndSavesAreRefused() throws IOException {
        Files.createSymbolicLink(store.resolve("history"), outside);
        Map<String, String> before = snapshot(outside);
        JsonConventionRepository opened = JsonConventionRepository.open(store);

        assertThatThrownBy(() -> opened.save(Samples.frontignan("ctg-a"), Samples.change("Création")))
                .isInstanceOf(StorageException.class).hasMessageContaining("history is a symbolic link");
        assertThat(opened.problems()).singleElement().satisfies(problem ->
                assertThat(problem.message()).contains("Saves are refused until then"));

        assertThat(snapshot(outside)).isEqualTo(before);
        assertThat(opened.findById("ctg-a")).isEmpty();
    }

    @Test
    void aLinkedRevisionFileIsNotServed() throws IOException {
        JsonConventionRepository opened = withTwoRevisions();
        Path victim = outside.resolve("1.json");
        Files.move(store.resolve("history/ctg-a/1.json"), victim);
        Files.createSymbolicLink(store.resolve("history/ctg-a/1.json"), victim);

        assertThatThrownBy(() -> opened.history("ctg-a")).isInstanceOf(InvalidDocumentException.class)
                .hasMessageContaining("symbolic link");
        assertThatThrownBy(() -> opened.findRevision("ctg-a", 1)).isInstanceOf(InvalidDocumentException.class);
        assertThat(opened.problems()).extracting(StoreProblem::file).containsExactly(store.resolve("history/ctg-a/1.json"));
    }

    @Test
    void deleteRemovesOnlyTheRevisionFilesTheStoreWroteAndNeverThroughALink() throws IOException {
        JsonConventionRepository opened = withTwoRevisions();
        Path history = store.resolve("history/ctg-a");
        Files.writeString(history.resolve("notes.txt"), "mes notes");
        Files.writeString(history.resolve("draft.json"), "{}");
        Path victim = Files.writeString(outside.resolve("3.json"), "mine");
        Files.createSymbolicLink(history.resolve("7.json"), victim);
        Map<String, String> before = snapshot(outside);

        opened.delete("ctg-a", 2);

        assertThat(opened.findById("ctg-a")).isEmpty();
        try (Stream<Path> left = Files.list(history)) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("notes.txt", "draft.json",
                    "7.json");
        }
        assertThat(Files.readString(history.resolve("notes.txt"))).isEqualTo("mes notes");
        assertThat(snapshot(outside)).isEqualTo(before);
    }

    @Test
    void anIncompleteHistoryWithoutItsCurrentDocumentIsReportedThenRemovedByTheRepairAndNothingElse() throws IOException {
        JsonConventionRepository opened = withTwoRevisions();
        Convention b = opened.save(Samples.frontignan("ctg-b"), Samples.change("Création"));
        opened.save(copy(b).withTitle("Titre révisé"), Samples.change("Titre"));
        opened.save(Samples.frontignan("ctg-c"), Samples.change("Création"));
        // Deletes killed after their commit point (the current document, then revision 1, are gone); one
        // directory holds a user's file too.
        for (String id : List.of("ctg-a", "ctg-b")) {
            Files.delete(store.resolve(id + ".json"));
            Files.delete(store.resolve("history/" + id + "/1.json"));
        }
        Files.writeString(store.resolve("history/ctg-b/notes.txt"), "mes notes");

        List<StoreProblem> problems = JsonConventionRepository.open(store).problems();

        assertThat(problems).extracting(StoreProblem::file)
                .containsExactly(store.resolve("history/ctg-a"), store.resolve("history/ctg-b"));
        assertThat(problems.get(0).message()).contains("revision files 2.json")
                .contains("no current document ctg-a.json").contains("removeOrphanRevisions()");
        assertThat(JsonConventionRepository.open(store).findById("ctg-a")).isEmpty();

        List<Path> removed = JsonConventionRepository.open(store).removeOrphanRevisions();

        assertThat(removed).containsExactlyInAnyOrder(store.resolve("history/ctg-a/2.json"),
                store.resolve("history/ctg-b/2.json"));
        assertThat(store.resolve("history/ctg-a")).doesNotExist();
        assertThat(Files.readString(store.resolve("history/ctg-b/notes.txt"))).isEqualTo("mes notes");
        assertThat(store.resolve("history/ctg-c/1.json")).exists();
        assertThat(JsonConventionRepository.open(store).problems()).isEmpty();
    }

    @Test
    void aCurrentDocumentBehindItsHistoryIsRewrittenFromItAndTheHistoryIsNeverRewritten() throws IOException {
        JsonConventionRepository opened = JsonConventionRepository.open(store);
        Convention v1 = opened.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Convention v2 = opened.save(copy(v1).withTitle("Titre révisé"), Samples.change("Titre"));
        Convention v3 = opened.save(copy(v2).withTitle("Encore"), Samples.change("Titre"));
        Map<String, String> history = snapshot(store.resolve("history"));
        // What a save killed after its commit point leaves (revision 3 written, the current document not yet):
        // here an older copy put back by hand.
        Files.copy(store.resolve("history/ctg-a/2.json"), store.resolve("ctg-a.json"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);

        assertThat(opened.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("revision files 3.json above the current version 2").contains("behind its history"));
        assertThatThrownBy(() -> opened.save(copy(v2).withTitle("Validé"), Samples.change("Titre")))
                .isInstanceOf(io.github.ctglib.ports.ConcurrencyConflictException.class);

        assertThat(opened.findById("ctg-a")).contains(v3);
        assertThat(Files.readAllBytes(store.resolve("ctg-a.json")))
                .isEqualTo(Files.readAllBytes(store.resolve("history/ctg-a/3.json")));
        assertThat(snapshot(store.resolve("history"))).isEqualTo(history);
        assertThat(opened.problems()).isEmpty();
    }

    @Test
    void revisionsOutOfSequenceAboveTheCurrentOneAreReportedAndTheNextSaveRemovesThem() throws IOException {
        JsonConventionRepository opened = withTwoRevisions();
        Convention v2 = opened.findById("ctg-a").orElseThrow();
        // No save writes 4.json before 3.json: an older life of the id, or a copy by hand.
        Files.copy(store.resolve("history/ctg-a/2.json"), store.resolve("history/ctg-a/4.json"));

        assertThat(opened.problems()).singleElement().satisfies(problem -> assertThat(problem.message())
                .contains("revision files 4.json above the current version 2").contains("out of sequence"));

        Convention v3 = opened.save(copy(v2).withTitle("Validé"), Samples.change("Titre"));

        assertThat(opened.findRevision("ctg-a", 3)).contains(v3);
        assertThat(store.resolve("history/ctg-a/4.json")).doesNotExist();
        assertThat(JsonConventionRepository.open(store).findById("ctg-a")).contains(v3);
        assertThat(opened.problems()).isEmpty();
    }

    @Test
    void aNewConventionStartsWithAHistoryOfItsOwn() throws IOException {
        JsonConventionRepository opened = withTwoRevisions();
        // A delete killed after its commit point.
        Files.delete(store.resolve("ctg-a.json"));
        Files.delete(store.resolve("history/ctg-a/1.json"));

        opened.save(Samples.frontignan("ctg-a"), Samples.change("Recréation"));

        assertThat(opened.history("ctg-a")).singleElement().satisfies(r -> assertThat(r.summary()).isEqualTo("Recréation"));
        assertThat(store.resolve("history/ctg-a/2.json")).doesNotExist();
        assertThat(opened.problems()).isEmpty();
    }

    @Test
    void filesAndDirectoriesAreCreatedWithTheUsersUmask() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
                "file modes are POSIX; other systems give the directory's ACL");
        JsonConventionRepository.open(store).save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        String file = mode(Files.createFile(temp.resolve("plain-file")));
        String directory = mode(Files.createDirectory(temp.resolve("plain-directory")));

        for (String name : List.of("ctg-a.json", "history/ctg-a/1.json", ".ctg-store.lock", ".ctg-store.changes")) {
            assertThat(mode(store.resolve(name))).as(name).isEqualTo(file);
        }
        assertThat(mode(store.resolve("history"))).isEqualTo(directory);
        assertThat(mode(store.resolve("history/ctg-a"))).isEqualTo(directory);
    }

    @Test
    void hostileDocumentsInTheStoreAreRefusedWithoutHanging() throws IOException {
        writeHostileDocuments(store);

        List<StoreProblem> problems = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            JsonConventionRepository opened = JsonConventionRepository.open(store);
            for (String id : List.of("ctg-deep", "ctg-long", "ctg-twice", "ctg-utf")) {
                assertThatThrownBy(() -> opened.findById(id)).as(id).isInstanceOf(InvalidDocumentException.class);
            }
            assertThat(opened.streamAll().map(Convention::getId)).containsExactly("ctg-a");
            return opened.problems();
        }, "a hostile document must be refused, not parsed at length");

        assertThat(problems).extracting(p -> p.file().getFileName().toString())
                .containsExactly("ctg-deep.json", "ctg-long.json", "ctg-twice.json", "ctg-utf.json");
        assertThat(problems).noneMatch(StoreProblem::served);
    }

    /** A store holding ctg-a at version 2. */
    private JsonConventionRepository withTwoRevisions() {
        JsonConventionRepository opened = JsonConventionRepository.open(store);
        Convention v1 = opened.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        opened.save(copy(v1).withTitle("Titre révisé"), Samples.change("Titre"));
        return opened;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    private static String mode(Path path) throws IOException {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path, LinkOption.NOFOLLOW_LINKS));
    }

    /** Replaces {@code link} (a file of the store) with a symbolic link to {@code target}. */
    private static void relink(Path link, Path target) throws IOException {
        Files.delete(link);
        Files.createSymbolicLink(link, target);
    }

    /** Every file under {@code root} (links as where they point), with its bytes: what "untouched" compares. */
    private static Map<String, String> snapshot(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> !p.equals(root)).collect(Collectors.toMap(p -> root.relativize(p).toString(),
                    OutsideTheStoreTest::content, (a, b) -> a, TreeMap::new));
        }
    }

    private static String content(Path path) {
        try {
            if (Files.isSymbolicLink(path)) {
                return "-> " + Files.readSymbolicLink(path);
            }
            return Files.isDirectory(path) ? "/" : Base64.getEncoder().encodeToString(Files.readAllBytes(path));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Frontignan as ctg-a, beside four hostile documents: deep nesting, a 30 MB string, a duplicate key, bad UTF-8. */
    static void writeHostileDocuments(Path store) throws IOException {
        JsonConventionRepository.open(store).save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        String head = "{\"format\":\"ctg-convention/1\",\"id\":";
        Files.writeString(store.resolve("ctg-deep.json"), head + "\"ctg-deep\",\"x\":" + "[".repeat(500_000));
        Files.writeString(store.resolve("ctg-long.json"), head + "\"" + "a".repeat(30_000_000) + "\"}");
        Files.writeString(store.resolve("ctg-twice.json"), head + "\"ctg-twice\",\"id\":\"ctg-twice\"}");
        Files.write(store.resolve("ctg-utf.json"), concat(head.getBytes(StandardCharsets.UTF_8),
                new byte[] {'"', (byte) 0xC3, (byte) 0x28, '"', '}'}));
    }
}
