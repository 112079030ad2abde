package io.github.ctglib.storage.json;

import static io.github.ctglib.storage.json.Samples.copy;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import io.github.ctglib.ports.ConventionQuery;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save replaces the current document by removing it and renaming the new one into the free name (a rename
 * over it costs a durable write on ext4, see {@link AtomicFiles#writeUnsynced}). Another store that reads in
 * between finds no file while the change counter says a write is under way: it serves the committed revision.
 */
class ReplacingTheCurrentDocumentTest {

    @TempDir
    Path dir;

    private Convention saved;

    /** A convention saved twice, then another store object opened on it (it has read no document whole). */
    private JsonConventionRepository savedTwiceThenOpenedElsewhere() {
        JsonConventionRepository writer = JsonConventionRepository.open(dir);
        Convention first = writer.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        saved = writer.save(copy(first).withTitle("Titre révisé"), Samples.change("Titre"));
        return JsonConventionRepository.open(dir);
    }

    /** What another store's save is doing between removing the current document and renaming the new one. */
    private void midReplacement() throws IOException {
        new ChangeCounter(dir.resolve(StoreLayout.CHANGE_COUNTER_FILE)).beginWrite();
        Files.delete(dir.resolve("ctg-a.json"));
    }

    @Test
    void aReaderBetweenTheRemovalAndTheRenameIsServedTheCommittedRevision() throws IOException {
        JsonConventionRepository reader = savedTwiceThenOpenedElsewhere();

        midReplacement();

        assertThat(reader.findById("ctg-a")).contains(saved);
        assertThat(reader.search(ConventionQuery.byCommune("34108"))).containsExactly(saved);
        assertThat(reader.streamAll().toList()).containsExactly(saved);
    }

    @Test
    void aConventionWhoseDeleteReachedItsCommitPointIsGoneEvenWhileTheDeleteIsUnderWay() throws IOException {
        JsonConventionRepository reader = savedTwiceThenOpenedElsewhere();

        midReplacement();
        Files.delete(dir.resolve("history/ctg-a/1.json")); // a delete's commit point: revision 1 removed

        assertThat(reader.findById("ctg-a")).isEmpty();
    }

    @Test
    void aDocumentGoneWithNoWriteUnderWayIsForgotten() throws IOException {
        JsonConventionRepository reader = savedTwiceThenOpenedElsewhere();
        ChangeCounter counter = new ChangeCounter(dir.resolve(StoreLayout.CHANGE_COUNTER_FILE));

        counter.endWrite(counter.beginWrite()); // a write that ended: the counter moved and is settled
        Files.delete(dir.resolve("ctg-a.json"));

        assertThat(reader.streamAll().toList()).isEmpty();
    }

    @Test
    void aSaveRenamesANewFileIntoPlaceAndLeavesNoTempFile() throws IOException {
        JsonConventionRepository store = JsonConventionRepository.open(dir);
        Convention first = store.save(Samples.frontignan("ctg-a"), Samples.change("Création"));
        Object before = fileKey(dir.resolve("ctg-a.json"));

        Convention second = store.save(copy(first).withTitle("Titre révisé"), Samples.change("Titre"));

        // A new file each time, which the catalogue's stamps rely on to see another store's writes.
        assertThat(fileKey(dir.resolve("ctg-a.json"))).isNotEqualTo(before);
        assertThat(Files.readAllBytes(dir.resolve("ctg-a.json")))
                .isEqualTo(Files.readAllBytes(dir.resolve("history/ctg-a/2.json")));
        assertThat(new String(Files.readAllBytes(dir.resolve("ctg-a.json")), StandardCharsets.UTF_8))
                .contains("Titre révisé");
        // The old document is moved aside, then deleted before the save returns.
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
        }
        assertThat(JsonConventionRepository.open(dir).findById("ctg-a")).contains(second);
    }

    private static Object fileKey(Path file) throws IOException {
        return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).fileKey();
    }
}
