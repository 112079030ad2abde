package io.github.ctglib.storage.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.ctglib.convention.Convention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch's documents are serialised ahead on other threads, a window of them at a time, and the writing thread
 * serialises one itself when no other thread has begun it: each revision must still get its own convention's bytes.
 */
class BatchSerialisingTest {

    /** More than the look-ahead window (32), so that the window slides and threads race for the documents. */
    private static final int BATCH = 150;

    @TempDir
    Path directory;

    @Test
    void aBatchLongerThanItsLookAheadWritesEachConventionItsOwnDocument() throws IOException {
        List<Convention> batch = IntStream.range(0, BATCH)
                .mapToObj(i -> (Convention) Samples.frontignan(String.format("ctg-lot-%03d", i))
                        .withTitle("Convention du lot n° " + i))
                .toList();

        List<Convention> saved = JsonConventionRepository.open(directory).saveAll(batch, Samples.change("Import"));

        JsonConventionRepository reopened = JsonConventionRepository.open(directory);
        StoreLayout layout = new StoreLayout(directory);
        for (int i = 0; i < BATCH; i++) {
            String id = batch.get(i).getId();
            Convention stored = reopened.findById(id).orElseThrow();
            assertThat(stored).as(id).isEqualTo(saved.get(i));
            assertThat(stored.getTitle()).isEqualTo("Convention du lot n° " + i);
            assertThat(Files.readAllBytes(layout.currentFile(id))).as("the copy of %s is its revision", id)
                    .isEqualTo(Files.readAllBytes(layout.revisionFile(id, 1)));
        }
    }
}
